package se.agencynetwork.costsharing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.agencynetwork.process.ProcessVariable;

/**
 * {@code ${costShareDecision}}: records an agency head's approval or decline of the agency's line.
 * Use it as a task listener on {@code complete} of the head's task (who decided = the assignee, else
 * the logged-in user) or as a delegate after it (who decided = {@code costShareDecidedBy}). A decline
 * recomputes the shares without the agency: {@code allocationId} and {@code sharesByAgency} then
 * point to the new version and {@code costShareRecomputed} is true.
 */
@Component("costShareDecision")
class CostShareDecision implements TaskListener, JavaDelegate {

    private final CostLedger ledger;
    private final ObjectMapper json;
    private final VariableReader variables;

    CostShareDecision(CostLedger ledger, ObjectMapper json) {
        this.ledger = ledger;
        this.json = json;
        this.variables = new VariableReader(json);
    }

    @Override
    public void notify(DelegateTask task) {
        String user = task.getAssignee();
        if (user == null) {
            Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            user = authentication == null ? null : authentication.getUserId();
        }
        decide(task, user);
    }

    @Override
    public void execute(DelegateExecution execution) {
        decide(execution, variables.text(execution, CostSharingVariables.COST_SHARE_DECIDED_BY));
    }

    private void decide(VariableScope scope, String user) {
        try {
            String allocationId = variables.text(scope, CostSharingVariables.ALLOCATION_ID);
            String agency = variables.text(scope, CostSharingVariables.AGENCY_CODE);
            Object approved = scope.getVariable(CostSharingVariables.COST_SHARE_APPROVED);
            if (agency == null || !(approved instanceof Boolean)) {
                throw CostAllocationException.invalid(
                        "Variablerna '" + CostSharingVariables.AGENCY_CODE + "' och '"
                                + CostSharingVariables.COST_SHARE_APPROVED + "' (ja/nej) krävs.",
                        "agencyCode and costShareApproved (Boolean) required");
            }
            String comment = variables.text(scope, CostSharingVariables.COST_SHARE_COMMENT);
            String decidedBy = user == null ? "okänd" : user;
            if ((Boolean) approved) {
                ledger.approve(allocationId, agency, decidedBy, comment);
                // every head's approval: written once, not again for each head
                ProcessVariable.setChanged(scope, CostSharingVariables.COST_SHARE_RECOMPUTED, false);
            } else {
                DeclineOutcome outcome = ledger.decline(allocationId, agency, decidedBy, comment);
                if (outcome.recomputed().isPresent()) {
                    CostBooking.writeResult(scope, outcome.recomputed().get(), json);
                    scope.setVariable(CostSharingVariables.COST_SHARE_RECOMPUTED, true);
                } else {
                    throw CostAllocationException.invalid(
                            "Ingen medfinansierande myndighet återstår efter att '" + agency + "' avböjt.",
                            "no co-funding agency left");
                }
            }
        } catch (CostAllocationException e) {
            throw CostSharingErrors.toBpmnError(e);
        }
    }
}
