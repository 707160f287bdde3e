package se.agencynetwork.review;

/**
 * The yearly network review ("Nyttoutvärdering", {@code processes/network-review.bpmn}): its key,
 * the ids of its elements and the names of its variables, in one place for code and tests.
 */
public final class NetworkReviewProcess {

    public static final String KEY = "network-review";
    public static final String BUSINESS_KEY_PREFIX = "REVIEW";

    // flow nodes
    /**
     * The yearly timer start, which is also where a coordinator's start from Tasklist (with the
     * start form) begins: Camunda 7 allows only one none or timer start event per process.
     */
    public static final String START = "StartEvent_YearlyReview";
    public static final String PREPARE = "ServiceTask_PrepareReviewRound";
    public static final String RATE_BENEFIT = "UserTask_RateNetworkBenefit";
    public static final String DEADLINE_PASSED = "BoundaryEvent_ResponseDeadlinePassed";
    public static final String JOIN_ANSWERS = "Gateway_JoinAnswers";
    public static final String COMPILE_ANSWERS = "ServiceTask_CompileAnswers";
    public static final String JOIN_COMPILATION = "Gateway_JoinCompilation";
    public static final String WRITE_SUMMARY = "UserTask_CompileReview";
    public static final String DECIDE = "UserTask_DecideNextYear";
    public static final String NEEDS_COMPLETION = "Gateway_NeedsCompletion";
    public static final String RECORD_DECISION = "ServiceTask_RecordDecision";
    public static final String END_DECIDED = "EndEvent_NextYearDecided";

    /** Process variables; the per-agency answer variables are local to each agency's task. */
    public static final class Vars {
        // start form
        public static final String REVIEW_YEAR = "reviewYear";
        public static final String LAST_ANSWER_DATE = "lastAnswerDate";
        // set by the preparation
        public static final String RESPONSE_DEADLINE = "responseDeadline";
        public static final String AGENCY_CODES = "agencyCodes";
        // per agency (multi-instance element variable and the task's local variables)
        public static final String AGENCY = "agency";
        public static final String AGENCY_NAME = "agencyName";
        public static final String BENEFIT_RATING = "benefitRating";
        public static final String WANTS_TO_CONTINUE = "wantsToContinue";
        public static final String MOST_USEFUL = "mostUseful";
        public static final String SHOULD_CHANGE = "shouldChange";
        /** Who completed the last user task, kept on that task's execution for the end listeners. */
        public static final String COMPLETED_BY = "completedBy";
        // compiled figures
        public static final String AGENCY_COUNT = "agencyCount";
        public static final String ANSWER_COUNT = "answerCount";
        public static final String NON_RESPONDING_COUNT = "nonRespondingCount";
        public static final String NON_RESPONDING_AGENCIES = "nonRespondingAgencies";
        public static final String AVERAGE_RATING = "averageRating";
        public static final String CONTINUE_COUNT = "continueCount";
        // coordinator
        public static final String REVIEW_SUMMARY = "reviewSummary";
        public static final String NEXT_YEAR_PROPOSAL = "nextYearProposal";
        // steering group
        public static final String DECISION = "decision";
        public static final String DECISION_NOTES = "decisionNotes";
        public static final String SEND_BACK = "sendBackForCompletion";
        public static final String DECIDED_BY = "decidedBy";
        public static final String DECIDED_AT = "decidedAt";

        private Vars() {
        }
    }

    private NetworkReviewProcess() {
    }
}
