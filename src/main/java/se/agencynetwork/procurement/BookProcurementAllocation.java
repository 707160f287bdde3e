package se.agencynetwork.procurement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.costsharing.AllocationKind;
import se.agencynetwork.costsharing.CostBooking;
import se.agencynetwork.costsharing.CostKey;
import se.agencynetwork.costsharing.CostSharingErrors;
import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.process.DelegateContract;

/**
 * {@code ${bookProcurementAllocation}}: books the preliminary cost allocation through cost sharing
 * ({@link CostBooking}, docs/COST-SHARING.md section 6): the amount at hand (the estimate, then the award
 * price), the co-funders' expected participants and the idea's cost key. Its idempotency key is
 * {@code processInstanceId:activityId}, so the estimate and the award price are two bookings and a
 * retried job books once.
 */
@Component("bookProcurementAllocation")
@DelegateContract(reads = {CostSharingVariables.TOTAL_COST, CostSharingVariables.PARTICIPANTS_BY_AGENCY,
        CostSharingVariables.COST_KEY}, writes = {CostSharingVariables.ALLOCATION_ID, CostSharingVariables.SHARES_BY_AGENCY,
        CostSharingVariables.CO_FUNDING_AGENCIES}, errors = {CostSharingErrors.INVALID, CostSharingErrors.FINAL_EXISTS})
public record BookProcurementAllocation(CostBooking booking) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        booking.book(execution, AllocationKind.PRELIMINARY, CostSharingVariables.TOTAL.require(execution),
                CostSharingVariables.KEY.get(execution, CostKey.PER_PARTICIPANT), CostSharingVariables.PARTICIPANTS.require(execution));
    }
}
