package se.agencynetwork.delivery;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The calendar invitation of a course occasion (RFC 5545: CRLF line ends, an all-day event from
 * the first to the day after the last day, a stable UID per course so that an update with a higher
 * SEQUENCE replaces the earlier invitation in the participant's calendar).
 */
final class Invitations {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private Invitations() {
    }

    static String calendar(String courseKey, String title, LocalDate start, LocalDate end, String venue, String trainer,
            int sequence) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//agency-network-workflows//course-delivery//SV");
        line(ics, "METHOD:REQUEST");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + courseKey + "@agency-network");
        line(ics, "SEQUENCE:" + sequence);
        line(ics, "DTSTAMP:" + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)));
        line(ics, "DTSTART;VALUE=DATE:" + DATE.format(start));
        line(ics, "DTEND;VALUE=DATE:" + DATE.format(end.plusDays(1)));
        line(ics, "SUMMARY:" + escape(title));
        line(ics, "LOCATION:" + escape(venue));
        if (trainer != null && !trainer.isBlank()) {
            line(ics, "DESCRIPTION:" + escape("Utbildare: " + trainer));
        }
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    static String swedishPeriod(LocalDate start, LocalDate end) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);
        return start.equals(end) ? day.format(start) : day.format(start) + " – " + day.format(end);
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    private static void line(StringBuilder ics, String line) {
        ics.append(line).append("\r\n");
    }
}
