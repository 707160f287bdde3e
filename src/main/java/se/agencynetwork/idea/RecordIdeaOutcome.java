package se.agencynetwork.idea;

import static se.agencynetwork.idea.IdeaVariables.INITIATOR;
import static se.agencynetwork.idea.IdeaVariables.OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import se.agencynetwork.idea.IdeaRepository.Outcome;
import se.agencynetwork.process.NetworkTime;

/**
 * Records how an idea ended when it does not go on: merged into an existing idea at screening, or
 * rejected by the council, with the reason the originator is told ({@code idea_outcome} and the
 * variable {@code outcome}). The mail to the originator belongs to the notification mechanism,
 * which finds the reason here. The steps: {@link MergeDuplicateIdea}, {@link RejectIdea}.
 */
public abstract class RecordIdeaOutcome implements JavaDelegate {

    public static final String MERGED = "merged";
    public static final String REJECTED = "rejected";

    private final IdeaRepository repository;

    protected RecordIdeaOutcome(IdeaRepository repository) {
        this.repository = repository;
    }

    protected void record(DelegateExecution execution, String outcome, String reason, String relatedKey) {
        repository.saveOutcome(new Outcome(execution.getProcessBusinessKey(), outcome, reason,
                INITIATOR.get(execution), relatedKey), NetworkTime.nowAsDate());
        OUTCOME.set(execution, outcome);
    }
}
