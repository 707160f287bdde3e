package se.agencynetwork.yh;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the YH application process ({@code network.yh}).
 *
 * <p>MYH's application round is set each year in that year's MYHFS regulation, so its dates are
 * configuration, not code: {@code application-round.rounds} names the round of a given year when it
 * is known; otherwise {@code default-opens}/{@code default-closes} (month-day, "MM-dd") are assumed.
 *
 * @param defaultWorkingGroup  candidate group that describes the need when the idea names no working group
 * @param minSignedLetters     signed letters of intent needed to go on with an application
 * @param maxReferencePersons  reference persons one application may name (MYH: 25)
 * @param applicationRound     the yearly application round's dates
 * @param letterPeriod         the heads have this long to answer a letter of intent
 * @param letterReminderBefore heads who have not answered are reminded this long before that deadline
 * @param roundReminderBefore  the coordinator is reminded this long before the round closes
 */
@ConfigurationProperties("network.yh")
public record YhProperties(
        @DefaultValue("wg-legal") String defaultWorkingGroup,
        @DefaultValue("2") int minSignedLetters,
        @DefaultValue("25") int maxReferencePersons,
        @DefaultValue ApplicationRound applicationRound,
        @DefaultValue("P21D") Period letterPeriod,
        @DefaultValue("P5D") Period letterReminderBefore,
        @DefaultValue("P14D") Period roundReminderBefore) {

    /**
     * @param defaultOpens  "MM-dd" the round opens in a year not listed in {@code rounds}
     * @param defaultCloses "MM-dd" the round closes in such a year
     * @param rounds        known rounds by year (from that year's MYHFS)
     */
    public record ApplicationRound(
            @DefaultValue("04-01") String defaultOpens,
            @DefaultValue("06-15") String defaultCloses,
            Map<Integer, Round> rounds) {

        /** The round of the given year. */
        public Round of(int year) {
            if (rounds != null && rounds.containsKey(year)) {
                return rounds.get(year);
            }
            return new Round(monthDay(defaultOpens).atYear(year), monthDay(defaultCloses).atYear(year));
        }

        /** The round an application prepared on {@code day} goes into: this year's unless it has closed. */
        public Round current(LocalDate day) {
            Round round = of(day.getYear());
            return day.isAfter(round.closes()) ? of(day.getYear() + 1) : round;
        }

        /** The first round that opens after {@code day}. */
        public Round next(LocalDate day) {
            Round round = of(day.getYear());
            return day.isBefore(round.opens()) ? round : of(day.getYear() + 1);
        }

        private static MonthDay monthDay(String value) {
            return MonthDay.parse("--" + value);
        }
    }

    /** One application round: the first and the last day applications are accepted. */
    public record Round(LocalDate opens, LocalDate closes) {
    }
}
