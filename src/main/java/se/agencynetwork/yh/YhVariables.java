package se.agencynetwork.yh;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

import se.agencynetwork.process.ProcessVariable;

/**
 * Key, message and variables of the yh-application process ("YH-ansökan"). Each variable is declared
 * once, typed; the steps, the form rules and the tests read and write through these constants.
 * {@link Names} holds the same names as compile-time text for annotations ({@code @DelegateContract}).
 */
public final class YhVariables {

    public static final String PROCESS_KEY = "yh-application";
    /** The message MYH's decision arrives with (engine REST API {@code /message}, by business key). */
    public static final String DECISION_MESSAGE = "YhDecisionRegistered";

    // given by idea's call activity
    static final ProcessVariable<String> TITLE = ProcessVariable.text(Names.TITLE);
    static final ProcessVariable<String> DESCRIPTION = ProcessVariable.text(Names.DESCRIPTION);
    static final ProcessVariable<List<String>> CO_FUNDING_AGENCIES = ProcessVariable.strings(Names.CO_FUNDING_AGENCIES);

    // written by the steps
    static final ProcessVariable<String> WORKING_GROUP = ProcessVariable.text(Names.WORKING_GROUP);
    static final ProcessVariable<SpinJsonNode> AGENCY_OPTIONS = ProcessVariable.json(Names.AGENCY_OPTIONS);
    static final ProcessVariable<List<String>> LETTER_AGENCIES = ProcessVariable.strings(Names.LETTER_AGENCIES);
    /** The letters of intent are due (network.yh.letter-period after they were asked for). */
    static final ProcessVariable<Instant> LETTER_DEADLINE_AT = ProcessVariable.moment(Names.LETTER_DEADLINE_AT);
    /** The heads who have not answered are reminded (network.yh.letter-reminder-before the deadline). */
    static final ProcessVariable<Instant> LETTER_REMINDER_AT = ProcessVariable.moment(Names.LETTER_REMINDER_AT);
    /** The agency of one letter: the multi-instance element variable, local to the agency's execution. */
    static final ProcessVariable<String> AGENCY = ProcessVariable.text(Names.AGENCY);
    static final ProcessVariable<String> AGENCY_NAME = ProcessVariable.text(Names.AGENCY_NAME);
    static final ProcessVariable<Integer> SIGNED_LETTERS = ProcessVariable.count(Names.SIGNED_LETTERS);
    static final ProcessVariable<Integer> DECLINED_LETTERS = ProcessVariable.count(Names.DECLINED_LETTERS);
    static final ProcessVariable<Integer> SILENT_LETTERS = ProcessVariable.count(Names.SILENT_LETTERS);
    static final ProcessVariable<Integer> TOTAL_HIRING_NEED = ProcessVariable.count(Names.TOTAL_HIRING_NEED);
    static final ProcessVariable<Integer> TOTAL_LIA_PLACES = ProcessVariable.count(Names.TOTAL_LIA_PLACES);
    static final ProcessVariable<String> SUPPORT_FIGURES = ProcessVariable.text(Names.SUPPORT_FIGURES);
    static final ProcessVariable<Boolean> ENOUGH_SUPPORT = ProcessVariable.flag(Names.ENOUGH_SUPPORT);
    static final ProcessVariable<LocalDate> ROUND_OPENS = ProcessVariable.date(Names.ROUND_OPENS);
    static final ProcessVariable<LocalDate> ROUND_CLOSES = ProcessVariable.date(Names.ROUND_CLOSES);
    /** The coordinator is reminded of the round's deadline (network.yh.round-reminder-before). */
    static final ProcessVariable<Instant> ROUND_REMINDER_AT = ProcessVariable.moment(Names.ROUND_REMINDER_AT);
    static final ProcessVariable<String> EVIDENCE_LINK = ProcessVariable.text(Names.EVIDENCE_LINK);
    static final ProcessVariable<Integer> APPLICATION_ATTEMPT = ProcessVariable.count(Names.APPLICATION_ATTEMPT);
    /** The next round opens (a new attempt waits for it). */
    static final ProcessVariable<Instant> NEXT_ROUND_OPENS_AT = ProcessVariable.moment(Names.NEXT_ROUND_OPENS_AT);
    static final ProcessVariable<String> OUTCOME = ProcessVariable.text(Names.OUTCOME);

