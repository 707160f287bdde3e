package se.agencynetwork.delivery;

/** Key, element ids and variables of the course-delivery process ("Genomförande"). */
public final class DeliveryVariables {

    public static final String PROCESS_KEY = "course-delivery";

    // given by idea's call activities
    public static final String TITLE = "title";
    public static final String CO_FUNDING_AGENCIES = "coFundingAgencies";
    public static final String ESTIMATED_COST = "estimatedCost";
    public static final String CONTRACT_PRICE = "contractPrice";
    public static final String SUPPLIER = "supplier";
    public static final String COST_KEY = "costKey";

    // written by the steps
    public static final String COURSE_TITLE = "courseTitle";
    public static final String INTEREST_BY_AGENCY = "interestByAgency";
    public static final String AGENCY_OPTIONS = "agencyOptions";
    public static final String SEATS_BY_AGENCY = "seatsByAgency";
    public static final String REGISTRATION_AGENCIES = "registrationAgencies";
    public static final String AGENCY = "agency";
    public static final String AGENCY_NAME = "agencyName";
    public static final String AGENCY_SEATS = "agencySeats";
    public static final String PARTICIPANT_OPTIONS = "participantOptions";
    public static final String PARTICIPANT_COUNT = "participantCount";
    /** ISO date-time: when participants are reminded (network.delivery.reminder-before before the start). */
    public static final String REMINDER_AT = "reminderAt";
    public static final String COURSE_VENUE = "courseVenue";
    /** ISO date-time when registration closes: the registration tasks' due date and boundary timer. */
    public static final String REGISTRATION_CLOSES_AT = "registrationClosesAt";
    /** ISO date-time of the first day's start: the end of the "before the course" stage. */
    public static final String COURSE_STARTS_AT = "courseStartsAt";
    /** The occasion participants were last told about (start|end|venue agency|address), to see a real change. */
    public static final String ANNOUNCED_OCCASION = "announcedOccasion";
    /** SEQUENCE of the iCalendar invitation last sent (0 = the first invitation). */
    public static final String INVITATION_SEQUENCE = "invitationSequence";
    public static final String AGENCY_INTEREST = "agencyInterest";
    public static final String REGISTERED_COUNT = "registeredCount";
    public static final String UNUSED_SEATS = "unusedSeats";
    public static final String RESERVE_COUNT = "reserveCount";
    public static final String PROMOTED_COUNT = "promotedCount";
    public static final String OUTCOME = "outcome";

    // the occasion (plan form)
    public static final String COURSE_START = "courseStart";
    public static final String COURSE_END = "courseEnd";
    public static final String VENUE_AGENCY = "venueAgency";
    public static final String VENUE_ADDRESS = "venueAddress";
    public static final String TRAINER = "trainer";
    public static final String CAPACITY = "capacity";
    public static final String REGISTRATION_CLOSES = "registrationCloses";
    public static final String MINIMUM_PARTICIPANTS = "minimumParticipants";

    // change of the occasion, the council's decision on too few participants
    public static final String CHANGE_REASON = "changeReason";
    public static final String TOO_FEW_DECISION = "tooFewDecision";
    public static final String TOO_FEW_CONTINUE = "continue";
    public static final String TOO_FEW_CANCEL = "cancel";
    public static final String DECISION_REASON = "decisionReason";

    // registration and attendance forms
    public static final String PARTICIPANTS = "participants";
    public static final String RESERVES = "reserves";
    public static final String ATTENDED = "attendedEmails";

    // handed to course-evaluation
    public static final String COURSE_KEY = "courseKey";
    public static final String COURSE_END_DATE = "courseEndDate";
    public static final String PARTICIPANTS_JSON = "participantsJson";

    public static final String PLAN_FORM = "deliveryPlanForm";
    public static final String REGISTRATION_FORM = "deliveryRegistrationForm";
    public static final String CHANGE_FORM = "deliveryChangeForm";
    public static final String TOO_FEW_FORM = "deliveryTooFewForm";

    public static final String DELIVERED = "DELIVERED";
    public static final String CANCELLED = "CANCELLED";

    private DeliveryVariables() {
    }
}
