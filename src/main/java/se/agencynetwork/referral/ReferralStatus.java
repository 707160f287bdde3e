package se.agencynetwork.referral;

/** Where a referral stands; the last four are final, and then nothing personal is left. */
enum ReferralStatus {
    /** The candidate has been asked and has not answered yet. */
    REQUESTED,
    /** The candidate consented: the profile is shown until the end of the sharing period. */
    CONSENTED,
    /** The candidate declined. */
    DECLINED,
    /** The candidate consented and later withdrew the consent. */
    WITHDRAWN,
    /** No answer by the deadline: no consent. */
    NO_ANSWER,
    /** The sharing period is over. */
    EXPIRED
}
