package se.agencynetwork.recruitment;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the joint recruitment activities ({@code network.recruitment.*}).
 *
 * @param reminderBefore how long before the sign-up deadline the agencies that have not answered are
 *                       reminded (at once when that moment has passed)
 * @param followUpAfter  how long after the activity's day the hires are followed up
 * @param followUpPeriod how long the participating agencies have to report their hires; the deadline is
 *                       the end of that day (Swedish time)
 */
@ConfigurationProperties("network.recruitment")
public record RecruitmentProperties(
        @DefaultValue("P3D") Duration reminderBefore,
        @DefaultValue("P6M") Period followUpAfter,
        @DefaultValue("P21D") Period followUpPeriod) {
}
