package se.agencynetwork.idea;

/** Process key, element ids and variable names of the {@code idea} process ("Idé till beslut"). */
public final class IdeaVariables {

    public static final String PROCESS_KEY = "idea";
    public static final String BUSINESS_KEY_PREFIX = "IDEA";

    // start form
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String KIND = "kind";
    public static final String TARGET_GROUP = "targetGroup";
    public static final String ORIGIN_TYPE = "originType";
    public static final String WORKING_GROUP = "workingGroup";
    public static final String EXPECTED_PARTICIPANTS = "expectedParticipants";
    public static final String ROUGH_COST = "roughCost";
    public static final String WANTED_START = "wantedStart";
    public static final String INITIATOR = "initiator";
    /** Agencies an idea from the needs inventory starts with (codes). */
    public static final String PROPOSED_AGENCIES = "proposedAgencies";

    // registration
    public static final String ORIGINATING_AGENCY = "originatingAgency";
    public static final String AGENCY_OPTIONS = "agencyOptions";

    // screening
    public static final String SCREENING_OUTCOME = "screeningOutcome";
    public static final String DUPLICATE_OF = "duplicateOf";
    public static final String SCREENING_COMMENT = "screeningComment";

    // shaping
    public static final String FORMAT = "format";
    public static final String DELIVERY = "delivery";
    public static final String COST_KEY = "costKey";
    public static final String ESTIMATED_COST = "estimatedCost";
    public static final String INTEREST_DEADLINE = "interestDeadline";

    // interest round
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

    // decision
    public static final String DECISION = "decision";
    public static final String DECISION_REASON = "decisionReason";
    public static final String OUTCOME = "outcome";
    public static final String FOLLOW_UP_OUTCOME = "followUpOutcome";

    // forms
    public static final String SUBMIT_FORM = "ideaSubmitForm";
    public static final String SCREEN_FORM = "ideaScreenForm";
    public static final String COMPLETE_FORM = "ideaCompleteForm";
    public static final String SHAPE_FORM = "ideaShapeForm";
    public static final String INTEREST_FORM = "ideaInterestForm";
    public static final String DECISION_FORM = "ideaDecisionForm";

    private IdeaVariables() {
    }
}
