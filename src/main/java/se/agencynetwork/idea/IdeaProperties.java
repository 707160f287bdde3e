package se.agencynetwork.idea;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the idea process and the needs inventory ({@code network.idea}).
 *
 * @param minAgencies          agencies that must want to take part before the council may say yes
 * @param minParticipants      participants all agencies together must expect before the council may say yes
 * @param reminderBefore       how long before the interest round's deadline the silent agencies are reminded
 * @param needsInventoryCycle  when the yearly needs inventory starts (Camunda cron, seconds first)
 * @param needsReportPeriod    how long agencies have to report their needs when the inventory starts by the timer
 */
@ConfigurationProperties("network.idea")
public record IdeaProperties(
        @DefaultValue("3") int minAgencies,
        @DefaultValue("10") int minParticipants,
        @DefaultValue("P3D") Duration reminderBefore,
        @DefaultValue("0 0 7 1 9 ?") String needsInventoryCycle,
        @DefaultValue("P30D") Duration needsReportPeriod) {
}
