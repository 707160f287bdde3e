package se.agencynetwork.home;

import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import se.agencynetwork.system.RequestUsers;

/**
 * Who is logged in to the Camunda webapps in this browser, and which of them they may open (read
 * through {@link RequestUsers}, the one class that reads the webapps' login).
 */
@Component
class WebappLogin {

    /** The person logged in: user id, name to show, and the webapps ("tasklist", "cockpit", "admin") they may open. */
    record LoggedIn(String userId, String displayName, Set<String> apps) {
        public boolean may(String app) {
            return apps.contains(app);
        }
    }

    private final RequestUsers users;
    private final IdentityService identity;

    WebappLogin(RequestUsers users, ProcessEngine engine) {
        this.users = users;
        this.identity = engine.getIdentityService();
    }

    Optional<LoggedIn> of(HttpServletRequest request) {
        return users.webappLogin(request).map(user -> new LoggedIn(user.userId(), displayName(user.userId()), user.apps()));
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
