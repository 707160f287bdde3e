package se.agencynetwork.staffloan;

import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.DirectoryGrants;
import se.agencynetwork.directory.DirectoryGrants.Grant;
import se.agencynetwork.directory.GrantContribution;
import se.agencynetwork.directory.Groups;

/**
 * Who may post a staff-loan need, as the directory grants it: every agency's heads, the HR managers'
 * working group and the network coordinators (for their own agency: the need's agency is the starter's
 * agency in the directory). The tasks themselves go to their candidate groups.
 */
@Component
public class StaffLoanGrants implements GrantContribution {

    @Override
    public List<Grant> grants() {
        // every agency's heads as the directory file has them at each synchronisation
        return Stream.of(DirectoryGrants.EVERY_HEADS_GROUP, Groups.WG_HR_MANAGERS, Groups.NETWORK_COORDINATORS)
                .map(group -> DirectoryGrants.grant(group, PROCESS_DEFINITION, StaffLoanProcess.KEY,
                        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE))
                .toList();
    }
}
