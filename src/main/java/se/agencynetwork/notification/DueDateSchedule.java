package se.agencynetwork.notification;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the due date check on every node that runs jobs ({@code camunda.bpm.job-execution.enabled},
 * the same switch as the job executor): idempotent, so several nodes doing it is harmless. Tests
 * run without the job executor and call {@link DueDateCheck#check} themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "camunda.bpm.job-execution", name = "enabled", havingValue = "true", matchIfMissing = true)
class DueDateSchedule {

    private final DueDateCheck check;
    private final Clock clock;

    DueDateSchedule(DueDateCheck check, Clock clock) {
        this.check = check;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${network.notification.due-check-interval:PT15M}")
    void checkDueDates() {
        check.check(clock.instant());
    }
}
