package se.agencynetwork.overview;

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
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.Groups;
import se.agencynetwork.directory.NetworkDirectory;

/**
 * Who asks for the overview and what they may see. The person is the one logged in to the Camunda
 * webapps in this browser (the session Tasklist keeps) or, for scripts and tests, HTTP Basic
 * credentials checked against the directory. The whole network's overview is for the network
 * coordinators, the education council, the steering group and administrators (README, "Who may do
 * what"); one agency's overview also for that agency's heads and training coordinators.
 */
@Component
class OverviewAccess {

    static final Set<String> NETWORK_GROUPS = Set.of(Groups.NETWORK_COORDINATORS, Groups.EDUCATION_COUNCIL,
            Groups.STEERING_GROUP, Groups.CAMUNDA_ADMIN);

    /** A person asking: their user id and groups. */
    record Viewer(String userId, List<String> groups) {

        boolean seesNetwork() {
            return groups.stream().anyMatch(NETWORK_GROUPS::contains);
        }

        boolean seesAgency(String agency) {
            return seesNetwork() || groups.contains(Groups.headsOf(agency))
                    || groups.contains(Groups.trainingCoordinatorsOf(agency));
        }
    }

    private final ProcessEngine engine;
    private final IdentityService identity;
    private final NetworkDirectory directory;

    OverviewAccess(ProcessEngine engine, NetworkDirectory directory) {
        this.engine = engine;
        this.identity = engine.getIdentityService();
        this.directory = directory;
    }

    Optional<Viewer> viewer(HttpServletRequest request) {
        String userId = fromBasicCredentials(request);
        if (userId == null) {
            userId = fromWebappSession(request);
        }
        if (userId == null) {
            return Optional.empty();
        }
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        return Optional.of(new Viewer(userId, groups));
    }

    /** The agency whose overview a person without the network view sees: the first they are head or coordinator of. */
    Optional<String> ownAgency(Viewer viewer) {
        return directory.agencyCodes().stream().filter(code -> viewer.groups().contains(Groups.headsOf(code))
                || viewer.groups().contains(Groups.trainingCoordinatorsOf(code))).findFirst();
    }

    private String fromWebappSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
        Authentication login = logins == null ? null : logins.getAuthenticationForProcessEngine(engine.getName());
        return login == null ? null : login.getName();
    }

    private String fromBasicCredentials(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String userId = decoded.substring(0, colon);
        return identity.checkPassword(userId, decoded.substring(colon + 1)) ? userId : null;
    }
}
