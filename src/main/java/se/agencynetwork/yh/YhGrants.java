package se.agencynetwork.yh;

import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.List;

import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.DirectoryGrants;
import se.agencynetwork.directory.DirectoryGrants.Grant;
import se.agencynetwork.directory.GrantContribution;
import se.agencynetwork.directory.Groups;

/**
 * Who may use the process, as the directory grants it: the network coordinator passes MYH's
 * decision on a YH application to its instance (the message {@value YhVariables#DECISION_MESSAGE}
 * over the engine REST API, as an integration would).
 */
@Component
public class YhGrants implements GrantContribution {

    @Override
    public List<Grant> grants() {
        return List.of(DirectoryGrants.grant(Groups.NETWORK_COORDINATORS, PROCESS_DEFINITION, YhVariables.PROCESS_KEY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.UPDATE_INSTANCE));
    }
}
