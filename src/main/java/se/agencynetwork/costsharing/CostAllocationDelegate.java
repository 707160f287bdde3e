package se.agencynetwork.costsharing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The cost-sharing beans for models that hand the booking its input as process variables
 * ({@link CostSharingVariables}, docs/COST-SHARING.md): reads and checks them, then books through
 * {@link CostBooking}. Steps of this application book through {@link CostBooking} with typed values.
 */
abstract class CostAllocationDelegate implements JavaDelegate {

    private final AllocationKind kind;
    private final CostBooking booking;
    private final VariableReader variables;

    CostAllocationDelegate(AllocationKind kind, CostBooking booking, ObjectMapper json) {
        this.kind = kind;
        this.booking = booking;
        this.variables = new VariableReader(json);
    }

    @Override
    public void execute(DelegateExecution execution) {
        booking.book(execution, kind, () -> new AllocationRequest(
                variables.amount(execution, CostSharingVariables.TOTAL, true),
                variables.costKey(execution),
                variables.coFunders(execution),
                variables.amount(execution, CostSharingVariables.FIXED_FEE, false),
                variables.inKind(execution),
                booking.today()));
    }
}
