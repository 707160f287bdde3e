package se.agencynetwork.system.api;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.Groups;

/** The user an {@code /api} request runs as (set by the API's authentication filter). */
@Component
public record CurrentUser(IdentityService identityService) {

    /** The authenticated user's id; throws when called outside an authenticated request. */
    public String id() {
        return authentication().getUserId();
    }

    public List<String> groups() {
        List<String> groups = authentication().getGroupIds();
        return groups == null ? List.of() : List.copyOf(groups);
    }

    public boolean isMemberOf(String groupId) {
        return groups().contains(groupId);
    }

    public boolean isAdmin() {
        return isMemberOf(Groups.CAMUNDA_ADMIN);
    }

    /** Coordinators, training administrators and administrators see the whole network's data. */
    public boolean seesWholeNetwork() {
        return isAdmin() || isMemberOf(Groups.NETWORK_COORDINATORS) || isMemberOf(Groups.TRAINING_ADMINISTRATORS);
    }

    private Authentication authentication() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            throw new ApiException(401, null, "Inloggning krävs.");
        }
        return authentication;
    }
}
