package se.agencynetwork.notification;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code network.notification.*}.
 *
 * @param baseUrl           public address of the application, for links in mails (Tasklist links)
 * @param from              sender address of every mail
 * @param reminderLeadTime  how long before a task's due date the reminder goes out
 * @param dueCheckInterval  how often each node looks for tasks that are due soon or overdue
 * @param smtpTimeout       connect/read/write timeout towards the SMTP server (JavaMail waits forever by default,
 *                          which would hold a delivery job past its lock time)
 * @param retryCycle        the delivery job's {@code failedJobRetryTimeCycle} (Camunda syntax: a list of waits such as
 *                          {@code PT1M,PT5M}, or {@code R3/PT10M}); when the retries are spent the job is an incident
 * @param jobLogTimeToLive  how long the engine keeps a mail job's log ({@code ACT_HI_JOB_LOG}: created, failed,
 *                          succeeded) before the history cleanup removes it ({@link MailJobHistory})
 * @param kinds             switch per kind ({@code new-task: false}); a kind not listed is on
 */
@ConfigurationProperties("network.notification")
public record NotificationProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("natverket@localhost") String from,
        @DefaultValue("P2D") Duration reminderLeadTime,
        @DefaultValue("PT15M") Duration dueCheckInterval,
        @DefaultValue("PT30S") Duration smtpTimeout,
        @DefaultValue("PT1M,PT5M,PT30M,PT2H,PT6H") String retryCycle,
        @DefaultValue("P180D") Duration jobLogTimeToLive,
        Map<MailKind, Boolean> kinds) {

    public NotificationProperties {
        kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
        if (jobLogTimeToLive.isNegative() || jobLogTimeToLive.isZero()) {
            throw new IllegalArgumentException("network.notification.job-log-time-to-live must be positive, not "
                    + jobLogTimeToLive);
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public boolean isEnabled(MailKind kind) {
        return kinds.getOrDefault(kind, Boolean.TRUE);
    }

    /** The task in Tasklist: {@code {baseUrl}/camunda/app/tasklist/default/#/?task={taskId}}. */
    public String taskLink(String taskId) {
        return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }
}
