package se.agencynetwork.mentorship;

import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.List;

import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.DirectoryGrants;
import se.agencynetwork.directory.DirectoryGrants.Grant;
import se.agencynetwork.directory.GrantContribution;
import se.agencynetwork.directory.Groups;

/**
 * Who may use the process, as the directory grants it: the network coordinator opens a mentorship
 * programme (on the education council's decision). The tasks reach their groups as candidate groups.
 */
@Component
public class MentorshipGrants implements GrantContribution {

    @Override
    public List<Grant> grants() {
        return List.of(DirectoryGrants.grant(Groups.NETWORK_COORDINATORS, PROCESS_DEFINITION, MentorshipProcess.KEY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
    }
}
