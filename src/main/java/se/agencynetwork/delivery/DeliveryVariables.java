package se.agencynetwork.delivery;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.spin.json.SpinJsonNode;

import com.fasterxml.jackson.databind.JsonNode;

import se.agencynetwork.process.Money;
import se.agencynetwork.process.ProcessVariable;

/**
 * Key, element ids and variables of the course-delivery process ("Genomförande"). The variables the
 * steps and form rules read and write are declared once, typed; {@link Names} holds the same names as
 * compile-time text for annotations ({@code @DelegateContract}), forms and tests. Names without a typed
 * constant (form keys, the too-few decision's values, ...) stay plain text here.
 */
public final class DeliveryVariables {

    public static final String PROCESS_KEY = "course-delivery";

    // given by idea's call activities
    public static final String SUPPLIER = "supplier";
    public static final String COST_KEY = "costKey";

    // change of the occasion, the council's decision on too few participants
    public static final String TOO_FEW_DECISION = "tooFewDecision";
    public static final String TOO_FEW_CONTINUE = "continue";
    public static final String TOO_FEW_CANCEL = "cancel";

    public static final String PLAN_FORM = "deliveryPlanForm";
    public static final String REGISTRATION_FORM = "deliveryRegistrationForm";
    public static final String CHANGE_FORM = "deliveryChangeForm";
    public static final String TOO_FEW_FORM = "deliveryTooFewForm";

    public static final String DELIVERED = "DELIVERED";
    public static final String CANCELLED = "CANCELLED";

    // typed: the steps, listeners, form rules and tests read and write through these
    static final ProcessVariable<String> TITLE = ProcessVariable.text(Names.TITLE);
    static final ProcessVariable<List<String>> CO_FUNDING_AGENCIES = ProcessVariable.strings(Names.CO_FUNDING_AGENCIES);
    /** The procured price, the amount the final allocation shares. */
    static final ProcessVariable<Money> CONTRACT_PRICE = ProcessVariable.money(Names.CONTRACT_PRICE);
    /** The idea's estimate: shared when nothing was procured. */
    static final ProcessVariable<Money> ESTIMATED_COST = ProcessVariable.money(Names.ESTIMATED_COST);

    static final ProcessVariable<String> COURSE_TITLE = ProcessVariable.text(Names.COURSE_TITLE);
    /** Interest (and seats) per agency code, stored as JSON text. */
    static final ProcessVariable<Map<String, Long>> INTEREST_BY_AGENCY = countsAsText(Names.INTEREST_BY_AGENCY);
    static final ProcessVariable<Map<String, Long>> SEATS_BY_AGENCY = countsAsText(Names.SEATS_BY_AGENCY);
    static final ProcessVariable<SpinJsonNode> AGENCY_OPTIONS = ProcessVariable.json(Names.AGENCY_OPTIONS);
    static final ProcessVariable<List<String>> REGISTRATION_AGENCIES = ProcessVariable.strings(Names.REGISTRATION_AGENCIES);
    static final ProcessVariable<String> AGENCY = ProcessVariable.text(Names.AGENCY);
    static final ProcessVariable<String> AGENCY_NAME = ProcessVariable.text(Names.AGENCY_NAME);
    static final ProcessVariable<Long> AGENCY_SEATS = ProcessVariable.whole(Names.AGENCY_SEATS);
    static final ProcessVariable<Long> AGENCY_INTEREST = ProcessVariable.whole(Names.AGENCY_INTEREST);
    static final ProcessVariable<SpinJsonNode> PARTICIPANT_OPTIONS = ProcessVariable.json(Names.PARTICIPANT_OPTIONS);
    static final ProcessVariable<LocalDateTime> REMINDER_AT = localTime(Names.REMINDER_AT);
    static final ProcessVariable<String> COURSE_VENUE = ProcessVariable.text(Names.COURSE_VENUE);
    static final ProcessVariable<LocalDateTime> REGISTRATION_CLOSES_AT = localTime(Names.REGISTRATION_CLOSES_AT);
    static final ProcessVariable<LocalDateTime> COURSE_STARTS_AT = localTime(Names.COURSE_STARTS_AT);
    static final ProcessVariable<String> ANNOUNCED_OCCASION = ProcessVariable.text(Names.ANNOUNCED_OCCASION);
    static final ProcessVariable<Integer> INVITATION_SEQUENCE = ProcessVariable.count(Names.INVITATION_SEQUENCE);
    static final ProcessVariable<Long> REGISTERED_COUNT = ProcessVariable.whole(Names.REGISTERED_COUNT);
    static final ProcessVariable<Long> UNUSED_SEATS = ProcessVariable.whole(Names.UNUSED_SEATS);
    static final ProcessVariable<Long> RESERVE_COUNT = ProcessVariable.whole(Names.RESERVE_COUNT);
    static final ProcessVariable<Long> PROMOTED_COUNT = ProcessVariable.whole(Names.PROMOTED_COUNT);
    static final ProcessVariable<String> OUTCOME = ProcessVariable.text(Names.OUTCOME);

