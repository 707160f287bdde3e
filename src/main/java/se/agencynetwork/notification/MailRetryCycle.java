package se.agencynetwork.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The waits between the attempts of a mail job, from {@code network.notification.retry-cycle}: a list of
 * ISO-8601 durations ({@code PT1M,PT5M,PT30M}) or Camunda's repeat form ({@code R3/PT10M}, three waits of ten
 * minutes). A job is tried once, then once after each wait; a failure after the last wait is an incident.
 */
record MailRetryCycle(List<Duration> waits) {

    private static final Pattern REPEAT = Pattern.compile("R(\\d+)/(P\\S+)");

    MailRetryCycle {
        waits = List.copyOf(waits);
    }

    static MailRetryCycle parse(String text) {
        String value = text == null ? "" : text.trim();
        Matcher repeat = REPEAT.matcher(value);
        if (repeat.matches()) {
            return new MailRetryCycle(Collections.nCopies(Integer.parseInt(repeat.group(1)), Duration.parse(repeat.group(2))));
        }
        List<Duration> waits = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                waits.add(Duration.parse(part.trim()));
            }
        }
        return new MailRetryCycle(waits);
    }

    /** Attempts in all: the first one and one after each wait. */
    int attempts() {
        return waits.size() + 1;
    }

    /** The wait before the next attempt when {@code retriesLeft} attempts remain after a failure (1..waits). */
    Duration waitWith(int retriesLeft) {
        int index = Math.max(0, Math.min(waits.size() - retriesLeft, waits.size() - 1));
        return waits.isEmpty() ? Duration.ZERO : waits.get(index);
    }
}
