package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.POWER_OF_ATTORNEY_GRANTED;
import static se.agencynetwork.procurement.ProcurementVariables.PROCURING_AGENCY;

import se.agencynetwork.procurement.ProcurementVariables.Names;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;

/** On completion of a head's task: the power of attorney, by whom and when. */
@Component("recordPowerOfAttorney")
@DelegateContract(reads = {CostSharingVariables.AGENCY_CODE, Names.PROCURING_AGENCY, POWER_OF_ATTORNEY_GRANTED}, writes = {})
public record RecordPowerOfAttorney(ProcurementRepository repository) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String user = ProcurementSupport.completedBy(task);
        repository.savePowerOfAttorney(task.getExecution().getProcessBusinessKey(),
                String.valueOf(task.getVariable(CostSharingVariables.AGENCY_CODE)), PROCURING_AGENCY.get(task),
                user, NetworkTime.nowAsDate());
    }
}
