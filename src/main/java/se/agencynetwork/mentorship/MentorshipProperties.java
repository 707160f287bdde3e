package se.agencynetwork.mentorship;

import java.time.LocalTime;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the mentorship programme ({@code network.mentorship.*}).
 *
 * @param approvalPeriod how long the heads have to approve their agency's nominees after the last day to nominate
 * @param checkInPeriod  how long a training coordinator has to record a check-in (mid-point, closing)
 * @param eventTime      the time of day (Swedish) of the kick-off, the mid-point and the closing
 * @param evaluationPeriod the adepts' and mentors' evaluation closes this long after the programme's last day (23:59)
 */
@ConfigurationProperties("network.mentorship")
public record MentorshipProperties(
        @DefaultValue("P7D") Period approvalPeriod,
        @DefaultValue("P14D") Period checkInPeriod,
        @DefaultValue("09:00") LocalTime eventTime,
        @DefaultValue("P21D") Period evaluationPeriod) {

    /** A deadline day ends at this time, in Sweden. */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

}