    // the need (working group's form)
    static final ProcessVariable<String> OCCUPATION = ProcessVariable.text(Names.OCCUPATION);
    static final ProcessVariable<String> SKILLS = ProcessVariable.text(Names.SKILLS);
    static final ProcessVariable<Long> EXPECTED_HIRING_NEED = ProcessVariable.whole(Names.EXPECTED_HIRING_NEED);
    static final ProcessVariable<List<String>> CONCERNED_AGENCIES = ProcessVariable.strings(Names.CONCERNED_AGENCIES);

    // the provider and programme (coordinator's form yhProviderForm)
    static final ProcessVariable<String> PROVIDER_NAME = ProcessVariable.text(Names.PROVIDER_NAME);
    static final ProcessVariable<String> PROVIDER_ORG_NUMBER = ProcessVariable.text(Names.PROVIDER_ORG_NUMBER);
    static final ProcessVariable<String> PROVIDER_CONTACT = ProcessVariable.text(Names.PROVIDER_CONTACT);
    static final ProcessVariable<String> PROGRAMME_NAME = ProcessVariable.text(Names.PROGRAMME_NAME);
    static final ProcessVariable<Long> PROGRAMME_CREDITS = ProcessVariable.whole(Names.PROGRAMME_CREDITS);
    /** The LIA share in percent; may have decimals. */
    static final ProcessVariable<String> LIA_PERCENT = ProcessVariable.text(Names.LIA_PERCENT);
    static final ProcessVariable<Long> PROGRAMME_PLACES = ProcessVariable.whole(Names.PROGRAMME_PLACES);
    static final ProcessVariable<String> STUDY_FORM = ProcessVariable.text(Names.STUDY_FORM);

    // a letter of intent (a head's form)
    static final ProcessVariable<String> LETTER_ANSWER = ProcessVariable.text(Names.LETTER_ANSWER);
    static final ProcessVariable<Integer> HIRING_NEED = ProcessVariable.count(Names.HIRING_NEED);
    static final ProcessVariable<Integer> LIA_PLACES = ProcessVariable.count(Names.LIA_PLACES);
    static final ProcessVariable<String> REFERENCE_PERSON = ProcessVariable.text(Names.REFERENCE_PERSON);
    static final ProcessVariable<String> LETTER_COMMENT = ProcessVariable.text(Names.LETTER_COMMENT);

    // the application, the decision and after
    static final ProcessVariable<LocalDate> SUBMITTED_ON = ProcessVariable.date(Names.SUBMITTED_ON);
    static final ProcessVariable<String> MYH_REFERENCE = ProcessVariable.text(Names.MYH_REFERENCE);
    static final ProcessVariable<String> MYH_DECISION = ProcessVariable.text(Names.MYH_DECISION);
    static final ProcessVariable<String> DECISION_COMMENT = ProcessVariable.text(Names.DECISION_COMMENT);
    static final ProcessVariable<LocalDate> PROGRAMME_START = ProcessVariable.date(Names.PROGRAMME_START);
    static final ProcessVariable<String> LESSONS_LEARNED = ProcessVariable.text(Names.LESSONS_LEARNED);
    static final ProcessVariable<String> TRY_AGAIN = ProcessVariable.text(Names.TRY_AGAIN);

    public static final String NEED_FORM = "yhNeedForm";
    public static final String PROVIDER_FORM = "yhProviderForm";
    public static final String LETTER_FORM = "yhLetterForm";
    public static final String SUBMITTED_FORM = "yhSubmittedForm";
    public static final String START_FORM = "yhStartForm";

    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";
    public static final String YES = "yes";

