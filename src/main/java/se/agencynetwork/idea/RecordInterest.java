package se.agencynetwork.idea;

import static se.agencynetwork.idea.IdeaVariables.AGENCY;
import static se.agencynetwork.idea.IdeaVariables.AGENCY_PARTICIPANTS;
import static se.agencynetwork.idea.IdeaVariables.CO_FUNDING;
import static se.agencynetwork.idea.IdeaVariables.INTEREST_COMMENT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.idea.IdeaRepository.InterestAnswer;
import se.agencynetwork.idea.IdeaVariables.Names;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;

/**
 * Stores an agency's answer in the interest round (task listener on {@code complete}). The
 * answer's variables are local to the agency's task, so sixteen parallel answers never overwrite
 * each other; the table is what the summary reads.
 */
@Component("recordInterest")
@DelegateContract(reads = {Names.AGENCY, Names.AGENCY_PARTICIPANTS, Names.CO_FUNDING, Names.INTEREST_COMMENT})
public record RecordInterest(IdeaRepository repository) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String answeredBy = task.getAssignee() != null ? task.getAssignee()
                : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
                : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
        repository.saveAnswer(task.getExecution().getProcessBusinessKey(), new InterestAnswer(AGENCY.get(task), true,
                AGENCY_PARTICIPANTS.get(task, 0L).intValue(), CO_FUNDING.get(task, false), INTEREST_COMMENT.get(task),
                answeredBy), NetworkTime.nowAsDate());
    }
}
