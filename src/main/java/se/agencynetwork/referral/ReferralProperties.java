package se.agencynetwork.referral;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of candidate sharing ({@code network.referral.*}).
 *
 * @param answerPeriod   how long the candidate has to answer the consent request; no answer by the end
 *                       of that day (Swedish time) is no consent and everything is deleted
 * @param reminderBefore the candidate is reminded this long before that deadline
 * @param sharingPeriod  with consent, the profile is shown to the other agencies' HR this long; then
 *                       everything is deleted
 */
@ConfigurationProperties("network.referral")
public record ReferralProperties(
        @DefaultValue("P14D") Period answerPeriod,
        @DefaultValue("P4D") Period reminderBefore,
        @DefaultValue("P6M") Period sharingPeriod) {

    public ReferralProperties {
        if (answerPeriod.isNegative() || answerPeriod.isZero()) {
            throw new IllegalArgumentException("network.referral.answer-period must be positive, was " + answerPeriod);
        }
        if (sharingPeriod.isNegative() || sharingPeriod.isZero()) {
            throw new IllegalArgumentException("network.referral.sharing-period must be positive, was " + sharingPeriod);
        }
    }
}
