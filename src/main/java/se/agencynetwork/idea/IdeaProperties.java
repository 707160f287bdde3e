package se.agencynetwork.idea;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the idea process ({@code network.idea}; the needs inventory's settings under the same
 * prefix are {@code needs.NeedsProperties}).
 *
 * @param minAgencies          agencies that must want to take part before the council may say yes
 * @param minParticipants      participants all agencies together must expect before the council may say yes
 * @param reminderBefore       how long before the interest round's deadline the silent agencies are reminded
 */
@ConfigurationProperties("network.idea")
public record IdeaProperties(
        @DefaultValue("3") int minAgencies,
        @DefaultValue("10") int minParticipants,
        @DefaultValue("P3D") Duration reminderBefore) {
}
