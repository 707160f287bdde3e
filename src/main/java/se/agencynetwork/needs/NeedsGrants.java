package se.agencynetwork.needs;

import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.List;

import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.DirectoryGrants;
import se.agencynetwork.directory.DirectoryGrants.Grant;
import se.agencynetwork.directory.GrantContribution;
import se.agencynetwork.directory.Groups;

/**
 * Who may use the process, as the directory grants it: the network coordinator starts the needs
 * inventory by hand when needed.
 */
@Component
public class NeedsGrants implements GrantContribution {

    @Override
    public List<Grant> grants() {
        return List.of(DirectoryGrants.grant(Groups.NETWORK_COORDINATORS, PROCESS_DEFINITION,
                NeedsVariables.PROCESS_KEY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE));
    }
}
