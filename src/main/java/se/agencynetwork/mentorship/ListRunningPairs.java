package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.PAIR_AGENCIES;
import static se.agencynetwork.mentorship.MentorshipVariables.PAIR_IDS;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.process.DelegateContract;

/**
 * When the mid-point or the closing comes (end of the timer event): the pairs still running, one
 * check-in task each for the adept's training coordinator (a pair that ended early is not asked again).
 */
@Component("listMentorshipPairs")
@DelegateContract(writes = {Names.PAIR_AGENCIES, Names.PAIR_IDS})
record ListRunningPairs(MentorshipService service) implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        List<Pair> running = service.runningPairs(execution.getProcessBusinessKey());
        PAIR_AGENCIES.set(execution, running.stream().map(Pair::adeptAgency).toList());
        PAIR_IDS.set(execution, running.stream().map(pair -> Long.toString(pair.id())).toList());
    }
}
