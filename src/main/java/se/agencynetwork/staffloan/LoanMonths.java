package se.agencynetwork.staffloan;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import se.agencynetwork.process.Money;
import se.agencynetwork.process.NetworkTime;

/**
 * The calendar of a running loan: which days a month's ledger row covers, what it comes to and when the
 * next row and the reminder are due. Plain rules, no engine.
 *
 * <p>A row covers one calendar month of the loan, from the first day not yet booked to the end of that
 * month or the loan's last day, whichever comes first. A whole month at one extent is exactly the monthly
 * reimbursement. Otherwise each day costs the monthly reimbursement in force that day divided by the days of
 * the calendar month; the row is the exact sum, rounded half up to the öre once (so a partial month differs
 * from its exact value by at most half an öre, and no remainder is carried to the next month).
 */
final class LoanMonths {

    /** The extent and monthly reimbursement in force from a day. */
    record ExtentPeriod(LocalDate validFrom, int extentPercent, Money monthly) {
    }

    /** The days one row covers. */
    record Period(LocalDate from, LocalDate to) {
    }

    private LoanMonths() {
    }

    /** The next row's days: from the day after {@code bookedThrough} to that month's end or the loan's last day. */
    static Period next(LocalDate bookedThrough, LocalDate loanEnd) {
        LocalDate from = bookedThrough.plusDays(1);
        LocalDate monthEnd = from.withDayOfMonth(from.lengthOfMonth());
        return new Period(from, monthEnd.isBefore(loanEnd) ? monthEnd : loanEnd);
    }

    /** When a period may be booked: at the start of the day after it, Swedish time. */
    static Instant dueAt(Period period) {
        return period.to().plusDays(1).atStartOfDay(NetworkTime.ZONE).toInstant();
    }

    /** The reminder: a month before the loan's last day, at eight in the morning. */
    static Instant reminderAt(LocalDate loanEnd) {
        return loanEnd.minusMonths(1).atTime(LocalTime.of(8, 0)).atZone(NetworkTime.ZONE).toInstant();
    }

    /** What the period costs with the extents in force (sorted by {@code validFrom}, the first from the loan's start). */
    static Money amount(Period period, List<ExtentPeriod> extents) {
        int daysInMonth = period.from().lengthOfMonth();
        BigInteger numerator = BigInteger.ZERO;
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            numerator = numerator.add(BigInteger.valueOf(inForce(day, extents).monthly().ore()));
        }
        // a whole month at one reimbursement is M × days / days = M exactly
        return new Money(new BigDecimal(numerator).divide(BigDecimal.valueOf(daysInMonth), 0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    static ExtentPeriod inForce(LocalDate day, List<ExtentPeriod> extents) {
        ExtentPeriod current = extents.get(0);
        for (ExtentPeriod e : extents) {
            if (!e.validFrom().isAfter(day)) {
                current = e;
            }
        }
        return current;
    }
}
