package se.agencynetwork.review;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the yearly network review ({@code network.review.*}).
 *
 * @param yearlyStart    when the review starts by itself: a Quartz-style cron expression
 *                       (seconds minutes hours day-of-month month day-of-week), evaluated by the
 *                       engine in the server's time zone
 * @param responsePeriod how long the agencies have to answer when the start does not name a last
 *                       day; the deadline is the end of that day (Swedish time)
 */
@ConfigurationProperties("network.review")
public record NetworkReviewProperties(
        @DefaultValue("0 0 8 15 1 ?") String yearlyStart,
        @DefaultValue("P21D") Period responsePeriod) {
}
