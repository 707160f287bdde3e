package se.agencynetwork.process;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The network's one clock and one time zone. The clock is the engine's ({@link ClockUtil}), so a
 * test that moves the engine clock moves every timer, due date, "today" and timestamp of the
 * application; Spring code gets the same clock as a {@link Clock} bean ({@link #clock()}).
 * Dates people see and enter are Swedish dates (Europe/Stockholm).
 */
public final class NetworkTime {

    /** The network's time zone: every "today", deadline and due date is a date in Sweden. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private static final Clock ENGINE_CLOCK = new EngineClock(ZONE);

    private NetworkTime() {
    }

    /** The engine clock as a {@link Clock} in Swedish time, for code that takes a Clock. */
    public static Clock clock() {
        return ENGINE_CLOCK;
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** The engine clock's time as a {@link Date}, e.g. for history and job due dates. */
    public static Date nowAsDate() {
        return ClockUtil.getCurrentTime();
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(now(), ZONE);
    }

    /** Wall-clock time in Sweden now, for timestamps stored without a zone. */
    public static LocalDateTime localNow() {
        return LocalDateTime.ofInstant(now(), ZONE);
    }

    /**
     * Moves the engine clock, and with it the whole application's, to a moment in Swedish time: for
     * code that lives through time faster than it passes (the demo history).
     */
    public static void setLocalNow(LocalDateTime moment) {
        ClockUtil.setCurrentTime(Date.from(moment.atZone(ZONE).toInstant()));
    }

    /** Sets the engine clock back to the wall clock. */
    public static void reset() {
        ClockUtil.reset();
    }

    /**
     * The date a process variable or form field holds: a form's date field ({@code 2026-12-03}),
     * the same with a time part ({@code 2026-12-03T00:00:00}, the date part counts), a
     * {@link LocalDate}, or a {@link Date} (its day in Sweden). Blank or missing is {@code null}.
     *
     * @throws DateTimeParseException when the text is not a date
     */
    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), ZONE);
        }
        if (value instanceof TemporalAccessor temporal && !(value instanceof Instant)) {
            return LocalDate.from(temporal);
        }
        if (value instanceof Instant instant) {
            return LocalDate.ofInstant(instant, ZONE);
        }
        String text = value.toString().strip();
        if (text.isEmpty()) {
            return null;
        }
        return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
    }

    /** The engine clock seen through {@link Clock}: always reads {@link ClockUtil} again. */
    private static final class EngineClock extends Clock {

        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return other.equals(zone) ? this : new EngineClock(other);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }

        @Override
        public long millis() {
            return ClockUtil.getCurrentTime().getTime();
        }
    }
}
