package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.CALL_OFF_PRICE;
import static se.agencynetwork.procurement.ProcurementVariables.CONTRACT_PRICE;
import static se.agencynetwork.procurement.ProcurementVariables.SUPPLIER;
import static se.agencynetwork.procurement.ProcurementVariables.TENDER_ACCEPTED;

import se.agencynetwork.procurement.ProcurementVariables.Names;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.Money;

/**
 * On completion of a call-off by the framework agreement's ranking: the supplier and price the administrator
 * entered become the award the heads approve, as an evaluated tender would ({@link RecordEvaluation}).
 */
@Component("recordCallOff")
@DelegateContract(reads = {SUPPLIER, Names.CALL_OFF_PRICE}, writes = {Names.CONTRACT_PRICE, CostSharingVariables.TOTAL_COST, Names.TENDERS_RECEIVED,
        TENDER_ACCEPTED})
public class RecordCallOff implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Money price = CALL_OFF_PRICE.require(task);
        CONTRACT_PRICE.set(task.getExecution(), price);
        CostSharingVariables.TOTAL.set(task.getExecution(), price);
        task.getExecution().setVariable(Names.TENDERS_RECEIVED, 1);
        task.getExecution().setVariable(TENDER_ACCEPTED, true);
    }
}
