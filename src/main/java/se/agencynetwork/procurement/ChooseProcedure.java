package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.AGENCY_PARTICIPANTS;
import static se.agencynetwork.procurement.ProcurementVariables.ANNEX_TWO;
import static se.agencynetwork.procurement.ProcurementVariables.CPV_CODE;
import static se.agencynetwork.procurement.ProcurementVariables.DECISION_DATE;
import static se.agencynetwork.procurement.ProcurementVariables.DOCUMENTATION_REQUIRED;
import static se.agencynetwork.procurement.ProcurementVariables.ESTIMATED_VALUE;
import static se.agencynetwork.procurement.ProcurementVariables.MINIMUM_TENDER_PERIOD_DAYS;
import static se.agencynetwork.procurement.ProcurementVariables.PROCEDURE;
import static se.agencynetwork.procurement.ProcurementVariables.STANDSTILL_APPLIES;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.forms.DelegateContract;
import se.agencynetwork.forms.ProcessJson;

/**
 * Picks the procedure: classifies the CPV code (annex 2 training services or not, {@link CpvCodes}),
 * evaluates the deployed decision table {@code procurementProcedure} with the value and today's date,
 * and prepares the preliminary cost allocation from the requirement (the estimate as total, the
 * agencies' participants). No row for the date means no threshold is known: an incident, fixed by
 * adding the row and retrying.
 */
@Component("chooseProcedure")
@DelegateContract(reads = {CPV_CODE, ESTIMATED_VALUE, AGENCY_PARTICIPANTS},
        writes = {ANNEX_TWO, DECISION_DATE, PROCEDURE, DOCUMENTATION_REQUIRED, STANDSTILL_APPLIES,
                MINIMUM_TENDER_PERIOD_DAYS, CostSharingVariables.TOTAL_COST, CostSharingVariables.PARTICIPANTS_BY_AGENCY})
public class ChooseProcedure implements JavaDelegate {

    public static final String DECISION_KEY = "procurementProcedure";

    @Override
    public void execute(DelegateExecution execution) {
        String cpv = (String) execution.getVariable(CPV_CODE);
        boolean annexTwo = CpvCodes.isAnnexTwoTraining(cpv);
        BigDecimal value = ProcurementSupport.amount(execution.getVariable(ESTIMATED_VALUE));
        String date = ProcurementSupport.today().toString();
        DmnDecisionTableResult result = execution.getProcessEngineServices().getDecisionService()
                .evaluateDecisionTableByKey(DECISION_KEY, Variables.createVariables()
                        .putValue("value", value.doubleValue())
                        .putValue(ANNEX_TWO, annexTwo)
                        .putValue(DECISION_DATE, date));
        if (result.isEmpty()) {
            throw new ProcessEngineException("Inget tröskelvärde gäller för " + date + " i " + DECISION_KEY
                    + " (no threshold row in force on that date: add it and redeploy)");
        }
        Map<String, Object> row = result.getSingleResult().getEntryMap();
        execution.setVariable(ANNEX_TWO, annexTwo);
        execution.setVariable(DECISION_DATE, date);
        execution.setVariable(PROCEDURE, row.get(PROCEDURE));
        execution.setVariable(DOCUMENTATION_REQUIRED, row.get(DOCUMENTATION_REQUIRED));
        execution.setVariable(STANDSTILL_APPLIES, row.get(STANDSTILL_APPLIES));
        execution.setVariable(MINIMUM_TENDER_PERIOD_DAYS, ((Number) row.get(MINIMUM_TENDER_PERIOD_DAYS)).intValue());

        HashMap<String, Integer> participants = new HashMap<>();
        for (Map<String, Object> line : ProcurementSupport.rows(execution.getVariable(AGENCY_PARTICIPANTS))) {
            Object count = line.get("participants");
            participants.put(String.valueOf(line.get("agency")), count == null ? 0 : ((Number) count).intValue());
        }
        execution.setVariable(CostSharingVariables.PARTICIPANTS_BY_AGENCY, ProcessJson.map(new TreeMap<>(participants)));
        execution.setVariable(CostSharingVariables.TOTAL_COST, value.setScale(2).toPlainString());
    }
}
