package se.agencynetwork.idea;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.camunda.spin.json.SpinJsonNode;

import se.agencynetwork.process.ProcessVariable;

/**
 * Process key, element ids and variables of the {@code idea} process ("Idé till beslut"). The
 * variables the steps read and write are declared once, typed; {@link Names} holds the same names as
 * compile-time text for annotations ({@code @DelegateContract}) and the form rules' messages. The
 * start form's fields are plain names: the form (or {@link ProposedIdeas}) fills them.
 */
public final class IdeaVariables {

    public static final String PROCESS_KEY = "idea";
    public static final String BUSINESS_KEY_PREFIX = "IDEA";

    // start form (names of the form's fields)
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String KIND = "kind";
    public static final String TARGET_GROUP = "targetGroup";
    public static final String ORIGIN_TYPE = "originType";
    public static final String WORKING_GROUP = "workingGroup";
    public static final String EXPECTED_PARTICIPANTS = "expectedParticipants";
    public static final String ROUGH_COST = "roughCost";
    public static final String WANTED_START = "wantedStart";
    /** Agencies an idea from the needs inventory starts with (codes). */
    public static final String PROPOSED_AGENCIES = "proposedAgencies";

    static final ProcessVariable<String> INITIATOR = ProcessVariable.text(Names.INITIATOR);
    static final ProcessVariable<LocalDate> WANTED_START_DATE = ProcessVariable.date(WANTED_START);

    // registration
    static final ProcessVariable<String> ORIGINATING_AGENCY = ProcessVariable.text(Names.ORIGINATING_AGENCY);
    static final ProcessVariable<SpinJsonNode> AGENCY_OPTIONS = ProcessVariable.json(Names.AGENCY_OPTIONS);

    // screening
    static final ProcessVariable<String> SCREENING_OUTCOME = ProcessVariable.text(Names.SCREENING_OUTCOME);
    static final ProcessVariable<String> DUPLICATE_OF = ProcessVariable.text(Names.DUPLICATE_OF);
    static final ProcessVariable<String> SCREENING_COMMENT = ProcessVariable.text(Names.SCREENING_COMMENT);

    // shaping
    static final ProcessVariable<LocalDate> INTEREST_DEADLINE = ProcessVariable.date(Names.INTEREST_DEADLINE);

    // interest round
    static final ProcessVariable<List<String>> MEMBER_AGENCIES = ProcessVariable.strings(Names.MEMBER_AGENCIES);
    /** The agency of one answer: the multi-instance element variable, local to the agency's task. */
    static final ProcessVariable<String> AGENCY = ProcessVariable.text(Names.AGENCY);
    static final ProcessVariable<Instant> INTEREST_DEADLINE_AT = ProcessVariable.moment(Names.INTEREST_DEADLINE_AT);
    static final ProcessVariable<Instant> INTEREST_REMINDER_AT = ProcessVariable.moment(Names.INTEREST_REMINDER_AT);
    static final ProcessVariable<Long> AGENCY_PARTICIPANTS = ProcessVariable.whole(Names.AGENCY_PARTICIPANTS);
    static final ProcessVariable<Boolean> CO_FUNDING = ProcessVariable.flag(Names.CO_FUNDING);
    static final ProcessVariable<String> INTEREST_COMMENT = ProcessVariable.text(Names.INTEREST_COMMENT);
    static final ProcessVariable<List<String>> REMINDED_AGENCIES = ProcessVariable.strings(Names.REMINDED_AGENCIES);
    static final ProcessVariable<Integer> INTERESTED_AGENCIES = ProcessVariable.count(Names.INTERESTED_AGENCIES);
    static final ProcessVariable<Integer> TOTAL_PARTICIPANTS = ProcessVariable.count(Names.TOTAL_PARTICIPANTS);
    static final ProcessVariable<List<String>> CO_FUNDING_AGENCIES = ProcessVariable.strings(Names.CO_FUNDING_AGENCIES);
    static final ProcessVariable<SpinJsonNode> INTEREST_SUMMARY = ProcessVariable.json(Names.INTEREST_SUMMARY);
    static final ProcessVariable<Boolean> ENOUGH_INTEREST = ProcessVariable.flag(Names.ENOUGH_INTEREST);
    static final ProcessVariable<Integer> MIN_AGENCIES = ProcessVariable.count(Names.MIN_AGENCIES);
    static final ProcessVariable<Integer> MIN_PARTICIPANTS = ProcessVariable.count(Names.MIN_PARTICIPANTS);

    // decision
    static final ProcessVariable<String> DECISION = ProcessVariable.text(Names.DECISION);
    static final ProcessVariable<String> DECISION_REASON = ProcessVariable.text(Names.DECISION_REASON);
    static final ProcessVariable<String> OUTCOME = ProcessVariable.text(Names.OUTCOME);

    // forms
    public static final String SUBMIT_FORM = "ideaSubmitForm";
    public static final String SCREEN_FORM = "ideaScreenForm";
    public static final String COMPLETE_FORM = "ideaCompleteForm";
    public static final String SHAPE_FORM = "ideaShapeForm";
    public static final String INTEREST_FORM = "ideaInterestForm";
    public static final String DECISION_FORM = "ideaDecisionForm";

    private IdeaVariables() {
    }

    /** The typed variables' names as compile-time text. */
    public static final class Names {
        public static final String INITIATOR = "initiator";
        public static final String ORIGINATING_AGENCY = "originatingAgency";
        public static final String AGENCY_OPTIONS = "agencyOptions";
        public static final String SCREENING_OUTCOME = "screeningOutcome";
        public static final String DUPLICATE_OF = "duplicateOf";
        public static final String SCREENING_COMMENT = "screeningComment";
        public static final String INTEREST_DEADLINE = "interestDeadline";
        public static final String MEMBER_AGENCIES = "memberAgencies";
        public static final String AGENCY = "agency";
        public static final String INTEREST_DEADLINE_AT = "interestDeadlineAt";
        public static final String INTEREST_REMINDER_AT = "interestReminderAt";
        public static final String AGENCY_PARTICIPANTS = "agencyParticipants";
        public static final String CO_FUNDING = "coFunding";
        public static final String INTEREST_COMMENT = "interestComment";
        public static final String REMINDED_AGENCIES = "remindedAgencies";
        public static final String INTERESTED_AGENCIES = "interestedAgencies";
        public static final String TOTAL_PARTICIPANTS = "totalParticipants";
        public static final String CO_FUNDING_AGENCIES = "coFundingAgencies";
        public static final String INTEREST_SUMMARY = "interestSummary";
        public static final String ENOUGH_INTEREST = "enoughInterest";
        public static final String MIN_AGENCIES = "minAgencies";
        public static final String MIN_PARTICIPANTS = "minParticipants";
        public static final String DECISION = "decision";
        public static final String DECISION_REASON = "decisionReason";
        public static final String OUTCOME = "outcome";

        private Names() {
        }
    }
}
