package se.agencynetwork.costsharing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.agencynetwork.process.Money;
import se.agencynetwork.process.ProcessJson;
import se.agencynetwork.process.ProcessVariable;

/**
 * Books an allocation for the process step that runs it, with typed values: the ledger entry for the
 * case (activity = the business key unless {@link CostSharingVariables#ACTIVITY_KEY} says otherwise), once
 * per step ({@code processInstanceId:activityId}, stable over job retries, unless
 * {@link CostSharingVariables#IDEMPOTENCY_KEY} is set), by the signed-in user or "engine". Writes back
 * the allocation id, the shares and the co-funding agencies. Impossible input becomes a BpmnError
 * ({@link CostSharingErrors}); technical failures propagate (retry, incident).
 */
@Component
public record CostBooking(CostLedger ledger, Clock clock, ObjectMapper json) {

    /** Shares {@code total} by {@code key} between the agencies and their participants, no fixed fee, no in-kind. */
    public BookedAllocation book(DelegateExecution execution, AllocationKind kind, Money total, CostKey key,
            Map<String, Long> participantsByAgency) {
        List<CoFunder> coFunders = participantsByAgency.entrySet().stream()
                .map(e -> new CoFunder(e.getKey(), Math.toIntExact(e.getValue()))).toList();
        return book(execution, kind, () -> new AllocationRequest(total, key, coFunders, null, List.of(), today()));
    }

    /** The request is built inside, so its refusals ({@link CostAllocationException}) become BpmnErrors too. */
    BookedAllocation book(DelegateExecution execution, AllocationKind kind, RequestSource request) {
        BookedAllocation booked;
        try {
            booked = ledger.book(activityKey(execution), kind, idempotencyKey(execution), bookedBy(execution), request.get());
        } catch (CostAllocationException e) {
            throw CostSharingErrors.toBpmnError(e);
        }
        writeResult(execution, booked, json);
        ProcessVariable.setChanged(execution, CostSharingVariables.CO_FUNDING_AGENCIES, ProcessJson.list(booked.sharesByAgency().keySet()));
        return booked;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What a booking shares; reading it may refuse the input. */
    @FunctionalInterface
    interface RequestSource {
        AllocationRequest get();
    }

    /**
     * Writes the allocation id and the shares. Not the co-funders list: a running (sequential)
     * multi-instance approval re-reads its collection and must not see it shrink.
     */
    static void writeResult(org.camunda.bpm.engine.delegate.VariableScope scope, BookedAllocation booked, ObjectMapper json) {
        scope.setVariable(CostSharingVariables.ALLOCATION_ID, booked.id());
        try {
            scope.setVariable(CostSharingVariables.SHARES_BY_AGENCY,
                    org.camunda.spin.Spin.JSON(json.writeValueAsString(booked.sharesByAgency())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("shares not serializable", e);
        }
    }

    private static String activityKey(DelegateExecution execution) {
        String given = text(execution.getVariable(CostSharingVariables.ACTIVITY_KEY));
        return given != null ? given : execution.getProcessBusinessKey();
    }

    private static String idempotencyKey(DelegateExecution execution) {
        String given = text(execution.getVariable(CostSharingVariables.IDEMPOTENCY_KEY));
        return given != null ? given : execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId();
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    private static String bookedBy(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : "engine";
    }
}
