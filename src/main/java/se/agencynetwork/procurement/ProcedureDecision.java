package se.agencynetwork.procurement;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The deployed decision table {@code procurementProcedure} (processes/procurement-procedure.dmn): its inputs
 * are the contract's value ({@code estimatedValue}), the value for the direct award limit (the contract plus
 * the year's earlier direct awards of the same kind), annex 2 or not, and the day; its row is an
 * {@link Outcome}. The process evaluates it in a business rule task; {@link #evaluate} is the same as one
 * call. Empty when no row holds for that day: the thresholds of its period are not in the table.
 */
public final class ProcedureDecision {

    public static final String DECISION_KEY = "procurementProcedure";

    /** One row of the table. */
    public record Outcome(String procedure, boolean documentationRequired, boolean standstillApplies,
            int minimumTenderPeriodDays, boolean postAwardNotice) {

        /** Sets the row's process variables. */
        void writeTo(VariableScope scope) {
            ProcurementVariables.PROCEDURE.set(scope, procedure);
            ProcurementVariables.DOCUMENTATION_REQUIRED.set(scope, documentationRequired);
            ProcurementVariables.STANDSTILL_APPLIES.set(scope, standstillApplies);
            ProcurementVariables.MINIMUM_TENDER_PERIOD_DAYS.set(scope, minimumTenderPeriodDays);
            ProcurementVariables.POST_AWARD_NOTICE.set(scope, postAwardNotice);
        }
    }

    private ProcedureDecision() {
    }

    public static Optional<Outcome> evaluate(DecisionService decisions, long value, long directAwardValue, boolean annexTwo,
            LocalDate date) {
        DmnDecisionTableResult result = decisions.evaluateDecisionTableByKey(DECISION_KEY, Variables.createVariables()
                .putValue(ProcurementVariables.Names.ESTIMATED_VALUE, value)
                .putValue(ProcurementVariables.Names.DIRECT_AWARD_VALUE, directAwardValue)
                .putValue(ProcurementVariables.Names.ANNEX_TWO, annexTwo)
                .putValue(ProcurementVariables.Names.DECISION_DATE, date.toString()));
        return result.isEmpty() ? Optional.empty() : Optional.of(outcome(result.getSingleResult().getEntryMap()));
    }

    /** A row of the table by its output names. */
    static Outcome outcome(Map<String, Object> row) {
        return new Outcome((String) row.get(ProcurementVariables.Names.PROCEDURE),
                Boolean.TRUE.equals(row.get(ProcurementVariables.Names.DOCUMENTATION_REQUIRED)),
                Boolean.TRUE.equals(row.get(ProcurementVariables.Names.STANDSTILL_APPLIES)),
                ((Number) row.get(ProcurementVariables.Names.MINIMUM_TENDER_PERIOD_DAYS)).intValue(),
                Boolean.TRUE.equals(row.get(ProcurementVariables.Names.POST_AWARD_NOTICE)));
    }
}
