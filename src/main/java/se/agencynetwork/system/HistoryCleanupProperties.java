package se.agencynetwork.system;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code network.history-cleanup}: when the engine's history cleanup runs, every night between
 * {@code start} and {@code end} (engine time, Swedish). Camunda runs it only when such a window is
 * configured; without one the models' history time to live, the evaluation's retention and the mail
 * jobs' log removal would remove nothing until an administrator started the cleanup in Cockpit.
 *
 * @param enabled whether the engine schedules the cleanup (tests switch it off: they run it themselves)
 * @param start   the window's start, {@code HH:mm}
 * @param end     the window's end, {@code HH:mm}; earlier than {@code start} means the next morning
 */
@ConfigurationProperties("network.history-cleanup")
public record HistoryCleanupProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("00:00") LocalTime start,
        @DefaultValue("05:00") LocalTime end) {

    public HistoryCleanupProperties {
        if (start.equals(end)) {
            throw new IllegalArgumentException("network.history-cleanup.end must differ from "
                    + "network.history-cleanup.start (both " + start + ")");
        }
    }
}
