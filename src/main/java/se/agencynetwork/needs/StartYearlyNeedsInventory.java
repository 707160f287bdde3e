package se.agencynetwork.needs;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.idea.IdeaProperties;

/**
 * The yearly start ({@code needs-inventory-yearly}, timer from {@code network.idea.needs-inventory-cycle}):
 * starts {@code needs-inventory} as a coordinator would, with the reporting deadline
 * {@code network.idea.needs-report-period} ahead. Camunda 7 allows no timer start next to the none
 * start event that carries the coordinators' start form, hence the small process of its own.
 */
@Component("startYearlyNeedsInventory")
@DelegateContract
public class StartYearlyNeedsInventory implements JavaDelegate {

    private final IdeaProperties properties;

    public StartYearlyNeedsInventory(IdeaProperties properties) {
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate deadline = ClockUtil.getCurrentTime().toInstant().plus(properties.needsReportPeriod())
                .atZone(PrepareNeedsInventory.ZONE).toLocalDate();
        execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(NeedsVariables.PROCESS_KEY,
                Map.of(NeedsVariables.REPORT_DEADLINE, deadline.toString(),
                        NeedsVariables.INVENTORY_NOTE, "Årlig behovsinventering."));
    }
}
