package se.agencynetwork.notification;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.ProcessVariable;

/**
 * {@code ${notify}}: a BPMN service or send task that sends a mail from a template. Configured with
 * input parameters (not field injection: the bean is a shared singleton):
 * <ul>
 *   <li>{@code mailTemplate} - the mail kind, e.g. {@code idea-decision} (see {@link MailKind});</li>
 *   <li>{@code mailRecipients} - e.g. {@code user:${initiator}}, {@code heads:spv},
 *   {@code group:network-coordinators} (see {@link Recipients#resolve});</li>
 *   <li>{@code mailCalendar} (optional) - iCalendar text attached as {@code kallelse.ics}.</li>
 * </ul>
 * The template sees every variable visible at the step plus {@code businessKey}. The step only
 * writes outbox rows in its own transaction; delivery follows after commit. Each pass through the
 * step (its activity instance) is its own occasion, so a loop sends again and a rolled-back or
 * retried pass does not send twice.
 */
@Component("notify")
class SendNotification implements JavaDelegate {

    static final ProcessVariable<String> TEMPLATE = ProcessVariable.text("mailTemplate");
    static final ProcessVariable<String> RECIPIENTS = ProcessVariable.text("mailRecipients");
    static final ProcessVariable<String> CALENDAR = ProcessVariable.text("mailCalendar");

    private final Notifications notifications;
    private final Recipients recipients;

    SendNotification(Notifications notifications, Recipients recipients) {
        this.notifications = notifications;
        this.recipients = recipients;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MailKind kind = MailKind.fromId(required(execution, TEMPLATE));
        List<Recipient> to = recipients.resolve(required(execution, RECIPIENTS));
        String calendar = CALENDAR.get(execution);
        StepMail.of(kind, execution)
                .with(execution.getVariables())
                .with("businessKey", execution.getProcessBusinessKey())
                .attach(calendar == null || calendar.isBlank() ? null : MailAttachment.calendar(calendar))
                .send(notifications, to, execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId());
    }

    private static String required(DelegateExecution execution, ProcessVariable<String> parameter) {
        String value = parameter.get(execution);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("${notify} at " + execution.getCurrentActivityId()
                    + " needs the input parameter '" + parameter.name() + "'");
        }
        return value;
    }
}
