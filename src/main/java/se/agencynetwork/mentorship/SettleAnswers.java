package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.ACCEPTED_PAIR_COUNT;
import static se.agencynetwork.mentorship.MentorshipVariables.ANY_DECLINED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.process.DelegateContract;

/**
 * "Sammanställ svaren": a pair both parties accepted runs; a decline ends the pair, the one who
 * declined leaves and the other goes back to the matching.
 */
@Component("settleMentorshipAnswers")
@DelegateContract(writes = {Names.ANY_DECLINED, Names.ACCEPTED_PAIR_COUNT})
record SettleAnswers(MentorshipService service) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        ANY_DECLINED.set(execution, service.settleAnswers(key));
        // the gateway after "Tackade någon nej?" reads the pairs accepted now, not those of the last proposal
        ACCEPTED_PAIR_COUNT.set(execution, service.acceptedPairs(key));
    }
}
