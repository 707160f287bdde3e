package se.agencynetwork.referral;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import se.agencynetwork.directory.Groups;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.directory.Person;
import se.agencynetwork.system.RequestUsers;

/**
 * Who asks for the shared profiles ({@code /referrals}) and whether they may see them: the person
 * logged in to the Camunda webapps in this browser (the session Tasklist keeps) or, for scripts and
 * tests, HTTP Basic credentials checked against the directory ({@link RequestUsers}).
 * Profiles are for the HR of the agencies: members of the HR managers' working group and agency heads,
 * who work at an agency of the directory; their own agency's referrals are not shown to them.
 */
@Component
class ReferralViewers {

    /** A person asking: their user id, agency (null when none) and groups. */
    record Viewer(String userId, String agency, List<String> groups) {

        /** HR of an agency: a member of the HR managers' working group, or the head of their agency. */
        boolean seesProfiles() {
            return agency != null && (groups.contains(Groups.WG_HR_MANAGERS) || groups.contains(Groups.headsOf(agency)));
        }
    }

    private final RequestUsers users;
    private final NetworkDirectory directory;

    ReferralViewers(RequestUsers users, NetworkDirectory directory) {
        this.users = users;
        this.directory = directory;
    }

    Optional<Viewer> viewer(HttpServletRequest request) {
        return users.userId(request).map(this::viewer);
    }

    /** The directory user as a viewer: their agency and groups. */
    Viewer viewer(String userId) {
        List<String> groups = users.groups(userId);
        String agency = directory.person(userId).map(Person::agency).filter(code -> directory.agency(code).isPresent())
                .orElse(null);
        return new Viewer(userId, agency, groups);
    }

}
