package se.agencynetwork.referral;

/**
 * Where the candidate's personal link leads. The token is a {@code survey.LinkTokens} token (only its
 * hash is stored), as the course survey's links are; unlike a survey link it works more than once: the
 * same link consents, declines and later withdraws, until the referral is closed and the hash deleted.
 */
final class ConsentLinks {

    static final String PATH = "/referral/";

    private ConsentLinks() {
    }
}
