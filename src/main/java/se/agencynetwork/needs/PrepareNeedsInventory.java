package se.agencynetwork.needs;

import static se.agencynetwork.needs.NeedsVariables.INVENTORY_AGENCIES;
import static se.agencynetwork.needs.NeedsVariables.REPORT_DEADLINE;
import static se.agencynetwork.needs.NeedsVariables.REPORT_DEADLINE_AT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.needs.NeedsVariables.Names;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.system.BusinessKeys;

/**
 * Opens a needs inventory: business key {@code NEEDS-2026-0001}, every member agency is asked,
 * the deadline is the end of the day the coordinator chose or, when the yearly timer started it,
 * {@code network.idea.needs-report-period} from now.
 */
@Component("prepareNeedsInventory")
@DelegateContract(writes = {Names.INVENTORY_AGENCIES, Names.REPORT_DEADLINE_AT})
public class PrepareNeedsInventory implements JavaDelegate {

    /** A deadline day ends at this time, in Sweden. */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    private final BusinessKeys businessKeys;
    private final NetworkDirectory directory;
    private final NeedsProperties properties;

    public PrepareNeedsInventory(BusinessKeys businessKeys, NetworkDirectory directory, NeedsProperties properties) {
        this.businessKeys = businessKeys;
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        if (key == null || !key.startsWith(NeedsVariables.BUSINESS_KEY_PREFIX + "-")) {
            execution.setProcessBusinessKey(businessKeys.next(NeedsVariables.BUSINESS_KEY_PREFIX));
        }
        LocalDate chosen = REPORT_DEADLINE.get(execution);
        Instant deadline = chosen == null ? NetworkTime.now().plus(properties.needsReportPeriod())
                : chosen.atTime(END_OF_DAY).atZone(NetworkTime.ZONE).toInstant();
        INVENTORY_AGENCIES.set(execution, directory.agencyCodes());
        REPORT_DEADLINE_AT.set(execution, deadline);
    }
}
