package se.agencynetwork.delivery;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of course delivery.
 *
 * @param reminderBefore participants are reminded this long before the first day (default 2 days)
 */
@ConfigurationProperties("network.delivery")
public record DeliveryProperties(Period reminderBefore) {

    public DeliveryProperties {
        reminderBefore = reminderBefore == null ? Period.ofDays(2) : reminderBefore;
    }
}
