package se.agencynetwork.recruitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.agencynetwork.process.Money;
import se.agencynetwork.process.ProcessVariable;

/**
 * Process key, form ids and variables of the joint recruitment activity ({@code recruitment-activity},
 * "Rekryteringsaktivitet"), each variable declared once and typed; the per-agency answer variables are
 * local to each agency's task. {@link Names} holds the same names as compile-time text for annotations
 * ({@code @DelegateContract}), form rules and tests.
 */
public final class RecruitmentVariables {

    public static final String PROCESS_KEY = "recruitment-activity";
    /** The prefix of a key of its own, for an activity started without an idea's key. */
    public static final String BUSINESS_KEY_PREFIX = "RECRUIT";

    public static final String PLAN_FORM = "recruitmentActivityPlanForm";
    public static final String SIGN_UP_FORM = "recruitmentActivitySignUpForm";
    public static final String EVENT_FORM = "recruitmentActivityEventForm";
    public static final String HIRES_FORM = "recruitmentActivityHiresForm";
    public static final String SUMMARY_FORM = "recruitmentActivitySummaryForm";

    /** The event form's answer when the activity took place. */
    public static final String HELD = "held";
    /** The event form's answer when the activity was cancelled. */
    public static final String CANCELLED = "cancelled";

    /** {@link #OUTCOME}: nobody signed up. */
    public static final String NO_PARTICIPANTS = "NO_PARTICIPANTS";
    /** {@link #OUTCOME}: the activity was cancelled. */
    public static final String OUTCOME_CANCELLED = "CANCELLED";
    /** {@link #OUTCOME}: the activity took place and its hires were followed up. */
    public static final String FOLLOWED_UP = "FOLLOWED_UP";

    // from the idea (call activity in-mappings)
    static final ProcessVariable<String> IDEA_KEY = ProcessVariable.text(Names.IDEA_KEY);
    static final ProcessVariable<String> TITLE = ProcessVariable.text(Names.TITLE);
    static final ProcessVariable<String> INITIATOR = ProcessVariable.text(Names.INITIATOR);
    // the coordinator's plan
    static final ProcessVariable<String> ACTIVITY_KIND = ProcessVariable.text(Names.ACTIVITY_KIND);
    static final ProcessVariable<LocalDate> ACTIVITY_DATE = ProcessVariable.date(Names.ACTIVITY_DATE);
    static final ProcessVariable<String> ACTIVITY_PLACE = ProcessVariable.text(Names.ACTIVITY_PLACE);
    static final ProcessVariable<String> PLANNED_CONTRIBUTIONS = ProcessVariable.text(Names.PLANNED_CONTRIBUTIONS);
    static final ProcessVariable<Money> PLANNED_COST = ProcessVariable.money(Names.PLANNED_COST);
    static final ProcessVariable<String> ACTIVITY_COST_KEY = ProcessVariable.text(Names.ACTIVITY_COST_KEY);
    static final ProcessVariable<LocalDate> SIGN_UP_DEADLINE = ProcessVariable.date(Names.SIGN_UP_DEADLINE);
    // the sign-up round
    static final ProcessVariable<List<String>> MEMBER_AGENCIES = ProcessVariable.strings(Names.MEMBER_AGENCIES);
    static final ProcessVariable<Instant> SIGN_UP_DEADLINE_AT = ProcessVariable.moment(Names.SIGN_UP_DEADLINE_AT);
    static final ProcessVariable<Instant> SIGN_UP_REMINDER_AT = ProcessVariable.moment(Names.SIGN_UP_REMINDER_AT);
    /** The end of the activity's day: the coordinator's report is due then. */
    static final ProcessVariable<Instant> ACTIVITY_DATE_AT = ProcessVariable.moment(Names.ACTIVITY_DATE_AT);
    static final ProcessVariable<List<String>> REMINDED_AGENCIES = ProcessVariable.strings(Names.REMINDED_AGENCIES);
    // per agency (multi-instance element variable and the task's local variables)
    static final ProcessVariable<String> AGENCY = ProcessVariable.text(Names.AGENCY);
    static final ProcessVariable<String> AGENCY_NAME = ProcessVariable.text(Names.AGENCY_NAME);
    static final ProcessVariable<Boolean> TAKES_PART = ProcessVariable.flag(Names.TAKES_PART);
    static final ProcessVariable<String> AGENCY_CONTRIBUTION = ProcessVariable.text(Names.AGENCY_CONTRIBUTION);
    static final ProcessVariable<Long> HIRES = ProcessVariable.whole(Names.HIRES);
    static final ProcessVariable<String> HIRES_COMMENT = ProcessVariable.text(Names.HIRES_COMMENT);
    // compiled sign-ups
    static final ProcessVariable<List<String>> PARTICIPATING_AGENCIES = ProcessVariable.strings(Names.PARTICIPATING_AGENCIES);
    static final ProcessVariable<Integer> PARTICIPANT_COUNT = ProcessVariable.count(Names.PARTICIPANT_COUNT);
    /** The participating agencies' names, one a line. */
    static final ProcessVariable<String> PARTICIPANT_NAMES = ProcessVariable.text(Names.PARTICIPANT_NAMES);
    // the coordinator's report of the event
    static final ProcessVariable<String> EVENT_OUTCOME = ProcessVariable.text(Names.EVENT_OUTCOME);
    static final ProcessVariable<Money> ACTUAL_COST = ProcessVariable.money(Names.ACTUAL_COST);
    static final ProcessVariable<String> CANCELLATION_REASON = ProcessVariable.text(Names.CANCELLATION_REASON);
    static final ProcessVariable<String> EVENT_NOTES = ProcessVariable.text(Names.EVENT_NOTES);
    // the follow-up
    static final ProcessVariable<Instant> FOLLOW_UP_AT = ProcessVariable.moment(Names.FOLLOW_UP_AT);
    static final ProcessVariable<Instant> FOLLOW_UP_DEADLINE_AT = ProcessVariable.moment(Names.FOLLOW_UP_DEADLINE_AT);
    static final ProcessVariable<Integer> ANSWERED_COUNT = ProcessVariable.count(Names.ANSWERED_COUNT);
    static final ProcessVariable<Integer> TOTAL_HIRES = ProcessVariable.count(Names.TOTAL_HIRES);
    /** Per agency, one a line: its hires, or "inte svarat". */
    static final ProcessVariable<String> HIRES_SUMMARY = ProcessVariable.text(Names.HIRES_SUMMARY);
    static final ProcessVariable<String> LESSONS_LEARNED = ProcessVariable.text(Names.LESSONS_LEARNED);
    /**
     * How the activity ended, for the idea that called it (its out-mapping {@code outcome -> followUpOutcome}):
     * {@link #NO_PARTICIPANTS}, {@link #OUTCOME_CANCELLED} or {@link #FOLLOWED_UP}.
     */
    static final ProcessVariable<String> OUTCOME = ProcessVariable.text(Names.OUTCOME);

