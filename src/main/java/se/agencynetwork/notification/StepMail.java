package se.agencynetwork.notification;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A mail a process step writes: its kind, the template's values and the step's case (process
 * instance and business key) as its context. It saves every step the same few lines of building a
 * model and a {@link MailContext}; the writing itself is {@link Notifications#send}'s.
 *
 * <pre>{@code
 * StepMail.of(MailKind.YH_REMINDER, execution)
 *         .with("programmeName", name)
 *         .with("dueDate", due)
 *         .send(notifications, recipients.headsOf(agency), "yh:" + key + ":letter-reminder:" + agency);
 * }</pre>
 */
public final class StepMail {

    private final MailKind kind;
    private final MailContext context;
    private final Map<String, Object> model = new LinkedHashMap<>();
    private MailAttachment attachment;

    private StepMail(MailKind kind, MailContext context) {
        this.kind = kind;
        this.context = context;
    }

    /** A mail about the step's process instance. */
    public static StepMail of(MailKind kind, DelegateExecution step) {
        return new StepMail(kind, MailContext.of(step.getProcessInstanceId(), step.getProcessBusinessKey()));
    }

    /** A template value. */
    public StepMail with(String name, Object value) {
        model.put(name, value);
        return this;
    }

    /** Template values. */
    public StepMail with(Map<String, ?> values) {
        model.putAll(values);
        return this;
    }

    /** An attachment (an iCalendar invitation), or none with {@code null}. */
    public StepMail attach(MailAttachment file) {
        this.attachment = file;
        return this;
    }

    /**
     * Writes the mail to each recipient, in the step's transaction; the same mail may be sent again
     * to others or for another occasion.
     *
     * @param occasion what caused the mail, unique per cause (see {@link Notifications#send})
     * @return the ids of the mails written now
     */
    public List<String> send(Notifications notifications, Collection<Recipient> to, String occasion) {
        return notifications.send(kind, to, new LinkedHashMap<>(model), context, occasion, attachment);
    }
}
