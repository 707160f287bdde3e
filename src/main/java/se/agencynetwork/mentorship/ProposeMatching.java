package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.process.DelegateContract;

/**
 * "Föreslå matchning": the application's proposal among the approved adepts and mentors not yet
 * paired (never within one agency; the score and its reasons per pair), for the open places.
 */
@Component("proposeMentorshipMatching")
@DelegateContract(reads = {Names.PAIR_COUNT}, writes = {Names.MATCHING_PROPOSAL, Names.PAIR_PLAN,
        Names.PROPOSED_PAIR_COUNT, Names.ACCEPTED_PAIR_COUNT})
record ProposeMatching(MentorshipService service) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        List<Matching.Proposal> proposal = service.propose(key, PAIR_COUNT.require(execution));
        MATCHING_PROPOSAL.set(execution, service.proposalText(proposal));
        PAIR_PLAN.set(execution, MentorshipService.plan(proposal));
        PROPOSED_PAIR_COUNT.set(execution, proposal.size());
        ACCEPTED_PAIR_COUNT.set(execution, service.acceptedPairs(key));
    }
}
