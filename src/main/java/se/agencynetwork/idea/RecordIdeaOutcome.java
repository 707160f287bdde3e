package se.agencynetwork.idea;

import static se.agencynetwork.idea.IdeaVariables.DECISION_REASON;
import static se.agencynetwork.idea.IdeaVariables.DUPLICATE_OF;
import static se.agencynetwork.idea.IdeaVariables.INITIATOR;
import static se.agencynetwork.idea.IdeaVariables.OUTCOME;
import static se.agencynetwork.idea.IdeaVariables.SCREENING_COMMENT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.idea.IdeaRepository.Outcome;

/**
 * Records how an idea ended when it does not go on: merged into an existing idea at screening, or
 * rejected by the council, with the reason the originator is told ({@code idea_outcome} and the
 * variable {@code outcome}). The mail to the originator belongs to the notification mechanism,
 * which finds the reason here.
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
                (String) execution.getVariable(INITIATOR), relatedKey), ClockUtil.getCurrentTime());
        execution.setVariable(OUTCOME, outcome);
    }

    /** The screening found a duplicate: the idea ends, pointing at the existing one. */
    @Component("mergeDuplicateIdea")
    @DelegateContract(reads = {DUPLICATE_OF, SCREENING_COMMENT, INITIATOR}, writes = {OUTCOME})
    public static class MergeDuplicate extends RecordIdeaOutcome {
        public MergeDuplicate(IdeaRepository repository) {
            super(repository);
        }

        @Override
        public void execute(DelegateExecution execution) {
            record(execution, MERGED, (String) execution.getVariable(SCREENING_COMMENT),
                    (String) execution.getVariable(DUPLICATE_OF));
        }
    }

    /** The council rejected the idea: its reason is kept for the originator. */
    @Component("rejectIdea")
    @DelegateContract(reads = {DECISION_REASON, INITIATOR}, writes = {OUTCOME})
    public static class Reject extends RecordIdeaOutcome {
        public Reject(IdeaRepository repository) {
            super(repository);
        }

        @Override
        public void execute(DelegateExecution execution) {
            record(execution, REJECTED, (String) execution.getVariable(DECISION_REASON), null);
        }
    }
}