    // the outcomes idea receives (as followUpOutcome)
    public static final String OUTCOME_APPROVED = "YH_APPROVED";
    public static final String OUTCOME_REJECTED = "YH_REJECTED";
    public static final String OUTCOME_TOO_LITTLE_SUPPORT = "YH_TOO_LITTLE_SUPPORT";

    private YhVariables() {
    }

    /** The programme as the mails and the tables name it: the provider's programme name, else the idea's title. */
    static String programme(VariableScope scope) {
        String name = PROGRAMME_NAME.get(scope);
        return name != null ? name : TITLE.get(scope);
    }

    /** The variables' names as compile-time text, for annotations; code reads and writes through the typed constants. */
    public static final class Names {
        public static final String TITLE = "title";
        public static final String DESCRIPTION = "description";
        public static final String CO_FUNDING_AGENCIES = "coFundingAgencies";
        public static final String WORKING_GROUP = "yhWorkingGroup";
        public static final String AGENCY_OPTIONS = "agencyOptions";
        public static final String LETTER_AGENCIES = "letterAgencies";
        public static final String LETTER_DEADLINE_AT = "letterDeadlineAt";
        public static final String LETTER_REMINDER_AT = "letterReminderAt";
        public static final String AGENCY = "agency";
        public static final String AGENCY_NAME = "agencyName";
        public static final String SIGNED_LETTERS = "signedLetters";
        public static final String DECLINED_LETTERS = "declinedLetters";
        public static final String SILENT_LETTERS = "silentLetters";
        public static final String TOTAL_HIRING_NEED = "totalHiringNeed";
        public static final String TOTAL_LIA_PLACES = "totalLiaPlaces";
        public static final String SUPPORT_FIGURES = "supportFigures";
        public static final String ENOUGH_SUPPORT = "enoughSupport";
        public static final String ROUND_OPENS = "roundOpens";
        public static final String ROUND_CLOSES = "roundCloses";
        public static final String ROUND_REMINDER_AT = "roundReminderAt";
        public static final String EVIDENCE_LINK = "evidenceLink";
        public static final String APPLICATION_ATTEMPT = "applicationAttempt";
        public static final String NEXT_ROUND_OPENS_AT = "nextRoundOpensAt";
        public static final String OUTCOME = "outcome";
        public static final String OCCUPATION = "occupation";
        public static final String SKILLS = "skills";
        public static final String EXPECTED_HIRING_NEED = "expectedHiringNeed";
        public static final String CONCERNED_AGENCIES = "concernedAgencies";
        public static final String PROVIDER_NAME = "providerName";
        public static final String PROVIDER_ORG_NUMBER = "providerOrgNumber";
        public static final String PROVIDER_CONTACT = "providerContact";
        public static final String PROGRAMME_NAME = "programmeName";
        public static final String PROGRAMME_CREDITS = "programmeCredits";
        public static final String LIA_PERCENT = "liaPercent";
        public static final String PROGRAMME_PLACES = "programmePlaces";
        public static final String STUDY_FORM = "studyForm";
        public static final String LETTER_ANSWER = "letterAnswer";
        public static final String HIRING_NEED = "hiringNeed";
        public static final String LIA_PLACES = "liaPlaces";
        public static final String REFERENCE_PERSON = "referencePerson";
        public static final String LETTER_COMMENT = "letterComment";
        public static final String SUBMITTED_ON = "submittedOn";
        public static final String MYH_REFERENCE = "myhReference";
        public static final String MYH_DECISION = "myhDecision";
        public static final String DECISION_COMMENT = "decisionComment";
        public static final String PROGRAMME_START = "programmeStart";
        public static final String LESSONS_LEARNED = "lessonsLearned";
        public static final String TRY_AGAIN = "tryAgain";

        private Names() {
        }
    }
}
