package se.agencynetwork.notification;

import org.springframework.stereotype.Component;

/**
 * {@code ${mailRetryCycle.value}}: the retry time cycle of the {@code mail-delivery} job, from
 * {@code network.notification.retry-cycle} (default {@code PT1M,PT5M,PT30M,PT2H,PT6H}). A setting
 * rather than a constant in the model, so that an operator can make an SMTP outage turn into a
 * Cockpit incident sooner or later, and so that the reliability tests can spend the retries in seconds.
 */
@Component("mailRetryCycle")
public class MailRetryCycle {

    private final NotificationProperties properties;

    public MailRetryCycle(NotificationProperties properties) {
        this.properties = properties;
    }

    public String getValue() {
        return properties.retryCycle();
    }
}
