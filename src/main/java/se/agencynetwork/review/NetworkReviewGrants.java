package se.agencynetwork.review;

import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.List;

import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.DirectoryGrants;
import se.agencynetwork.directory.DirectoryGrants.Grant;
import se.agencynetwork.directory.GrantContribution;
import se.agencynetwork.directory.Groups;

/**
 * Who may use the process, as the directory grants it: the network coordinator starts the yearly
 * benefit review.
 */
@Component
public class NetworkReviewGrants implements GrantContribution {

    @Override
    public List<Grant> grants() {
        return List.of(DirectoryGrants.grant(Groups.NETWORK_COORDINATORS, PROCESS_DEFINITION, NetworkReviewProcess.KEY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
    }
}
