package se.agencynetwork.procurement;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The deployed decision table {@code procurementProcedure} (processes/procurement-procedure.dmn) as one
 * call: the contract's value, the value for the direct award limit (the contract plus the year's earlier
 * direct awards of the same kind), annex 2 or not, and the day. Empty when no row holds for that day:
 * the thresholds of its period are not in the table.
 */
public final class ProcedureDecision {

    public static final String DECISION_KEY = "procurementProcedure";

    /** One row of the table. */
    public record Outcome(String procedure, boolean documentationRequired, boolean standstillApplies,
            int minimumTenderPeriodDays, boolean postAwardNotice) {
    }

    private ProcedureDecision() {
    }

    public static Optional<Outcome> evaluate(DecisionService decisions, long value, long directAwardValue, boolean annexTwo,
            LocalDate date) {
        DmnDecisionTableResult result = decisions.evaluateDecisionTableByKey(DECISION_KEY, Variables.createVariables()
                .putValue("value", value)
                .putValue(ProcurementVariables.DIRECT_AWARD_VALUE, directAwardValue)
                .putValue(ProcurementVariables.ANNEX_TWO, annexTwo)
                .putValue(ProcurementVariables.DECISION_DATE, date.toString()));
        if (result.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = result.getSingleResult().getEntryMap();
        return Optional.of(new Outcome((String) row.get(ProcurementVariables.PROCEDURE),
                Boolean.TRUE.equals(row.get(ProcurementVariables.DOCUMENTATION_REQUIRED)),
                Boolean.TRUE.equals(row.get(ProcurementVariables.STANDSTILL_APPLIES)),
                ((Number) row.get(ProcurementVariables.MINIMUM_TENDER_PERIOD_DAYS)).intValue(),
                Boolean.TRUE.equals(row.get(ProcurementVariables.POST_AWARD_NOTICE))));
    }
}
