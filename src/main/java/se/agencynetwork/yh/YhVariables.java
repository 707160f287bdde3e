package se.agencynetwork.yh;

/** Key, message and variables of the yh-application process ("YH-ansökan"). */
public final class YhVariables {

    public static final String PROCESS_KEY = "yh-application";
    /** The message MYH's decision arrives with (engine REST API {@code /message}, by business key). */
    public static final String DECISION_MESSAGE = "YhDecisionRegistered";

    // given by idea's call activity
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String CO_FUNDING_AGENCIES = "coFundingAgencies";

    // written by the steps
    public static final String WORKING_GROUP = "yhWorkingGroup";
    public static final String AGENCY_OPTIONS = "agencyOptions";
    public static final String LETTER_AGENCIES = "letterAgencies";
    /** ISO date-time: the letters of intent are due (network.yh.letter-period after they were asked for). */
    public static final String LETTER_DEADLINE_AT = "letterDeadlineAt";
    /** ISO date-time: the heads who have not answered are reminded (network.yh.letter-reminder-before the deadline). */
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
    /** ISO date-time: the coordinator is reminded of the round's deadline (network.yh.round-reminder-before). */
    public static final String ROUND_REMINDER_AT = "roundReminderAt";
    public static final String EVIDENCE_LINK = "evidenceLink";
    public static final String APPLICATION_ATTEMPT = "applicationAttempt";
    /** ISO date-time: the next round opens (a new attempt waits for it). */
    public static final String NEXT_ROUND_OPENS_AT = "nextRoundOpensAt";
    public static final String OUTCOME = "outcome";

    // the need (working group's form)
    public static final String OCCUPATION = "occupation";
    public static final String SKILLS = "skills";
    public static final String EXPECTED_HIRING_NEED = "expectedHiringNeed";
    public static final String CONCERNED_AGENCIES = "concernedAgencies";

    // the provider and programme (coordinator's form yhProviderForm)
    public static final String PROVIDER_NAME = "providerName";
    public static final String PROVIDER_ORG_NUMBER = YhFormRules.PROVIDER_ORG_NUMBER;
    public static final String PROVIDER_CONTACT = "providerContact";
    public static final String PROGRAMME_NAME = "programmeName";
    public static final String PROGRAMME_CREDITS = YhFormRules.PROGRAMME_CREDITS;
    public static final String LIA_PERCENT = YhFormRules.LIA_PERCENT;
    public static final String PROGRAMME_PLACES = "programmePlaces";
    public static final String STUDY_FORM = "studyForm";

    // a letter of intent (a head's form)
    public static final String LETTER_ANSWER = "letterAnswer";
    public static final String HIRING_NEED = "hiringNeed";
    public static final String LIA_PLACES = "liaPlaces";
    public static final String REFERENCE_PERSON = "referencePerson";
    public static final String LETTER_COMMENT = "letterComment";

    // the application, the decision and after
    public static final String SUBMITTED_ON = "submittedOn";
    public static final String MYH_REFERENCE = "myhReference";
    public static final String MYH_DECISION = "myhDecision";
    public static final String DECISION_COMMENT = "decisionComment";
    public static final String PROGRAMME_START = "programmeStart";
    public static final String LESSONS_LEARNED = "lessonsLearned";
    public static final String TRY_AGAIN = "tryAgain";

    public static final String NEED_FORM = "yhNeedForm";
    public static final String PROVIDER_FORM = YhFormRules.PROVIDER_FORM;
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
}
