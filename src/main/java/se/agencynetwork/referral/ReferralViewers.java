package se.agencynetwork.referral;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

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
import se.agencynetwork.directory.Person;

/**
 * Who asks for the shared profiles ({@code /referrals}) and whether they may see them: the person
 * logged in to the Camunda webapps in this browser (the session Tasklist keeps) or, for scripts and
 * tests, HTTP Basic credentials checked against the directory - as the overview identifies its viewers.
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

    private final ProcessEngine engine;
    private final IdentityService identity;
    private final NetworkDirectory directory;

    ReferralViewers(ProcessEngine engine, NetworkDirectory directory) {
        this.engine = engine;
        this.identity = engine.getIdentityService();
        this.directory = directory;
    }

    Optional<Viewer> viewer(HttpServletRequest request) {
        String userId = fromBasicCredentials(request);
        if (userId == null) {
            userId = fromWebappSession(request);
        }
        return userId == null ? Optional.empty() : Optional.of(viewer(userId));
    }

    /** The directory user as a viewer: their agency and groups. */
    Viewer viewer(String userId) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        String agency = directory.person(userId).map(Person::agency).filter(code -> directory.agency(code).isPresent())
                .orElse(null);
        return new Viewer(userId, agency, groups);
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
