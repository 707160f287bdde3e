package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.AGENCY_PARTICIPANTS;
import static se.agencynetwork.procurement.ProcurementVariables.ANNEX_TWO;
import static se.agencynetwork.procurement.ProcurementVariables.CPV_CODE;
import static se.agencynetwork.procurement.ProcurementVariables.DECISION_DATE;
import static se.agencynetwork.procurement.ProcurementVariables.DIRECT_AWARD_VALUE;
import static se.agencynetwork.procurement.ProcurementVariables.DOCUMENTATION_REQUIRED;
import static se.agencynetwork.procurement.ProcurementVariables.EARLIER_DIRECT_AWARDS;
import static se.agencynetwork.procurement.ProcurementVariables.ERROR_THRESHOLDS_MISSING;
import static se.agencynetwork.procurement.ProcurementVariables.ESTIMATED_VALUE;
import static se.agencynetwork.procurement.ProcurementVariables.MINIMUM_TENDER_PERIOD_DAYS;
import static se.agencynetwork.procurement.ProcurementVariables.POST_AWARD_NOTICE;
import static se.agencynetwork.procurement.ProcurementVariables.PROCEDURE;
import static se.agencynetwork.procurement.ProcurementVariables.PROCURING_AGENCY;
import static se.agencynetwork.procurement.ProcurementVariables.PROCURING_AGENCY_NAME;
import static se.agencynetwork.procurement.ProcurementVariables.STANDSTILL_APPLIES;
import static se.agencynetwork.procurement.ProcurementVariables.THRESHOLDS_MISSING;
import static se.agencynetwork.procurement.ProcurementVariables.VALUE_BASIS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.directory.Agency;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.ProcessJson;

/**
 * Picks the procedure: classifies the CPV code (annex 2 training services or not, {@link CpvCodes}),
 * adds the direct awards of the same kind earlier in the financial year (same CPV group, same procuring
 * agency, {@link ProcurementRepository#directAwardsInYear}) to the contract's value for the direct award
 * limit, and evaluates the deployed decision table with both values and today's date
 * ({@link ProcedureDecision}). It prepares the preliminary cost allocation from the requirement.
 * No row for the date means the thresholds of that period are not in the table: BpmnError
 * {@code THRESHOLDS_MISSING} with the Swedish reason, and the coordinator's task in the model.
 */
@Component("chooseProcedure")
@DelegateContract(reads = {CPV_CODE, ESTIMATED_VALUE, AGENCY_PARTICIPANTS, PROCURING_AGENCY},
        writes = {ANNEX_TWO, DECISION_DATE, PROCEDURE, DOCUMENTATION_REQUIRED, STANDSTILL_APPLIES,
                MINIMUM_TENDER_PERIOD_DAYS, POST_AWARD_NOTICE, EARLIER_DIRECT_AWARDS, DIRECT_AWARD_VALUE, VALUE_BASIS,
                PROCURING_AGENCY_NAME, THRESHOLDS_MISSING, RegisterContract.DOC_AUTHORITY,
                CostSharingVariables.TOTAL_COST, CostSharingVariables.PARTICIPANTS_BY_AGENCY},
        errors = {ERROR_THRESHOLDS_MISSING})
public class ChooseProcedure implements JavaDelegate {

    /** Kept for callers that name the table through this class. */
    public static final String DECISION_KEY = ProcedureDecision.DECISION_KEY;

    private final ProcurementRepository contracts;
    private final NetworkDirectory directory;

    public ChooseProcedure(ProcurementRepository contracts, NetworkDirectory directory) {
        this.contracts = contracts;
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cpv = (String) execution.getVariable(CPV_CODE);
        boolean annexTwo = CpvCodes.isAnnexTwoTraining(cpv);
        long value = ProcurementSupport.wholeKronor(execution.getVariable(ESTIMATED_VALUE));
        String agency = (String) execution.getVariable(PROCURING_AGENCY);
        String agencyName = directory.agency(agency).map(Agency::name).orElse(agency);
        LocalDate today = ProcurementSupport.today();
        String group = ProcurementSupport.cpvGroup(cpv);
        long earlier = contracts.directAwardsInYear(agency, group, today.getYear())
                .setScale(0, RoundingMode.CEILING).longValueExact();
        long directAwardValue = value + earlier;

        Optional<ProcedureDecision.Outcome> decided = ProcedureDecision.evaluate(
                execution.getProcessEngineServices().getDecisionService(), value, directAwardValue, annexTwo, today);
        String basis = basis(value, earlier, group, agencyName, today.getYear());
        execution.setVariable(PROCURING_AGENCY_NAME, agencyName);
        execution.setVariable(EARLIER_DIRECT_AWARDS, earlier);
        execution.setVariable(DIRECT_AWARD_VALUE, directAwardValue);
        execution.setVariable(VALUE_BASIS, basis);
        execution.setVariable(DECISION_DATE, today.toString());
        execution.setVariable(ANNEX_TWO, annexTwo);
        if (decided.isEmpty()) {
            String reason = "Tröskelvärden saknas för " + today + " (" + (annexTwo ? "tjänst enligt bilaga 2" : "varor och tjänster")
                    + ", " + basis + "): beslutstabellen procurementProcedure har ingen rad för dagen. Lägg in periodens"
                    + " tröskelvärden i kronor, driftsätt tabellen och slutför uppgiften.";
            execution.setVariable(THRESHOLDS_MISSING, reason);
            throw new BpmnError(ERROR_THRESHOLDS_MISSING, reason);
        }
        ProcedureDecision.Outcome row = decided.get();
        execution.setVariable(THRESHOLDS_MISSING, null);
        execution.setVariable(PROCEDURE, row.procedure());
        execution.setVariable(DOCUMENTATION_REQUIRED, row.documentationRequired());
        execution.setVariable(STANDSTILL_APPLIES, row.standstillApplies());
        execution.setVariable(MINIMUM_TENDER_PERIOD_DAYS, row.minimumTenderPeriodDays());
        execution.setVariable(POST_AWARD_NOTICE, row.postAwardNotice());
        execution.setVariable(RegisterContract.DOC_AUTHORITY, agencyName + " (upphandlande myndighet för de medfinansierande myndigheterna)");

        execution.setVariable(CostSharingVariables.PARTICIPANTS_BY_AGENCY,
                ProcessJson.map(ProcurementSupport.participantsByAgency(execution.getVariable(AGENCY_PARTICIPANTS))));
        execution.setVariable(CostSharingVariables.TOTAL_COST, BigDecimal.valueOf(value).setScale(2).toPlainString());
    }

    /** The value and, where added, the year's earlier direct awards of the same kind, in Swedish. */
    static String basis(long value, long earlier, String group, String agencyName, int year) {
        String contract = "kontraktets värde " + ProcurementSupport.kronor(value);
        if (earlier == 0) {
            return contract + "; inga tidigare direktupphandlingar av samma slag (CPV-grupp " + group + ", " + agencyName
                    + ") under " + year;
        }
        return contract + " + tidigare direktupphandlingar av samma slag under " + year + " (CPV-grupp " + group + ", "
                + agencyName + ") " + ProcurementSupport.kronor(earlier) + " = " + ProcurementSupport.kronor(value + earlier)
                + " mot direktupphandlingsgränsen";
    }
}
