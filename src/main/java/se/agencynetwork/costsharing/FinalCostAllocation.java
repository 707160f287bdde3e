package se.agencynetwork.costsharing;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code ${finalCostAllocation}}: after delivery, shares the actual cost by attendance; supersedes the preliminary one. */
@Component("finalCostAllocation")
class FinalCostAllocation extends CostAllocationDelegate {

    FinalCostAllocation(CostBooking booking, ObjectMapper json) {
        super(AllocationKind.FINAL, booking, json);
    }
}
