package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.ANNEX_TWO;
import static se.agencynetwork.procurement.ProcurementVariables.DECISION_DATE;
import static se.agencynetwork.procurement.ProcurementVariables.DECISION_RESULT;
import static se.agencynetwork.procurement.ProcurementVariables.THRESHOLDS_MISSING;
import static se.agencynetwork.procurement.ProcurementVariables.VALUE_BASIS;

import se.agencynetwork.procurement.ProcurementVariables.Names;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;

/**
 * Ends the business rule task "Välj förfarande i beslutstabellen": the table's row (the engine's transient
 * {@code decisionResult}, never stored) becomes the process's variables {@code procedure}, {@code documentationRequired},
 * {@code standstillApplies}, {@code minimumTenderPeriodDays} and {@code postAwardNotice}, and
 * {@code thresholdsMissing} is cleared. No row for the day means the thresholds of that period are not in
 * the table: {@code thresholdsMissing} gets the Swedish reason, and the gateway "Finns tröskelvärden för
 * perioden?" sends the case to the coordinators.
 */
@Component("recordProcedureDecision")
@DelegateContract(reads = {Names.ANNEX_TWO, Names.DECISION_DATE, Names.VALUE_BASIS},
        writes = {Names.PROCEDURE, Names.DOCUMENTATION_REQUIRED, Names.STANDSTILL_APPLIES, Names.MINIMUM_TENDER_PERIOD_DAYS, Names.POST_AWARD_NOTICE,
                Names.THRESHOLDS_MISSING})
public class RecordProcedureDecision implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        DmnDecisionResult result = DECISION_RESULT.require(execution);
        if (result.isEmpty()) {
            boolean annexTwo = ANNEX_TWO.get(execution, false);
            THRESHOLDS_MISSING.set(execution, "Tröskelvärden saknas för " + DECISION_DATE.get(execution)
                    + " (" + (annexTwo ? "tjänst enligt bilaga 2" : "varor och tjänster") + ", " + VALUE_BASIS.get(execution)
                    + "): beslutstabellen " + ProcedureDecision.DECISION_KEY + " har ingen rad för dagen. Lägg in periodens"
                    + " tröskelvärden i kronor, driftsätt tabellen och slutför uppgiften.");
            return;
        }
        THRESHOLDS_MISSING.set(execution, null);
        ProcedureDecision.outcome(result.getSingleResult().getEntryMap()).writeTo(execution);
    }
}
