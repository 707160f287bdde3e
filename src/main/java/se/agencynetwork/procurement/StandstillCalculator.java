package se.agencynetwork.procurement;

import java.time.DayOfWeek;
import java.time.LocalDate;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * The standstill period (avtalsspärr, LOU 20 kap. 1 §) after an award decision: {@code electronicDays}
 * (10) when the decision was sent electronically, {@code otherDays} (15) otherwise, counted from the
 * day after sending (the sending day is day 0). When the last day is a Saturday, a Sunday or a Swedish
 * public holiday the period ends on the next day that is none of these (lag 1930:173 om beräkning av
 * lagstadgad tid).
 *
 * <p>Holidays come from jollyday's Swedish calendar. It lists midsummer eve, Christmas eve and New
 * Year's eve as public holidays; the 1930 act treats exactly these three eves like holidays for
 * deadlines, so they are kept (docs/PROCUREMENT.md).
 */
public class StandstillCalculator {

    private final HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
    private final int electronicDays;
    private final int otherDays;

    public StandstillCalculator(int electronicDays, int otherDays) {
        if (electronicDays < 1 || otherDays < 1) {
            throw new IllegalArgumentException("standstill periods must be at least one day");
        }
        this.electronicDays = electronicDays;
        this.otherDays = otherDays;
    }

    /** The last day of the standstill period; the contract may be signed the day after. */
    public LocalDate lastDay(LocalDate sentOn, boolean sentElectronically) {
        LocalDate last = sentOn.plusDays(sentElectronically ? electronicDays : otherDays);
        while (!isWorkingDay(last)) {
            last = last.plusDays(1);
        }
        return last;
    }

    /** False on Saturdays, Sundays and Swedish public holidays (incl. midsummer, Christmas and New Year's eve). */
    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.isHoliday(day);
    }
}
