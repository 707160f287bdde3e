package se.agencynetwork.needs;

import static se.agencynetwork.needs.NeedsVariables.INVENTORY_NOTE;
import static se.agencynetwork.needs.NeedsVariables.REPORT_DEADLINE;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;

/**
 * The yearly start ({@code needs-inventory-yearly}, timer from {@code network.idea.needs-inventory-cycle}):
 * starts {@code needs-inventory} as a coordinator would, with the reporting deadline
 * {@code network.idea.needs-report-period} ahead. Camunda 7 allows no timer start next to the none
 * start event that carries the coordinators' start form, hence the small process of its own.
 */
@Component("startYearlyNeedsInventory")
@DelegateContract
public record StartYearlyNeedsInventory(NeedsProperties properties) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate deadline = LocalDate.ofInstant(NetworkTime.now().plus(properties.needsReportPeriod()), NetworkTime.ZONE);
        execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(NeedsVariables.PROCESS_KEY,
                INVENTORY_NOTE.put(REPORT_DEADLINE.put(Variables.createVariables(), deadline), "Årlig behovsinventering."));
    }
}
