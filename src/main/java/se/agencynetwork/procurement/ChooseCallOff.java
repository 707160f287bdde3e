package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.AGENCY_PARTICIPANTS;
import static se.agencynetwork.procurement.ProcurementVariables.ANNEX_TWO;
import static se.agencynetwork.procurement.ProcurementVariables.CALL_OFF;
import static se.agencynetwork.procurement.ProcurementVariables.CPV_CODE;
import static se.agencynetwork.procurement.ProcurementVariables.DECISION_DATE;
import static se.agencynetwork.procurement.ProcurementVariables.ESTIMATED_VALUE;
import static se.agencynetwork.procurement.ProcurementVariables.FRAMEWORK_AGREEMENT_NAME;
import static se.agencynetwork.procurement.ProcurementVariables.PROCURING_AGENCY;
import static se.agencynetwork.procurement.ProcurementVariables.PROCURING_AGENCY_NAME;
import static se.agencynetwork.procurement.ProcurementVariables.RENEWED_COMPETITION;
import static se.agencynetwork.procurement.ProcurementVariables.VALUE_BASIS;

import se.agencynetwork.procurement.ProcurementVariables.Names;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.Money;

/**
 * A call-off from a state framework agreement (förordning 1998:796 om statlig inköpssamordning): the agreement
 * was procured already, so no threshold decides anything; no standstill, no post-award notice, no direct-award
 * documentation ({@link #outcome(boolean)}). With a renewed competition the framework's suppliers are asked
 * for tenders with at least {@link #RENEWED_COMPETITION_DAYS} days (network guideline, like quotes); otherwise
 * the call-off follows the agreement's ranking. Prepares the preliminary cost allocation as
 * {@link PrepareProcedureChoice} does.
 */
@Component("chooseCallOff")
@DelegateContract(reads = {Names.CPV_CODE, Names.ESTIMATED_VALUE, AGENCY_PARTICIPANTS, Names.PROCURING_AGENCY, Names.FRAMEWORK_AGREEMENT_NAME,
        Names.RENEWED_COMPETITION}, writes = {Names.ANNEX_TWO, Names.DECISION_DATE, Names.PROCEDURE, Names.DOCUMENTATION_REQUIRED, Names.STANDSTILL_APPLIES,
        Names.MINIMUM_TENDER_PERIOD_DAYS, Names.POST_AWARD_NOTICE, Names.VALUE_BASIS, Names.PROCURING_AGENCY_NAME, CostSharingVariables.TOTAL_COST,
        CostSharingVariables.PARTICIPANTS_BY_AGENCY})
public class ChooseCallOff implements JavaDelegate {

    public static final int RENEWED_COMPETITION_DAYS = 10;

    private final NetworkDirectory directory;

    public ChooseCallOff(NetworkDirectory directory) {
        this.directory = directory;
    }

    /** What a call-off from a framework agreement asks for. */
    public static ProcedureDecision.Outcome outcome(boolean renewedCompetition) {
        return new ProcedureDecision.Outcome(CALL_OFF, false, false, renewedCompetition ? RENEWED_COMPETITION_DAYS : 0, false);
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cpv = CPV_CODE.require(execution);
        long value = ESTIMATED_VALUE.require(execution).wholeKronorRoundedUp();
        String agency = PROCURING_AGENCY.require(execution);
        boolean renewed = RENEWED_COMPETITION.get(execution, false);
        ProcedureDecision.Outcome row = outcome(renewed);
        LocalDate today = NetworkTime.today();
        ANNEX_TWO.set(execution, CpvCodes.isAnnexTwoTraining(cpv));
        DECISION_DATE.set(execution, today);
        PROCURING_AGENCY_NAME.set(execution, directory.agencyName(agency));
        VALUE_BASIS.set(execution, "kontraktets värde " + ProcurementSupport.kronor(value) + "; avrop från det statliga ramavtalet "
                + FRAMEWORK_AGREEMENT_NAME.get(execution) + (renewed ? " med förnyad konkurrensutsättning" : " enligt dess rangordning"));
        row.writeTo(execution);
        CostSharingVariables.PARTICIPANTS.set(execution, ProcurementSupport.participantsByAgency(execution.getVariable(AGENCY_PARTICIPANTS)));
        CostSharingVariables.TOTAL.set(execution, Money.ofKronor(value));
    }
}
