package se.agencynetwork.yh;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import se.agencynetwork.process.NetworkTime;

/** When the application's timers fire and how its mails write a day. */
final class YhDates {

    private static final DateTimeFormatter SWEDISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("sv-SE"));
    /** Reminders and the next round's timer fire at the start of a working day. */
    private static final LocalTime MORNING = LocalTime.of(8, 0);
    /** A deadline is the end of its day. */
    private static final LocalTime EVENING = LocalTime.of(23, 59);

    private YhDates() {
    }

    static Instant morningOf(LocalDate day) {
        return day.atTime(MORNING).atZone(NetworkTime.ZONE).toInstant();
    }

    static Instant endOf(LocalDate day) {
        return day.atTime(EVENING).atZone(NetworkTime.ZONE).toInstant();
    }

    /** The moment, or now if it has passed (a timer in the past would fire at once anyway; this says so). */
    static Instant notBeforeNow(Instant moment) {
        Instant now = NetworkTime.now();
        return moment.isBefore(now) ? now : moment;
    }

    /** A day as the mails write it: {@code 3 december 2026}. */
    static String swedish(LocalDate day) {
        return SWEDISH_DAY.format(day);
    }

    /** The Swedish day of a moment, as the mails write it. */
    static String swedish(Instant moment) {
        return swedish(LocalDate.ofInstant(moment, NetworkTime.ZONE));
    }
}
