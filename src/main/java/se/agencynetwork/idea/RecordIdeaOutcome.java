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

import se.agencynetwork.forms.DelegateContract;
import se.agencynetwork.idea.IdeaRepository.Outcome;

/**
 * Records how an idea ended when it does not go on: merged into an existing idea (screening) or
 * rejected by the council, with the reason the originator is told ({@code idea_outcome} and the
 * variable {@code outcome}). The mail to the originator belongs to the notification mechanism.
 */
@Component("recordIdeaOutcome")
@DelegateContract(reads = {RecordIdeaOutcome.OUTCOME_KIND, DUPLICATE_OF, SCREENING_COMMENT, DECISION_REASON, INITIATOR},
        writes = {OUTCOME})
public class RecordIdeaOutcome implements JavaDelegate {

    public static final String MERGED = "merged";
    public static final String REJECTED = "rejected";
    /** Input parameter of the service task: {@link #MERGED} or {@link #REJECTED}. */
    public static final String OUTCOME_KIND = "outcomeKind";

    private final IdeaRepository repository;

    public RecordIdeaOutcome(IdeaRepository repository) {
        this.repository = repository;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String outcome = String.valueOf(execution.getVariableLocal(OUTCOME_KIND));
        boolean merged = MERGED.equals(outcome);
        String reason = (String) execution.getVariable(merged ? SCREENING_COMMENT : DECISION_REASON);
        repository.saveOutcome(new Outcome(execution.getProcessBusinessKey(), outcome, reason,
                (String) execution.getVariable(INITIATOR), merged ? (String) execution.getVariable(DUPLICATE_OF) : null),
                ClockUtil.getCurrentTime());
        execution.setVariable(OUTCOME, outcome);
    }
}
