package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.process.AgencyTasks;
import se.agencynetwork.process.DelegateContract;

/** On creation of a pair's check-in (mid-point or closing): which pair, named in the task and described in the form. */
@Component("openMentorshipCheckIn")
@DelegateContract(reads = {Names.AGENCY, Names.PAIR_IDS}, writes = {Names.AGENCY_NAME, Names.PAIR_ID,
        Names.PAIR_DESCRIPTION, Names.MEETINGS_HELD})
record OpenCheckIn(MentorshipService service) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution pair = task.getExecution();
        int index = ((Number) pair.getVariable("loopCounter")).intValue();
        long id = Long.parseLong(PAIR_IDS.require(pair).get(index));
        AgencyTasks.open(task, service.agencyName(AGENCY.require(pair)), AGENCY_NAME,
                List.of(MEETINGS_HELD));
        PAIR_ID.setLocal(pair, id);
        PAIR_DESCRIPTION.setLocal(pair, service.checkInDescription(pair.getProcessBusinessKey(), id));
    }
}
