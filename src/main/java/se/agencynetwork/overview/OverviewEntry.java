package se.agencynetwork.overview;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import se.agencynetwork.overview.OverviewAccess.Viewer;
import se.agencynetwork.system.OverviewLink;

/** Which overview the start page offers a person: the network's, their agency's, or none. */
@Component
public record OverviewEntry(IdentityService identity, OverviewAccess access) implements OverviewLink {

    @Override
    public Optional<String> pathFor(String userId) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        Viewer viewer = new Viewer(userId, groups);
        if (viewer.seesNetwork()) {
            return Optional.of("/overview");
        }
        return access.ownAgency(viewer).map(code -> "/overview/agency/" + code);
    }
}
