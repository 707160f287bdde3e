package se.agencynetwork.idea;

import static se.agencynetwork.idea.IdeaVariables.AGENCY;
import static se.agencynetwork.idea.IdeaVariables.AGENCY_PARTICIPANTS;
import static se.agencynetwork.idea.IdeaVariables.CO_FUNDING;
import static se.agencynetwork.idea.IdeaVariables.INTEREST_COMMENT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.idea.IdeaRepository.InterestAnswer;

/**
 * Stores an agency's answer in the interest round (task listener on {@code complete}). The
 * answer's variables are local to the agency's task, so sixteen parallel answers never overwrite
 * each other; the table is what the summary reads.
 */
@Component("recordInterest")
@DelegateContract(reads = {AGENCY, AGENCY_PARTICIPANTS, CO_FUNDING, INTEREST_COMMENT})
public class RecordInterest implements TaskListener {

    private final IdeaRepository repository;

    public RecordInterest(IdeaRepository repository) {
        this.repository = repository;
    }

    @Override
    public void notify(DelegateTask task) {
        Number participants = (Number) task.getVariable(AGENCY_PARTICIPANTS);
        Object coFunding = task.getVariable(CO_FUNDING);
        Object comment = task.getVariable(INTEREST_COMMENT);
        String answeredBy = task.getAssignee() != null ? task.getAssignee()
                : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
                : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
        repository.saveAnswer(task.getExecution().getProcessBusinessKey(), new InterestAnswer(
                (String) task.getVariable(AGENCY), true, participants == null ? 0 : participants.intValue(),
                Boolean.TRUE.equals(coFunding), comment == null ? null : comment.toString(), answeredBy),
                ClockUtil.getCurrentTime());
    }
}