    static final ProcessVariable<LocalDate> COURSE_START = ProcessVariable.date(Names.COURSE_START);
    static final ProcessVariable<LocalDate> COURSE_END = ProcessVariable.date(Names.COURSE_END);
    static final ProcessVariable<String> VENUE_AGENCY = ProcessVariable.text(Names.VENUE_AGENCY);
    static final ProcessVariable<String> VENUE_ADDRESS = ProcessVariable.text(Names.VENUE_ADDRESS);
    static final ProcessVariable<String> TRAINER = ProcessVariable.text(Names.TRAINER);
    static final ProcessVariable<Long> CAPACITY = ProcessVariable.whole(Names.CAPACITY);
    static final ProcessVariable<LocalDate> REGISTRATION_CLOSES = ProcessVariable.date(Names.REGISTRATION_CLOSES);
    static final ProcessVariable<Long> MINIMUM_PARTICIPANTS = ProcessVariable.whole(Names.MINIMUM_PARTICIPANTS);

    static final ProcessVariable<String> CHANGE_REASON = ProcessVariable.text(Names.CHANGE_REASON);
    static final ProcessVariable<String> DECISION_REASON = ProcessVariable.text(Names.DECISION_REASON);

    /** The registration form's lists and the attendance checklist, however they were submitted. */
    static final ProcessVariable<List<JsonNode>> PARTICIPANTS = formList(Names.PARTICIPANTS);
    static final ProcessVariable<List<JsonNode>> RESERVES = formList(Names.RESERVES);
    static final ProcessVariable<List<JsonNode>> ATTENDED = formList(Names.ATTENDED);

    static final ProcessVariable<String> COURSE_KEY = ProcessVariable.text(Names.COURSE_KEY);
    static final ProcessVariable<LocalDate> COURSE_END_DATE = ProcessVariable.date(Names.COURSE_END_DATE);
    static final ProcessVariable<String> PARTICIPANTS_JSON = ProcessVariable.text(Names.PARTICIPANTS_JSON);

    private DeliveryVariables() {
    }

    private static ProcessVariable<Map<String, Long>> countsAsText(String name) {
        return ProcessVariable.of(name, DeliveryJson::longMap, DeliveryJson::json);
    }

    /** A Swedish wall-clock time stored as ISO text ({@code 2026-05-11T08:00}), what the timers read. */
    private static ProcessVariable<LocalDateTime> localTime(String name) {
        return ProcessVariable.of(name, value -> LocalDateTime.parse(value.toString()), LocalDateTime::toString);
    }

    private static ProcessVariable<List<JsonNode>> formList(String name) {
        return ProcessVariable.of(name, DeliveryJson::elements, list -> {
            throw new UnsupportedOperationException(name + " is written by its form");
        });
    }

    /** The typed variables' names as compile-time text. */
    public static final class Names {
        public static final String TITLE = "title";
        public static final String CO_FUNDING_AGENCIES = "coFundingAgencies";
        public static final String ESTIMATED_COST = "estimatedCost";
        public static final String CONTRACT_PRICE = "contractPrice";
        public static final String COURSE_TITLE = "courseTitle";
        public static final String INTEREST_BY_AGENCY = "interestByAgency";
        public static final String AGENCY_OPTIONS = "agencyOptions";
        public static final String SEATS_BY_AGENCY = "seatsByAgency";
        public static final String REGISTRATION_AGENCIES = "registrationAgencies";
        public static final String AGENCY = "agency";
        public static final String AGENCY_NAME = "agencyName";
        public static final String AGENCY_SEATS = "agencySeats";
        public static final String PARTICIPANT_OPTIONS = "participantOptions";
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
        public static final String COURSE_START = "courseStart";
        public static final String COURSE_END = "courseEnd";
        public static final String VENUE_AGENCY = "venueAgency";
        public static final String VENUE_ADDRESS = "venueAddress";
        public static final String TRAINER = "trainer";
        public static final String CAPACITY = "capacity";
        public static final String REGISTRATION_CLOSES = "registrationCloses";
        public static final String MINIMUM_PARTICIPANTS = "minimumParticipants";
        public static final String CHANGE_REASON = "changeReason";
        public static final String DECISION_REASON = "decisionReason";
        public static final String PARTICIPANTS = "participants";
        public static final String RESERVES = "reserves";
        public static final String ATTENDED = "attendedEmails";
        public static final String COURSE_KEY = "courseKey";
        public static final String COURSE_END_DATE = "courseEndDate";
        public static final String PARTICIPANTS_JSON = "participantsJson";

        private Names() {
        }
    }
}
