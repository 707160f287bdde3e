package se.agencynetwork.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Who sends a request to the application's own pages and API: HTTP Basic credentials checked against
 * the directory (scripts, tests, the finance office's tools), or the person logged in to the Camunda
 * webapps in this browser. The webapps keep their login in the servlet session and Camunda offers no
 * public API to read it, so this is the one class that reads Camunda's webapp classes
 * ({@code org.camunda.bpm.webapp.impl.security.auth}): the same object the webapps' header reads to
 * show Cockpit and Admin to those allowed. Each page decides for itself which of the two it accepts
 * (the API, for instance, takes the session only for reading).
 */
@Component
public class RequestUsers {

    /** A webapps login: the user and the webapps ("tasklist", "cockpit", "admin") they may open. */
    public record WebappUser(String userId, Set<String> apps) {
    }

    private final ProcessEngine engine;
    private final IdentityService identity;

    public RequestUsers(ProcessEngine engine) {
        this.engine = engine;
        this.identity = engine.getIdentityService();
    }

    /** Basic credentials if the request has valid ones, else the webapps' login in this browser. */
    public Optional<String> userId(HttpServletRequest request) {
        return fromBasicCredentials(request).or(() -> fromWebappSession(request));
    }

    /** The user of valid HTTP Basic credentials (wrong ones, or none, give nothing). */
    public Optional<String> fromBasicCredentials(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String userId = decoded.substring(0, colon);
        return identity.checkPassword(userId, decoded.substring(colon + 1)) ? Optional.of(userId) : Optional.empty();
    }

    /** The user logged in to the Camunda webapps in this browser's session. */
    public Optional<String> fromWebappSession(HttpServletRequest request) {
        return webappLogin(request).map(WebappUser::userId);
    }

    /** The webapps' login of this browser's session, with the webapps the user may open. */
    public Optional<WebappUser> webappLogin(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
        Authentication login = logins == null ? null : logins.getAuthenticationForProcessEngine(engine.getName());
        if (!(login instanceof UserAuthentication user)) {
            return Optional.empty();
        }
        return Optional.of(new WebappUser(user.getName(),
                user.getAuthorizedApps() == null ? Set.of() : Set.copyOf(user.getAuthorizedApps())));
    }

    /** The ids of the directory groups the user is a member of. */
    public List<String> groups(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }
}
