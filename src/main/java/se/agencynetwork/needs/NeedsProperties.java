package se.agencynetwork.needs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the needs inventory. They sit under {@code network.idea} with the idea's settings
 * (the inventory feeds ideas), so the keys operators know stay as they are.
 *
 * @param needsInventoryCycle  when the yearly needs inventory starts (Camunda cron, seconds first)
 * @param needsReportPeriod    how long agencies have to report their needs when the inventory starts by the timer
 */
@ConfigurationProperties("network.idea")
public record NeedsProperties(
        @DefaultValue("0 0 7 1 9 ?") String needsInventoryCycle,
        @DefaultValue("P30D") Duration needsReportPeriod) {
}
