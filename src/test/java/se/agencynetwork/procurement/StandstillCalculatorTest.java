package se.agencynetwork.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The standstill end date: 10 / 15 days from the day after sending, moved past weekends and Swedish holidays. */
class StandstillCalculatorTest {

    final StandstillCalculator calculator = new StandstillCalculator(10, 15);

    @Test
    void electronicEndingOnAWeekday() {
        // sent Monday 2026-03-02, day 10 = Thursday 2026-03-12
        assertThat(calculator.lastDay(LocalDate.of(2026, 3, 2), true)).isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void byLetterEndingOnAWeekday() {
        // sent Monday 2026-03-02, day 15 = Tuesday 2026-03-17
        assertThat(calculator.lastDay(LocalDate.of(2026, 3, 2), false)).isEqualTo(LocalDate.of(2026, 3, 17));
    }

    @Test
    void electronicEndingOnASaturdayMovesToMonday() {
        // sent Wednesday 2026-03-04, day 10 = Saturday 2026-03-14 -> Monday 2026-03-16
        assertThat(calculator.lastDay(LocalDate.of(2026, 3, 4), true)).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void byLetterEndingOnASundayMovesToMonday() {
        // sent Saturday 2026-02-28 (day 0 may be any day), day 15 = Sunday 2026-03-15 -> Monday 2026-03-16
        assertThat(calculator.lastDay(LocalDate.of(2026, 2, 28), false)).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void endingOnMidsummerEveMovesPastTheMidsummerWeekend() {
        // midsummer eve 2026 = Friday 19 June; sent Tuesday 9 June, day 10 = 19 June -> Monday 22 June
        assertThat(calculator.isWorkingDay(LocalDate.of(2026, 6, 19))).isFalse();
        assertThat(calculator.lastDay(LocalDate.of(2026, 6, 9), true)).isEqualTo(LocalDate.of(2026, 6, 22));
    }

    @Test
    void acrossChristmasAndNewYear() {
        // sent Monday 2026-12-14 electronically: day 10 = Thursday 24 Dec (Christmas eve) -> 25, 26, 27
        // are holidays/weekend -> Monday 28 Dec
        assertThat(calculator.lastDay(LocalDate.of(2026, 12, 14), true)).isEqualTo(LocalDate.of(2026, 12, 28));
        // sent Wednesday 2026-12-16 by letter: day 15 = Thursday 31 Dec (New Year's eve) -> 1 Jan holiday,
        // 2-3 Jan weekend -> Monday 4 Jan 2027
        assertThat(calculator.lastDay(LocalDate.of(2026, 12, 16), false)).isEqualTo(LocalDate.of(2027, 1, 4));
        // sent Tuesday 2026-12-22 electronically: day 10 = Friday 1 Jan (holiday), 2-3 Jan weekend -> Monday 4 Jan
        assertThat(calculator.lastDay(LocalDate.of(2026, 12, 22), true)).isEqualTo(LocalDate.of(2027, 1, 4));
        // sent Saturday 2026-12-27 electronically: day 10 = Wednesday 6 Jan (Epiphany) -> Thursday 7 Jan
        assertThat(calculator.lastDay(LocalDate.of(2026, 12, 27), true)).isEqualTo(LocalDate.of(2027, 1, 7));
    }

    @Test
    void acrossEaster() {
        // Easter 2026: Good Friday 3 April, Easter Sunday 5 April, Easter Monday 6 April.
        // sent Tuesday 2026-03-24 electronically: day 10 = Friday 3 April -> Sat, Sun, Mon holiday -> Tuesday 7 April
        assertThat(calculator.lastDay(LocalDate.of(2026, 3, 24), true)).isEqualTo(LocalDate.of(2026, 4, 7));
        // a period running across Easter but ending after it is not moved: sent 2026-03-30 by letter,
        // day 15 = Tuesday 14 April
        assertThat(calculator.lastDay(LocalDate.of(2026, 3, 30), false)).isEqualTo(LocalDate.of(2026, 4, 14));
    }

    @Test
    void anOrdinaryWeekdayIsAWorkingDay() {
        assertThat(calculator.isWorkingDay(LocalDate.of(2026, 6, 18))).isTrue();
        assertThat(calculator.isWorkingDay(LocalDate.of(2026, 6, 6))).isFalse(); // national day (a Saturday in 2026 too)
        assertThat(calculator.isWorkingDay(LocalDate.of(2027, 6, 7))).isTrue(); // Monday, no substitute holiday in Sweden
    }
}
