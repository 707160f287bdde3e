package se.agencynetwork.idea;

import static se.agencynetwork.idea.IdeaVariables.DECISION_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.agencynetwork.idea.IdeaVariables.Names;
import se.agencynetwork.process.DelegateContract;

/** The council rejected the idea: its reason is kept for the originator. */
@Component("rejectIdea")
@DelegateContract(reads = {Names.DECISION_REASON, Names.INITIATOR}, writes = {Names.OUTCOME})
public class RejectIdea extends RecordIdeaOutcome {

    public RejectIdea(IdeaRepository repository) {
        super(repository);
    }

    @Override
    public void execute(DelegateExecution execution) {
        record(execution, REJECTED, DECISION_REASON.get(execution), null);
    }
}
