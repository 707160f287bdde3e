package se.agencynetwork.review;

/**
 * The yearly network review ("Nyttoutvärdering", {@code processes/network-review.bpmn}): its key,
 * the ids of its elements, in one place for code and tests; its variables are {@link ReviewVariables}.
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

    private NetworkReviewProcess() {
    }
}
