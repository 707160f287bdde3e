package se.agencynetwork.delivery;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of course delivery.
 *
 * @param reminderBefore      participants are reminded this long before the first day (default 2 days)
 * @param minimumParticipants the usual lowest number of participants for an occasion to go ahead
 *                            without the council's decision (default 6); the plan form shows it and
 *                            the training administrator may set another for the occasion
 */
@ConfigurationProperties("network.delivery")
public record DeliveryProperties(Period reminderBefore, Integer minimumParticipants) {

    public DeliveryProperties {
        reminderBefore = reminderBefore == null ? Period.ofDays(2) : reminderBefore;
        minimumParticipants = minimumParticipants == null ? 6 : minimumParticipants;
        if (minimumParticipants < 1) {
            throw new IllegalArgumentException("network.delivery.minimum-participants must be at least 1, was "
                    + minimumParticipants);
        }
    }
}
