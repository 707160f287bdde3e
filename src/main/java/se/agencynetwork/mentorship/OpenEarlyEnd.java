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

/**
 * At the kick-off, one standing task per running pair for the adept's training coordinator: which pair,
 * named in the task and described in the form, to complete only if the pair ends before the last day.
 */
@Component("openMentorshipEarlyEnd")
@DelegateContract(reads = {Names.AGENCY, Names.PAIR_IDS}, writes = {Names.AGENCY_NAME, Names.PAIR_ID,
        Names.PAIR_DESCRIPTION, Names.MEETINGS_HELD, Names.END_REASON})
record OpenEarlyEnd(MentorshipService service) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution pair = task.getExecution();
        int index = ((Number) pair.getVariable("loopCounter")).intValue();
        long id = Long.parseLong(PAIR_IDS.require(pair).get(index));
        AgencyTasks.open(task, service.agencyName(AGENCY.require(pair)), AGENCY_NAME, List.of(MEETINGS_HELD, END_REASON));
        PAIR_ID.setLocal(pair, id);
        PAIR_DESCRIPTION.setLocal(pair, service.runningPairDescription(pair.getProcessBusinessKey(), id));
    }
}
