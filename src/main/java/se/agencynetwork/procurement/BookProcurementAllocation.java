package se.agencynetwork.procurement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.costsharing.CostSharingErrors;
import se.agencynetwork.process.DelegateContract;

/**
 * {@code ${bookProcurementAllocation}}: books the preliminary cost allocation through the
 * cost-sharing bean {@code ${preliminaryCostAllocation}} (docs/COST-SHARING.md section 6), declaring
 * what it reads and writes for the model checks (the cost-sharing beans declare no contract yet).
 * Its idempotency key is {@code processInstanceId:activityId}, so the estimate and the award price
 * are two bookings and a retried job books once.
 */
@Component("bookProcurementAllocation")
@DelegateContract(reads = {CostSharingVariables.TOTAL_COST, CostSharingVariables.PARTICIPANTS_BY_AGENCY,
        CostSharingVariables.COST_KEY}, writes = {CostSharingVariables.ALLOCATION_ID, CostSharingVariables.SHARES_BY_AGENCY,
        CostSharingVariables.CO_FUNDING_AGENCIES}, errors = {CostSharingErrors.INVALID, CostSharingErrors.FINAL_EXISTS})
public class BookProcurementAllocation implements JavaDelegate {

    private final JavaDelegate preliminaryCostAllocation;

    public BookProcurementAllocation(@Qualifier("preliminaryCostAllocation") JavaDelegate preliminaryCostAllocation) {
        this.preliminaryCostAllocation = preliminaryCostAllocation;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        preliminaryCostAllocation.execute(execution);
    }
}
