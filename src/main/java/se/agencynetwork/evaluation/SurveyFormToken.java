package se.agencynetwork.evaluation;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * Proof that a survey answer was sent from the survey page (double-submit token): the page sets a
 * random token in a {@code SameSite=Strict}, {@code HttpOnly} cookie for {@code /survey} and puts the
 * same token into its form. Another site can neither read the cookie nor make the browser send it
 * with a cross-site POST, so it cannot produce a matching pair. Stateless, so any node of a cluster
 * checks it. An {@code Origin} header naming another site than the configured base URL (or the
 * address the request came to) is refused as well; {@code Origin: null}, which browsers send because
 * the page's referrer policy is {@code no-referrer}, is left to the token.
 */
final class SurveyFormToken {

    static final String FIELD = "formToken";
    static final String COOKIE = "survey-form";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String baseOrigin;
    private final boolean secureBase;

    SurveyFormToken(String baseUrl) {
        this.baseOrigin = origin(baseUrl);
        this.secureBase = baseUrl.toLowerCase(Locale.ROOT).startsWith("https:");
    }

    /** The token of the browser's cookie if it has one, else a new one; (re)sets the cookie. */
    String issue(HttpServletRequest request, HttpServletResponse response) {
        String token = cookie(request);
        if (!wellFormed(token)) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        ResponseCookie cookie = ResponseCookie.from(COOKIE, token).path("/survey").httpOnly(true)
                .secure(secureBase || request.isSecure()).sameSite("Strict").maxAge(Duration.ofDays(1)).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        return token;
    }

    /** Whether the POST carries the page's token in its form and cookie, and no foreign origin. */
    boolean fromThePage(HttpServletRequest request, String formToken) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && !origin.equals("null") && !origin.equalsIgnoreCase(baseOrigin)
                && !origin.equalsIgnoreCase(requestOrigin(request))) {
            return false;
        }
        String cookie = cookie(request);
        return wellFormed(cookie) && formToken != null && MessageDigest.isEqual(
                cookie.getBytes(StandardCharsets.US_ASCII), formToken.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private static String requestOrigin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
