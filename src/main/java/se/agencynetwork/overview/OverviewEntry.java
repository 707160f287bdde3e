package se.agencynetwork.overview;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.agencynetwork.overview.OverviewAccess.Viewer;
import se.agencynetwork.system.StartPageEntry;

/** Which overview the start page offers a person: the network's, their agency's, or none. */
@Component
@Order(1)
public record OverviewEntry(IdentityService identity, OverviewAccess access) implements StartPageEntry {

    @Override
    public Optional<Link> linkFor(String userId) {
        return pathFor(userId).map(path -> new Link("overview", "Översikt",
                "Idéer, tidsfrister, kurser, kostnader och resultat för året på en sida.", path));
    }

    /** The network's overview, the person's agency's, or none. */
    Optional<String> pathFor(String userId) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        Viewer viewer = new Viewer(userId, groups);
        if (viewer.seesNetwork()) {
            return Optional.of("/overview");
        }
        return access.ownAgency(viewer).map(code -> "/overview/agency/" + code);
    }
}
