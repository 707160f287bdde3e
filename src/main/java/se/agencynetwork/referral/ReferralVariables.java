package se.agencynetwork.referral;

import java.time.Instant;

import se.agencynetwork.process.ProcessVariable;

/**
 * The variables of candidate sharing ({@code candidate-referral}), each declared once and typed.
 * The start form's fields hold the candidate's personal data only until the first step
 * ({@link RegisterReferral}) has moved them into the referral's table and removed them; from then on
 * the process carries the referral's id and its dates, nothing about the person. {@link Names} holds
 * the same names as compile-time text for annotations and tests.
 */
public final class ReferralVariables {

    /** The start form's id. */
    public static final String START_FORM = "candidateReferralStartForm";

    // start form (removed by the first step)
    static final ProcessVariable<String> ROLE_TITLE = ProcessVariable.text(Names.ROLE_TITLE);
    static final ProcessVariable<String> CANDIDATE_NAME = ProcessVariable.text(Names.CANDIDATE_NAME);
    static final ProcessVariable<String> CANDIDATE_EMAIL = ProcessVariable.text(Names.CANDIDATE_EMAIL);
    static final ProcessVariable<String> COMPETENCES = ProcessVariable.text(Names.COMPETENCES);
    static final ProcessVariable<String> EXPERIENCE = ProcessVariable.text(Names.EXPERIENCE);
    static final ProcessVariable<String> LOCATIONS = ProcessVariable.text(Names.LOCATIONS);
    static final ProcessVariable<Boolean> CANDIDATE_INFORMED = ProcessVariable.flag(Names.CANDIDATE_INFORMED);
    /** Who started the referral (camunda:initiator): their agency is the referring agency. */
    static final ProcessVariable<String> INITIATOR = ProcessVariable.text(Names.INITIATOR);
    // kept
    /** The referral's id in {@code candidate_referral}: the only link from the process to the candidate. */
    static final ProcessVariable<String> REFERRAL_ID = ProcessVariable.text(Names.REFERRAL_ID);
    /** The candidate is reminded then, unless they have answered. */
    static final ProcessVariable<Instant> CONSENT_REMINDER_AT = ProcessVariable.moment(Names.CONSENT_REMINDER_AT);
    /** No answer by then is no consent. */
    static final ProcessVariable<Instant> CONSENT_DEADLINE = ProcessVariable.moment(Names.CONSENT_DEADLINE);
    /** With consent, the profile is shown until then. */
    static final ProcessVariable<Instant> SHARED_UNTIL = ProcessVariable.moment(Names.SHARED_UNTIL);

    private ReferralVariables() {
    }

    /** The variables' names as compile-time text. */
    public static final class Names {
        public static final String ROLE_TITLE = "roleTitle";
        public static final String CANDIDATE_NAME = "candidateName";
        public static final String CANDIDATE_EMAIL = "candidateEmail";
        public static final String COMPETENCES = "competences";
        public static final String EXPERIENCE = "experience";
        public static final String LOCATIONS = "locations";
        public static final String CANDIDATE_INFORMED = "candidateInformed";
        public static final String INITIATOR = "initiator";
        public static final String REFERRAL_ID = "referralId";
        public static final String CONSENT_REMINDER_AT = "consentReminderAt";
        public static final String CONSENT_DEADLINE = "consentDeadline";
        public static final String SHARED_UNTIL = "sharedUntil";

        /** The start form's fields: personal data, removed from the process by the first step. */
        static final java.util.List<String> START_FORM_FIELDS = java.util.List.of(ROLE_TITLE, CANDIDATE_NAME,
                CANDIDATE_EMAIL, COMPETENCES, EXPERIENCE, LOCATIONS, CANDIDATE_INFORMED);

        private Names() {
        }
    }
}
