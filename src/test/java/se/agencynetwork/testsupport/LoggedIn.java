package se.agencynetwork.testsupport;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * Acts as a directory user the way Tasklist and the REST API do: authenticated with the user's
 * groups, so the directory's group grants apply (not hand-made grants to the user).
 */
public final class LoggedIn {

    private LoggedIn() {
    }

    public static void as(IdentityService identityService, String userId) {
        identityService.setAuthentication(userId, identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList());
    }
}
