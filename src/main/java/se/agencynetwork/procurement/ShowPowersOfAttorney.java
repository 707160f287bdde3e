package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.POWERS_OF_ATTORNEY;
import static se.agencynetwork.procurement.ProcurementVariables.PROCURING_AGENCY;

import se.agencynetwork.procurement.ProcurementVariables.Names;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.DelegateContract;

/** On creation of the documentation and contract tasks: the powers of attorney given, in Swedish. */
@Component("showPowersOfAttorney")
@DelegateContract(reads = {Names.PROCURING_AGENCY}, writes = {Names.POWERS_OF_ATTORNEY})
public record ShowPowersOfAttorney(
        ProcurementRepository repository,
        NetworkDirectory directory) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        POWERS_OF_ATTORNEY.setLocal(task, PowersOfAttorney.summary(repository, directory, task.getExecution().getProcessBusinessKey(),
                PROCURING_AGENCY.get(task)));
    }
}
