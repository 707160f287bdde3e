package se.agencynetwork.referral;

/**
 * Candidate sharing with consent ("Kandidatdelning", {@code processes/candidate-referral.bpmn}): its key,
 * business key prefix and the messages the consent page sends; its variables are {@link ReferralVariables}.
 */
public final class CandidateReferralProcess {

    public static final String KEY = "candidate-referral";
    public static final String BUSINESS_KEY_PREFIX = "REFERRAL";

    /** The candidate consented on the consent page. */
    public static final String MESSAGE_CONSENTED = "candidateReferralConsented";
    /** The candidate declined on the consent page. */
    public static final String MESSAGE_DECLINED = "candidateReferralDeclined";
    /** The candidate withdrew the consent on the consent page. */
    public static final String MESSAGE_WITHDRAWN = "candidateReferralWithdrawn";

    private CandidateReferralProcess() {
    }
}
