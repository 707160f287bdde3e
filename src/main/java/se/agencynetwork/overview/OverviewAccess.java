package se.agencynetwork.overview;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import se.agencynetwork.directory.Groups;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.system.RequestUsers;

/**
 * Who asks for the overview and what they may see. The person is the one logged in to the Camunda
 * webapps in this browser (the session Tasklist keeps) or, for scripts and tests, HTTP Basic
 * credentials checked against the directory ({@link RequestUsers}). The whole network's overview is for the network
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

    private final RequestUsers users;
    private final NetworkDirectory directory;

    OverviewAccess(RequestUsers users, NetworkDirectory directory) {
        this.users = users;
        this.directory = directory;
    }

    Optional<Viewer> viewer(HttpServletRequest request) {
        return users.userId(request).map(userId -> new Viewer(userId, users.groups(userId)));
    }

    /** The agency whose overview a person without the network view sees: the first they are head or coordinator of. */
    Optional<String> ownAgency(Viewer viewer) {
        return directory.agencyCodes().stream().filter(code -> viewer.groups().contains(Groups.headsOf(code))
                || viewer.groups().contains(Groups.trainingCoordinatorsOf(code))).findFirst();
    }

}
