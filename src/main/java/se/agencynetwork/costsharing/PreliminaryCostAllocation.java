package se.agencynetwork.costsharing;

import java.time.Clock;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code ${preliminaryCostAllocation}}: after procurement, shares the estimated cost by expected participants. */
@Component("preliminaryCostAllocation")
class PreliminaryCostAllocation extends CostAllocationDelegate {

    PreliminaryCostAllocation(CostLedger ledger, Clock clock, ObjectMapper json) {
        super(AllocationKind.PRELIMINARY, ledger, clock, json);
    }
}
