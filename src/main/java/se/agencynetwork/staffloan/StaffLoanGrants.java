package se.agencynetwork.staffloan;

import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.DirectoryGrants;
import se.agencynetwork.directory.DirectoryGrants.Grant;
import se.agencynetwork.directory.GrantContribution;
import se.agencynetwork.directory.Groups;
import se.agencynetwork.directory.NetworkDirectory;

/**
 * Who may post a staff-loan need, as the directory grants it: every agency's heads, the HR managers'
 * working group and the network coordinators (for their own agency: the need's agency is the starter's
 * agency in the directory). The tasks themselves go to their candidate groups.
 */
@Component
public class StaffLoanGrants implements GrantContribution {

    private final NetworkDirectory directory;

    public StaffLoanGrants(NetworkDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<Grant> grants() {
        List<String> starters = new ArrayList<>();
        directory.agencyCodes().forEach(agency -> starters.add(Groups.headsOf(agency)));
        starters.add(Groups.WG_HR_MANAGERS);
        starters.add(Groups.NETWORK_COORDINATORS);
        return starters.stream().map(group -> DirectoryGrants.grant(group, PROCESS_DEFINITION, StaffLoanProcess.KEY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE)).toList();
    }
}
