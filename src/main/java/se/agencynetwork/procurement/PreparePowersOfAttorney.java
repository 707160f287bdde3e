package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.POWER_OF_ATTORNEY_AGENCIES;
import static se.agencynetwork.procurement.ProcurementVariables.PROCURING_AGENCY;

import se.agencynetwork.procurement.ProcurementVariables.Names;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.ProcessJson;

/** The co-funders left after the start approvals, but the procuring agency: one task each. */
@Component("preparePowersOfAttorney")
@DelegateContract(reads = {CostSharingVariables.CO_FUNDING_AGENCIES, Names.PROCURING_AGENCY}, writes = {Names.POWER_OF_ATTORNEY_AGENCIES})
public class PreparePowersOfAttorney implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
        List<String> agencies = new ArrayList<>(ProcessJson.strings(execution.getVariable(CostSharingVariables.CO_FUNDING_AGENCIES)));
        agencies.remove(PROCURING_AGENCY.get(execution));
        agencies.sort(null);
        POWER_OF_ATTORNEY_AGENCIES.set(execution, agencies);
    }
}
