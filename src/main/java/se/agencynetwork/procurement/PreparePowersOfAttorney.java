package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.POWER_OF_ATTORNEY_AGENCIES;
import static se.agencynetwork.procurement.ProcurementVariables.PROCURING_AGENCY;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.ProcessJson;
import se.agencynetwork.procurement.ProcurementVariables.Var;

/** The co-funders left after the start approvals, but the procuring agency: one task each. */
@Component("preparePowersOfAttorney")
@DelegateContract(reads = {CostSharingVariables.CO_FUNDING_AGENCIES, PROCURING_AGENCY}, writes = {POWER_OF_ATTORNEY_AGENCIES})
public class PreparePowersOfAttorney implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
        List<String> agencies = new ArrayList<>(ProcessJson.strings(execution.getVariable(CostSharingVariables.CO_FUNDING_AGENCIES)));
        agencies.remove(Var.PROCURING_AGENCY.get(execution));
        agencies.sort(null);
        Var.POWER_OF_ATTORNEY_AGENCIES.set(execution, agencies);
    }
}
