package se.agencynetwork.survey;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * Proof that a POST was sent from the application's own page (double-submit token), for the pages
 * reached by a personal link or used outside the Camunda webapps: the page sets a random token in a
 * {@code SameSite=Strict}, {@code HttpOnly} cookie for its path and puts the same token into its form.
 * Another site can neither read the cookie nor make the browser send it with a cross-site POST, so it
 * cannot produce a matching pair. Stateless, so any node of a cluster checks it. An {@code Origin}
 * header naming another site than the configured base URL (or the address the request came to) is
 * refused as well; {@code Origin: null}, which browsers send because the pages' referrer policy is
 * {@code no-referrer}, is left to the token.
 */
public final class PageFormToken {

    public static final String FIELD = "formToken";

    private final String baseOrigin;
    private final boolean secureBase;
    private final String cookieName;
    private final String path;

    /** A token for the pages under {@code path}, kept in the cookie {@code cookieName}. */
    public PageFormToken(String baseUrl, String cookieName, String path) {
        this.cookieName = cookieName;
        this.path = path;
        URI uri = URI.create(baseUrl);
        this.baseOrigin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        this.secureBase = baseUrl.toLowerCase(Locale.ROOT).startsWith("https:");
    }

    /** The token of the browser's cookie if it has one, else a new one; (re)sets the cookie. */
    public String issue(HttpServletRequest request, HttpServletResponse response) {
        String token = cookie(request);
        if (!LinkTokens.wellFormed(token)) {
            token = LinkTokens.newToken();
        }
        ResponseCookie cookie = ResponseCookie.from(cookieName, token).path(path).httpOnly(true)
                .secure(secureBase || request.isSecure()).sameSite("Strict").maxAge(Duration.ofDays(1)).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        return token;
    }

    /** Whether the POST carries the page's token in its form and cookie, and no foreign origin. */
    public boolean fromThePage(HttpServletRequest request, String formToken) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && !origin.equals("null") && !origin.equalsIgnoreCase(baseOrigin)
                && !origin.equalsIgnoreCase(requestOrigin(request))) {
            return false;
        }
        String cookie = cookie(request);
        return LinkTokens.wellFormed(cookie) && formToken != null && MessageDigest.isEqual(
                cookie.getBytes(StandardCharsets.US_ASCII), formToken.getBytes(StandardCharsets.UTF_8));
    }

    private String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookieName.equals(cookie.getName())) {
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
}
