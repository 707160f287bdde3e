package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.AGENCY_PARTICIPANTS;
import static se.agencynetwork.procurement.ProcurementVariables.ANNEX_TWO;
import static se.agencynetwork.procurement.ProcurementVariables.CPV_CODE;
import static se.agencynetwork.procurement.ProcurementVariables.DECISION_DATE;
import static se.agencynetwork.procurement.ProcurementVariables.DIRECT_AWARD_VALUE;
import static se.agencynetwork.procurement.ProcurementVariables.EARLIER_DIRECT_AWARDS;
import static se.agencynetwork.procurement.ProcurementVariables.ESTIMATED_VALUE;
import static se.agencynetwork.procurement.ProcurementVariables.ESTIMATED_VALUE_KRONOR;
import static se.agencynetwork.procurement.ProcurementVariables.PROCURING_AGENCY;
import static se.agencynetwork.procurement.ProcurementVariables.PROCURING_AGENCY_NAME;
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
 * Prepares the inputs of the decision table {@code procurementProcedure} that the business rule task
 * "Välj förfarande i beslutstabellen" evaluates: the contract's value in whole kronor
 * ({@code estimatedValue}), annex 2 training services or not ({@link CpvCodes}), the value for the direct
 * award limit (the contract plus the direct awards of the same kind earlier in the financial year: same CPV
 * group, same procuring agency, {@link ProcurementRepository#directAwardsInYear}) and today's date. The sum
 * and its parts go to {@code valueBasis} in Swedish. It also prepares the preliminary cost allocation from
 * the requirement. What the table decided is recorded by {@link RecordProcedureDecision}.
 */
@Component("prepareProcedureChoice")
@DelegateContract(reads = {Names.CPV_CODE, Names.ESTIMATED_VALUE, AGENCY_PARTICIPANTS, Names.PROCURING_AGENCY},
        writes = {Names.ESTIMATED_VALUE, Names.ANNEX_TWO, Names.DECISION_DATE, Names.EARLIER_DIRECT_AWARDS, Names.DIRECT_AWARD_VALUE, Names.VALUE_BASIS,
                Names.PROCURING_AGENCY_NAME, RegisterContract.DOC_AUTHORITY, CostSharingVariables.TOTAL_COST,
                CostSharingVariables.PARTICIPANTS_BY_AGENCY})
public record PrepareProcedureChoice(
        ProcurementRepository contracts,
        NetworkDirectory directory) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String cpv = CPV_CODE.require(execution);
        long value = ESTIMATED_VALUE.require(execution).wholeKronorRoundedUp();
        String agency = PROCURING_AGENCY.require(execution);
        String agencyName = directory.agencyName(agency);
        LocalDate today = NetworkTime.today();
        String group = ProcurementSupport.cpvGroup(cpv);
        long earlier = contracts.directAwardsInYear(agency, group, today.getYear()).wholeKronorRoundedUp();

        ESTIMATED_VALUE_KRONOR.set(execution, value);
        ANNEX_TWO.set(execution, CpvCodes.isAnnexTwoTraining(cpv));
        DECISION_DATE.set(execution, today);
        EARLIER_DIRECT_AWARDS.set(execution, earlier);
        DIRECT_AWARD_VALUE.set(execution, value + earlier);
        VALUE_BASIS.set(execution, basis(value, earlier, group, agencyName, today.getYear()));
        PROCURING_AGENCY_NAME.set(execution, agencyName);
        execution.setVariable(RegisterContract.DOC_AUTHORITY, agencyName + " (upphandlande myndighet för de medfinansierande myndigheterna)");

        CostSharingVariables.PARTICIPANTS.set(execution, ProcurementSupport.participantsByAgency(execution.getVariable(AGENCY_PARTICIPANTS)));
        CostSharingVariables.TOTAL.set(execution, Money.ofKronor(value));
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
