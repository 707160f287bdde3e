package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.AGENCY_NAME;
import static se.agencynetwork.procurement.ProcurementVariables.AGENCY_SHARE;

import se.agencynetwork.procurement.ProcurementVariables.Names;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.costsharing.BookedAllocation;
import se.agencynetwork.costsharing.CostLedger;
import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.DelegateContract;

/**
 * On creation of a head's approval task: puts the agency's name and its current preliminary share
 * ("7 200,00 kr", from the ledger) on the task, for the form to show read-only.
 */
@Component("showAgencyShare")
@DelegateContract(reads = {CostSharingVariables.AGENCY_CODE}, writes = {Names.AGENCY_SHARE, Names.AGENCY_NAME})
public record ShowAgencyShare(CostLedger ledger, NetworkDirectory directory) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String agency = String.valueOf(task.getVariable(CostSharingVariables.AGENCY_CODE));
        String share = ProcurementSupport.currentAllocation(ledger, task.getExecution().getProcessBusinessKey())
                .flatMap(a -> a.line(agency)).map(BookedAllocation.Line::share).map(amount -> amount.swedish() + " kr")
                .orElse("okänd");
        AGENCY_SHARE.setLocal(task, share);
        AGENCY_NAME.setLocal(task, directory.agencyName(agency));
    }
}
