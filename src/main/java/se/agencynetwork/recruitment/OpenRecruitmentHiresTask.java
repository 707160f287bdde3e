package se.agencynetwork.recruitment;

import static se.agencynetwork.recruitment.RecruitmentVariables.AGENCY;
import static se.agencynetwork.recruitment.RecruitmentVariables.AGENCY_NAME;
import static se.agencynetwork.recruitment.RecruitmentVariables.HIRES;
import static se.agencynetwork.recruitment.RecruitmentVariables.HIRES_COMMENT;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.AgencyTasks;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.recruitment.RecruitmentVariables.Names;

/** On creation of an agency's "Rapportera anställningar": the agency's name, and its answer kept local to it. */
@Component("openRecruitmentHiresTask")
@DelegateContract(reads = {Names.AGENCY}, writes = {Names.AGENCY_NAME, Names.HIRES, Names.HIRES_COMMENT})
record OpenRecruitmentHiresTask(NetworkDirectory directory) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        AgencyTasks.open(task, directory.agencyName(AGENCY.require(task.getExecution())), AGENCY_NAME,
                List.of(HIRES, HIRES_COMMENT));
    }
}
