package se.agencynetwork.home;

import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * Who is logged in to the Camunda webapps in this browser, and which of them they may open. The
 * webapps keep their login in the servlet session; Camunda offers no public API to read it, so this
 * is the one class that reads Camunda's webapp classes ({@code org.camunda.bpm.webapp.impl.security.auth}):
 * the same object the webapps' header reads to show Cockpit and Admin to those allowed.
 */
@Component
class WebappLogin {

    /** The person logged in: user id, name to show, and the webapps ("tasklist", "cockpit", "admin") they may open. */
    record LoggedIn(String userId, String displayName, Set<String> apps) {
        public boolean may(String app) {
            return apps.contains(app);
        }
    }

    private final ProcessEngine engine;
    private final IdentityService identity;

    WebappLogin(ProcessEngine engine) {
        this.engine = engine;
        this.identity = engine.getIdentityService();
    }

    Optional<LoggedIn> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
        Authentication login = logins.getAuthenticationForProcessEngine(engine.getName());
        if (!(login instanceof UserAuthentication user)) {
            return Optional.empty();
        }
        String userId = user.getName();
        Set<String> apps = user.getAuthorizedApps() == null ? Set.of() : Set.copyOf(user.getAuthorizedApps());
        return Optional.of(new LoggedIn(userId, displayName(userId), apps));
    }

    private String displayName(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? userId : name;
    }
}
