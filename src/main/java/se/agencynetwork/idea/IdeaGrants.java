package se.agencynetwork.idea;

import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.List;

import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.DirectoryGrants;
import se.agencynetwork.directory.DirectoryGrants.Grant;
import se.agencynetwork.directory.GrantContribution;

/**
 * Who may use the process, as the directory grants it: anyone in the network may submit an idea,
 * any time (README "Who may do what"); the council's training plan starts ideas as the council
 * member who completes it.
 */
@Component
public class IdeaGrants implements GrantContribution {

    @Override
    public List<Grant> grants() {
        return List.of(DirectoryGrants.grant(DirectoryGrants.EVERY_DIRECTORY_GROUP, PROCESS_DEFINITION,
                IdeaVariables.PROCESS_KEY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE));
    }
}
