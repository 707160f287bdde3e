package se.agencynetwork.costsharing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.Spin;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.agencynetwork.process.ProcessJson;

/**
 * Books a preliminary or final allocation from the process variables of {@link CostSharingVariables}
 * and writes back its id and the shares. Impossible input becomes a BpmnError
 * ({@link CostSharingErrors}); technical failures propagate (retry, incident).
 */
abstract class CostAllocationDelegate implements JavaDelegate {

    private final AllocationKind kind;
    private final CostLedger ledger;
    private final Clock clock;
    private final ObjectMapper json;
    private final VariableReader variables;

    CostAllocationDelegate(AllocationKind kind, CostLedger ledger, Clock clock, ObjectMapper json) {
        this.kind = kind;
        this.ledger = ledger;
        this.clock = clock;
        this.json = json;
        this.variables = new VariableReader(json);
    }

    @Override
    public void execute(DelegateExecution execution) {
        BookedAllocation booked;
        try {
            String activityKey = variables.text(execution, CostSharingVariables.ACTIVITY_KEY);
            if (activityKey == null) {
                activityKey = execution.getProcessBusinessKey();
            }
            String idempotencyKey = variables.text(execution, CostSharingVariables.IDEMPOTENCY_KEY);
            if (idempotencyKey == null) {
                idempotencyKey = execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId();
            }
            AllocationRequest request = new AllocationRequest(
                    variables.amount(execution, CostSharingVariables.TOTAL_COST, true),
                    variables.costKey(execution),
                    variables.coFunders(execution),
                    variables.amount(execution, CostSharingVariables.FIXED_FEE_PER_AGENCY, false),
                    variables.inKind(execution),
                    LocalDate.now(clock));
            booked = ledger.book(activityKey, kind, idempotencyKey, bookedBy(execution), request);
        } catch (CostAllocationException e) {
            throw CostSharingErrors.toBpmnError(e);
        }
        writeResult(execution, booked, json);
        execution.setVariable(CostSharingVariables.CO_FUNDING_AGENCIES, ProcessJson.list(booked.sharesByAgency().keySet()));
    }

    /**
     * Writes the allocation id and the shares. Not the co-funders list: a running (sequential)
     * multi-instance approval re-reads its collection and must not see it shrink.
     */
    static void writeResult(org.camunda.bpm.engine.delegate.VariableScope scope, BookedAllocation booked,
                            ObjectMapper json) {
        Map<String, BigDecimal> shares = booked.sharesByAgency();
        scope.setVariable(CostSharingVariables.ALLOCATION_ID, booked.id());
        try {
            scope.setVariable(CostSharingVariables.SHARES_BY_AGENCY, Spin.JSON(json.writeValueAsString(shares)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("shares not serializable", e);
        }
    }

    private static String bookedBy(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : "engine";
    }
}