    private RecruitmentVariables() {
    }

    /** The variables' names as compile-time text; code reads and writes through the typed constants. */
    public static final class Names {
        public static final String IDEA_KEY = "ideaKey";
        public static final String TITLE = "title";
        public static final String INITIATOR = "initiator";
        public static final String ACTIVITY_KIND = "activityKind";
        public static final String ACTIVITY_DATE = "activityDate";
        public static final String ACTIVITY_PLACE = "activityPlace";
        public static final String PLANNED_CONTRIBUTIONS = "plannedContributions";
        public static final String PLANNED_COST = "plannedCost";
        public static final String ACTIVITY_COST_KEY = "activityCostKey";
        public static final String SIGN_UP_DEADLINE = "signUpDeadline";
        public static final String MEMBER_AGENCIES = "memberAgencies";
        public static final String SIGN_UP_DEADLINE_AT = "signUpDeadlineAt";
        public static final String SIGN_UP_REMINDER_AT = "signUpReminderAt";
        public static final String ACTIVITY_DATE_AT = "activityDateAt";
        public static final String REMINDED_AGENCIES = "remindedAgencies";
        public static final String AGENCY = "agency";
        public static final String AGENCY_NAME = "agencyName";
        public static final String TAKES_PART = "takesPart";
        public static final String AGENCY_CONTRIBUTION = "agencyContribution";
        public static final String HIRES = "hires";
        public static final String HIRES_COMMENT = "hiresComment";
        public static final String PARTICIPATING_AGENCIES = "participatingAgencies";
        public static final String PARTICIPANT_COUNT = "participantCount";
        public static final String PARTICIPANT_NAMES = "participantNames";
        public static final String EVENT_OUTCOME = "eventOutcome";
        public static final String ACTUAL_COST = "actualCost";
        public static final String CANCELLATION_REASON = "cancellationReason";
        public static final String EVENT_NOTES = "eventNotes";
        public static final String FOLLOW_UP_AT = "followUpAt";
        public static final String FOLLOW_UP_DEADLINE_AT = "followUpDeadlineAt";
        public static final String ANSWERED_COUNT = "answeredCount";
        public static final String TOTAL_HIRES = "totalHires";
        public static final String HIRES_SUMMARY = "hiresSummary";
        public static final String LESSONS_LEARNED = "lessonsLearned";
        public static final String OUTCOME = "outcome";

        private Names() {
        }
    }
}
