package se.agencynetwork.system;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import se.agencynetwork.directory.DirectoryProfiles;

/**
 * A user created by the network directory has the name and e-mail address the directory file
 * gives: {@code PUT .../user/{id}/profile} is refused with 403 for such a user, on the engine REST
 * API and on the webapps' mount (Camunda Admin, a user's own profile page). Without it anyone could
 * rename themselves (Camunda grants every user all permissions on their own user), and mails would
 * go to the new address until the next synchronisation put the directory's back. Passwords are not
 * the directory's and stay changeable.
 */
class UserProfileGuard extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(UserProfileGuard.class);
    private static final Pattern PROFILE = Pattern.compile("/user/([^/]+)/profile/?$");

    private final DirectoryProfiles profiles;

    UserProfileGuard(DirectoryProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher profile = PROFILE.matcher(path);
        if (!"PUT".equals(request.getMethod()) || !profile.find()) {
            chain.doFilter(request, response);
            return;
        }
        String userId = RestRefusal.decode(profile.group(1));
        if (!profiles.ownedByDirectory(userId)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.info("Refused a profile change of directory user '{}' ({} {})", userId, request.getMethod(),
                request.getRequestURI());
        RestRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "ProfileOwnedByDirectory",
                "Namn och e-postadress för " + userId + " kommer från nätverkets katalog och kan inte ändras"
                        + " här: be den som förvaltar katalogfilen att ändra dem. Inget har sparats.");
    }
}
