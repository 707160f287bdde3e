package se.agencynetwork.costsharing;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code ${preliminaryCostAllocation}}: after procurement, shares the estimated cost by expected participants. */
@Component("preliminaryCostAllocation")
class PreliminaryCostAllocation extends CostAllocationDelegate {

    PreliminaryCostAllocation(CostBooking booking, ObjectMapper json) {
        super(AllocationKind.PRELIMINARY, booking, json);
    }
}
