package se.agencynetwork.needs;

import static se.agencynetwork.needs.NeedsVariables.INVENTORY_AGENCIES;
import static se.agencynetwork.needs.NeedsVariables.REPORT_DEADLINE;
import static se.agencynetwork.needs.NeedsVariables.REPORT_DEADLINE_AT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.idea.IdeaProperties;
import se.agencynetwork.system.BusinessKeys;
import se.agencynetwork.process.ProcessJson;

/**
 * Opens a needs inventory: business key {@code NEEDS-2026-0001}, every member agency is asked,
 * the deadline is the end of the day the coordinator chose or, when the yearly timer started it,
 * {@code network.idea.needs-report-period} from now.
 */
@Component("prepareNeedsInventory")
@DelegateContract(writes = {INVENTORY_AGENCIES, REPORT_DEADLINE_AT})
public class PrepareNeedsInventory implements JavaDelegate {

    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final BusinessKeys businessKeys;
    private final NetworkDirectory directory;
    private final IdeaProperties properties;

    public PrepareNeedsInventory(BusinessKeys businessKeys, NetworkDirectory directory, IdeaProperties properties) {
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
        Object chosen = execution.getVariable(REPORT_DEADLINE);
        Instant deadline = chosen == null || chosen.toString().isBlank()
                ? ClockUtil.getCurrentTime().toInstant().plus(properties.needsReportPeriod())
                : LocalDate.parse(chosen.toString().substring(0, 10)).atTime(LocalTime.of(23, 59)).atZone(ZONE).toInstant();
        execution.setVariable(INVENTORY_AGENCIES, ProcessJson.list(directory.agencyCodes()));
        execution.setVariable(REPORT_DEADLINE_AT, Date.from(deadline));
    }
}
