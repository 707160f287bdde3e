package se.agencynetwork.recruitment;

import static se.agencynetwork.recruitment.RecruitmentVariables.AGENCY;
import static se.agencynetwork.recruitment.RecruitmentVariables.AGENCY_CONTRIBUTION;
import static se.agencynetwork.recruitment.RecruitmentVariables.AGENCY_NAME;
import static se.agencynetwork.recruitment.RecruitmentVariables.TAKES_PART;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.AgencyTasks;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.recruitment.RecruitmentVariables.Names;

/**
 * On creation of an agency's "Anmäl deltagande": the agency's name in the task, and the answer kept on
 * the agency's own execution so that sixteen parallel answers never overwrite each other.
 */
@Component("openRecruitmentSignUpTask")
@DelegateContract(reads = {Names.AGENCY}, writes = {Names.AGENCY_NAME, Names.TAKES_PART, Names.AGENCY_CONTRIBUTION})
record OpenRecruitmentSignUpTask(NetworkDirectory directory) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        AgencyTasks.open(task, directory.agencyName(AGENCY.require(task.getExecution())), AGENCY_NAME,
                List.of(TAKES_PART, AGENCY_CONTRIBUTION));
    }
}
