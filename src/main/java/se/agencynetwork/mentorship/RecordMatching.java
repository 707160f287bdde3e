package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;

/**
 * "Registrera matchningen": the council's plan (checked by the form rule) becomes pairs; each party's
 * training coordinator gets one task to record the party's answer.
 */
@Component("recordMentorshipMatching")
@DelegateContract(reads = {Names.PAIR_COUNT, Names.PAIR_PLAN}, writes = {Names.ANSWER_AGENCIES, Names.ANSWER_PARTIES})
record RecordMatching(MentorshipService service) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        List<String> parties = service.confirm(execution.getProcessBusinessKey(), PAIR_COUNT.require(execution),
                PAIR_PLAN.require(execution), Actors.of(execution.getProcessEngineServices()), NetworkTime.now());
        ANSWER_PARTIES.set(execution, parties);
        ANSWER_AGENCIES.set(execution, parties.stream().map(MentorshipService::agencyOf).toList());
    }
}
