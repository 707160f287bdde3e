package se.agencynetwork.review;

import org.springframework.stereotype.Component;

/**
 * The schedule that the yearly timer start event of the review reads through
 * {@code ${networkReviewSchedule.cycle}}: the engine evaluates it at deployment and again when
 * {@link YearlyReviewTimer} recalculates the timer at start-up.
 */
@Component("networkReviewSchedule")
public record NetworkReviewSchedule(NetworkReviewProperties properties) {

    /** The cron expression of the yearly start. */
    public String getCycle() {
        return properties.yearlyStart();
    }
}
