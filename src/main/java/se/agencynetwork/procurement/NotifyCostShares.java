package se.agencynetwork.procurement;

import se.agencynetwork.procurement.ProcurementVariables.Names;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.costsharing.BookedAllocation;
import se.agencynetwork.costsharing.CostLedger;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.notification.MailContext;
import se.agencynetwork.notification.MailKind;
import se.agencynetwork.notification.Notifications;
import se.agencynetwork.notification.Recipients;

/**
 * After the contract: tells the heads of every co-funding agency their agency's share of the
 * allocation they approved with the award (mail kind {@code cost-share}, one occasion per allocation).
 */
@Component("notifyCostShares")
@DelegateContract(reads = {Names.SUBJECT}, writes = {})
public record NotifyCostShares(
        CostLedger ledger,
        Notifications notifications,
        Recipients recipients,
        NetworkDirectory directory) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        BookedAllocation allocation = ProcurementSupport.currentAllocation(ledger, key)
                .orElseThrow(() -> new IllegalStateException("no current allocation for " + key));
        for (BookedAllocation.Line line : allocation.lines()) {
            Map<String, Object> model = new HashMap<>();
            model.put("activityTitle", execution.getVariable(Names.SUBJECT));
            model.put("agencyName", directory.agencyName(line.agency()));
            model.put("shareAmount", line.share().swedish());
            model.put("totalAmount", allocation.total().swedish());
            model.put("costKey", allocation.key().swedishName());
            notifications.send(MailKind.COST_SHARE, recipients.headsOf(line.agency()), model,
                    MailContext.of(execution.getProcessInstanceId(), key), "procurement:" + allocation.id() + ":" + line.agency(),
                    null);
        }
    }
}
