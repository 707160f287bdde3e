package se.agencynetwork.staffloan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of staff loans ({@code network.staff-loan.*}).
 *
 * @param overheadRates the personnel overhead (lönekostnadspåslag) on salary as a fraction, each in force
 *                      from its date until the next one. The state's employer agency (Arbetsgivarverket)
 *                      publishes the rate every year; the figures in application.yaml are examples that
 *                      must be replaced with the published ones.
 * @param evaluationPeriod how long the two agencies' heads have for "Utvärdera utlånet" once the loan has ended
 *                      (the task is due at the end of that day, with the usual reminder before it); 14 days
 *                      unless configured
 */
@ConfigurationProperties("network.staff-loan")
public record StaffLoanProperties(List<OverheadRate> overheadRates, Period evaluationPeriod) {

    static final Period DEFAULT_EVALUATION_PERIOD = Period.ofDays(14);

    /** A rate ({@code 0.4915} = 49,15 %) in force from {@code validFrom}. */
    public record OverheadRate(LocalDate validFrom, BigDecimal rate) {
    }

    public StaffLoanProperties {
        overheadRates = overheadRates == null ? List.of() : List.copyOf(overheadRates);
        evaluationPeriod = evaluationPeriod == null ? DEFAULT_EVALUATION_PERIOD : evaluationPeriod;
    }

    /** The rate in force on {@code date}: the one with the latest start on or before it. */
    BigDecimal overheadRateOn(LocalDate date) {
        return overheadRates.stream()
                .filter(rate -> !rate.validFrom().isAfter(date))
                .max(Comparator.comparing(OverheadRate::validFrom))
                .map(OverheadRate::rate)
                .orElseThrow(() -> new IllegalStateException("No personnel overhead rate configured for " + date
                        + " (network.staff-loan.overhead-rates)"));
    }
}
