package se.agencynetwork.referral;

import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.List;

import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.DirectoryGrants;
import se.agencynetwork.directory.DirectoryGrants.Grant;
import se.agencynetwork.directory.GrantContribution;
import se.agencynetwork.directory.Groups;

/**
 * Who may use the process, as the directory grants it: an agency's HR starts a referral - the members
 * of the HR managers' working group and every agency's heads. The referring agency is the starter's
 * own (a starter with none is refused by the first step).
 */
@Component
public class CandidateReferralGrants implements GrantContribution {

    @Override
    public List<Grant> grants() {
        return List.of(start(Groups.WG_HR_MANAGERS), start(DirectoryGrants.EVERY_HEADS_GROUP));
    }

    private static Grant start(String group) {
        return DirectoryGrants.grant(group, PROCESS_DEFINITION, CandidateReferralProcess.KEY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
}
