package se.agencynetwork.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.agencynetwork.process.ProcessVariable;

/**
 * The variables of the yearly network review ({@code network-review}), each declared once and
 * typed; the per-agency answer variables are local to each agency's task. {@link Names} holds the
 * same names as compile-time text for annotations ({@code @DelegateContract}).
 */
public final class ReviewVariables {

    // start form
    static final ProcessVariable<Integer> REVIEW_YEAR = ProcessVariable.count(Names.REVIEW_YEAR);
    static final ProcessVariable<LocalDate> LAST_ANSWER_DATE = ProcessVariable.date(Names.LAST_ANSWER_DATE);
    // set by the preparation
    /** The end of the last day to answer; the agencies' tasks are due then and the deadline timer fires. */
    static final ProcessVariable<Instant> RESPONSE_DEADLINE = ProcessVariable.moment(Names.RESPONSE_DEADLINE);
    static final ProcessVariable<List<String>> AGENCY_CODES = ProcessVariable.strings(Names.AGENCY_CODES);
    // per agency (multi-instance element variable and the task's local variables)
    static final ProcessVariable<String> AGENCY = ProcessVariable.text(Names.AGENCY);
    static final ProcessVariable<String> AGENCY_NAME = ProcessVariable.text(Names.AGENCY_NAME);
    static final ProcessVariable<Long> BENEFIT_RATING = ProcessVariable.whole(Names.BENEFIT_RATING);
    static final ProcessVariable<Boolean> WANTS_TO_CONTINUE = ProcessVariable.flag(Names.WANTS_TO_CONTINUE);
    static final ProcessVariable<String> MOST_USEFUL = ProcessVariable.text(Names.MOST_USEFUL);
    static final ProcessVariable<String> SHOULD_CHANGE = ProcessVariable.text(Names.SHOULD_CHANGE);
    /** Who completed the last user task, kept on that task's execution for the end listeners. */
    static final ProcessVariable<String> COMPLETED_BY = ProcessVariable.text(Names.COMPLETED_BY);
    // compiled figures
    static final ProcessVariable<Integer> AGENCY_COUNT = ProcessVariable.count(Names.AGENCY_COUNT);
    static final ProcessVariable<Integer> ANSWER_COUNT = ProcessVariable.count(Names.ANSWER_COUNT);
    static final ProcessVariable<Integer> NON_RESPONDING_COUNT = ProcessVariable.count(Names.NON_RESPONDING_COUNT);
    /** The agencies' names, one a line. */
    static final ProcessVariable<String> NON_RESPONDING_AGENCIES = ProcessVariable.text(Names.NON_RESPONDING_AGENCIES);
    /** The mean rating (two decimals) as a Double, which the summary form shows as a number. */
    static final ProcessVariable<Double> AVERAGE_RATING = ProcessVariable.of(Names.AVERAGE_RATING,
            value -> ((Number) value).doubleValue(), value -> value);
    static final ProcessVariable<Integer> CONTINUE_COUNT = ProcessVariable.count(Names.CONTINUE_COUNT);
    /** The evaluations of the staff loans that ended in the review's year, one line per side. */
    static final ProcessVariable<String> STAFF_LOAN_EVALUATIONS = ProcessVariable.text(Names.STAFF_LOAN_EVALUATIONS);
    // coordinator
    static final ProcessVariable<String> REVIEW_SUMMARY = ProcessVariable.text(Names.REVIEW_SUMMARY);
    static final ProcessVariable<String> NEXT_YEAR_PROPOSAL = ProcessVariable.text(Names.NEXT_YEAR_PROPOSAL);
    // steering group
    static final ProcessVariable<String> DECISION = ProcessVariable.text(Names.DECISION);
    static final ProcessVariable<String> DECISION_NOTES = ProcessVariable.text(Names.DECISION_NOTES);
    static final ProcessVariable<Boolean> SEND_BACK = ProcessVariable.flag(Names.SEND_BACK);
    static final ProcessVariable<String> DECIDED_BY = ProcessVariable.text(Names.DECIDED_BY);
    static final ProcessVariable<Instant> DECIDED_AT = ProcessVariable.moment(Names.DECIDED_AT);

    private ReviewVariables() {
    }

    /** The variables' names as compile-time text, for annotations; code reads and writes through the typed constants. */
    public static final class Names {
        public static final String REVIEW_YEAR = "reviewYear";
        public static final String LAST_ANSWER_DATE = "lastAnswerDate";
        public static final String RESPONSE_DEADLINE = "responseDeadline";
        public static final String AGENCY_CODES = "agencyCodes";
        public static final String AGENCY = "agency";
        public static final String AGENCY_NAME = "agencyName";
        public static final String BENEFIT_RATING = "benefitRating";
        public static final String WANTS_TO_CONTINUE = "wantsToContinue";
        public static final String MOST_USEFUL = "mostUseful";
        public static final String SHOULD_CHANGE = "shouldChange";
        public static final String COMPLETED_BY = "completedBy";
        public static final String AGENCY_COUNT = "agencyCount";
        public static final String ANSWER_COUNT = "answerCount";
        public static final String NON_RESPONDING_COUNT = "nonRespondingCount";
        public static final String NON_RESPONDING_AGENCIES = "nonRespondingAgencies";
        public static final String AVERAGE_RATING = "averageRating";
        public static final String CONTINUE_COUNT = "continueCount";
        public static final String STAFF_LOAN_EVALUATIONS = "staffLoanEvaluations";
        public static final String REVIEW_SUMMARY = "reviewSummary";
        public static final String NEXT_YEAR_PROPOSAL = "nextYearProposal";
        public static final String DECISION = "decision";
        public static final String DECISION_NOTES = "decisionNotes";
        public static final String SEND_BACK = "sendBackForCompletion";
        public static final String DECIDED_BY = "decidedBy";
        public static final String DECIDED_AT = "decidedAt";

        private Names() {
        }
    }
}
