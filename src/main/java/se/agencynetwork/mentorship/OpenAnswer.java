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
 * On creation of "Registrera svar på matchningen": which party of which pair the task is about (the
 * task's place in the parallel list of parties), named in the task and described in the form.
 */
@Component("openMentorshipAnswer")
@DelegateContract(reads = {Names.AGENCY, Names.ANSWER_PARTIES}, writes = {Names.AGENCY_NAME, Names.PARTY,
        Names.PAIR_DESCRIPTION, Names.ACCEPTS, Names.DECLINE_REASON})
record OpenAnswer(MentorshipService service) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution party = task.getExecution();
        int index = ((Number) party.getVariable("loopCounter")).intValue();
        String id = ANSWER_PARTIES.require(party).get(index);
        String key = party.getProcessBusinessKey();
        AgencyTasks.open(task, MentorshipService.role(id).swedish() + ", " + service.agencyName(AGENCY.require(party)),
                AGENCY_NAME, List.of(ACCEPTS, DECLINE_REASON));
        PARTY.setLocal(party, id);
        PAIR_DESCRIPTION.setLocal(party, service.pairDescription(key, id));
    }
}
