package se.agencynetwork.procurement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.costsharing.CostSharingErrors;
import se.agencynetwork.process.DelegateContract;

/**
 * {@code ${recordHeadDecision}} (task listener on complete of a head's approval): records the
 * approval or decline in the ledger through the cost-sharing bean {@code ${costShareDecision}}; a
 * decline takes the agency out, books the recomputed version and sets {@code costShareRecomputed},
 * which ends the round (the multi-instance's completion condition). Declares its contract for the
 * model checks.
 */
@Component("recordHeadDecision")
@DelegateContract(reads = {CostSharingVariables.ALLOCATION_ID, CostSharingVariables.AGENCY_CODE,
        CostSharingVariables.COST_SHARE_APPROVED}, writes = {CostSharingVariables.ALLOCATION_ID,
        CostSharingVariables.SHARES_BY_AGENCY, CostSharingVariables.COST_SHARE_RECOMPUTED},
        errors = {CostSharingErrors.INVALID, CostSharingErrors.SUPERSEDED, CostSharingErrors.NOT_FOUND})
public class RecordHeadDecision implements TaskListener {

    private final TaskListener costShareDecision;

    public RecordHeadDecision(@Qualifier("costShareDecision") TaskListener costShareDecision) {
        this.costShareDecision = costShareDecision;
    }

    @Override
    public void notify(DelegateTask task) {
        costShareDecision.notify(task);
    }
}
