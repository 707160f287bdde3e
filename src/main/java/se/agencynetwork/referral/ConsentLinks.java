package se.agencynetwork.referral;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The candidate's personal link, as the course survey's links work (evaluation's {@code SurveyTokens}):
 * 256 random bits, URL-safe Base64 without padding (43 characters); only the SHA-256 hash is stored,
 * so the table gives away no working link. Unlike a survey link it works more than once: the same
 * link consents, declines and later withdraws, until the referral is closed and the hash deleted.
 */
final class ConsentLinks {

    static final String PATH = "/referral/";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    private ConsentLinks() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text can be a token at all (anything else is refused without a database look-up). */
    static boolean wellFormed(String token) {
        return token != null && FORMAT.matcher(token).matches();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }
}
