package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.process.AgencyTasks;
import se.agencynetwork.process.DelegateContract;

/** On creation of an agency's "Godkänn myndighetens deltagare": the agency's nominees shown to its heads. */
@Component("openMentorshipApproval")
@DelegateContract(reads = {Names.AGENCY}, writes = {Names.AGENCY_NAME, Names.NOMINEES, Names.HEAD_APPROVES,
        Names.HEAD_COMMENT})
record OpenApproval(MentorshipService service) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String agency = AGENCY.require(task.getExecution());
        AgencyTasks.open(task, service.agencyName(agency), AGENCY_NAME, List.of(HEAD_APPROVES, HEAD_COMMENT));
        NOMINEES.setLocal(task.getExecution(), service.nominees(task.getExecution().getProcessBusinessKey(), agency));
    }
}
