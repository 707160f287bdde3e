package se.agencynetwork.idea;

import static se.agencynetwork.idea.IdeaVariables.DUPLICATE_OF;
import static se.agencynetwork.idea.IdeaVariables.SCREENING_COMMENT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.agencynetwork.idea.IdeaVariables.Names;
import se.agencynetwork.process.DelegateContract;

/** The screening found a duplicate: the idea ends, pointing at the existing one. */
@Component("mergeDuplicateIdea")
@DelegateContract(reads = {Names.DUPLICATE_OF, Names.SCREENING_COMMENT, Names.INITIATOR}, writes = {Names.OUTCOME})
public class MergeDuplicateIdea extends RecordIdeaOutcome {

    public MergeDuplicateIdea(IdeaRepository repository) {
        super(repository);
    }

    @Override
    public void execute(DelegateExecution execution) {
        record(execution, MERGED, SCREENING_COMMENT.get(execution), DUPLICATE_OF.get(execution));
    }
}
