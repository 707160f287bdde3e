package se.agencynetwork.yh;

import static se.agencynetwork.yh.YhVariables.APPROVED;
import static se.agencynetwork.yh.YhVariables.DECISION_MESSAGE;
import static se.agencynetwork.yh.YhVariables.MYH_DECISION;
import static se.agencynetwork.yh.YhVariables.REJECTED;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.yh.YhVariables.Names;

/**
 * {@code ${checkYhDecision}} (end of the message event): a decision sent over the REST API must say
 * approved or rejected; anything else is refused (HTTP 400) and nothing changes.
 */
@Component("checkYhDecision")
@DelegateContract(reads = {Names.MYH_DECISION})
class CheckYhDecision implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        String decision = MYH_DECISION.get(execution);
        if (!APPROVED.equals(decision) && !REJECTED.equals(decision)) {
            throw new BadUserRequestException("The message " + DECISION_MESSAGE + " needs the variable "
                    + MYH_DECISION + " = 'approved' or 'rejected', not " + (decision == null ? "none" : "'" + decision + "'"));
        }
    }
}
