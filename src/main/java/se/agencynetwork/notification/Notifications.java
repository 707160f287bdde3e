package se.agencynetwork.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to send a notification: renders the mail per recipient and writes it to the outbox
 * in the caller's transaction. It never talks to the SMTP server itself.
 *
 * <ul>
 *   <li>With an SMTP server configured ({@code spring.mail.host}) each mail is PENDING, and the mails
 *   of the transaction (the step) get one engine job ({@link MailJobs}), inserted in the same
 *   transaction: it sends them after commit, retries what failed with back-off and ends in a Cockpit
 *   incident when the retries are spent.</li>
 *   <li>Without one (the embedded default) the mail is KEPT: logged and readable over
 *   {@code GET /api/mails}.</li>
 * </ul>
 *
 * A mail is identified by its kind, its occasion (what caused it, e.g. a task id) and the
 * recipient: the same mail to the same person is written once, however often it is asked for.
 */
@Service
public class Notifications {

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final NotificationProperties properties;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailJobs mailJobs;
    private final Clock clock;

    public Notifications(MailOutbox outbox, MailTemplates templates, NotificationProperties properties,
            ObjectProvider<JavaMailSender> mailSender, MailJobs mailJobs, Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.properties = properties;
        this.mailSender = mailSender;
        this.mailJobs = mailJobs;
        this.clock = clock;
    }

    /** Whether mails are sent (an SMTP server is configured) or kept. */
    public boolean smtpConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    public boolean isEnabled(MailKind kind) {
        return properties.isEnabled(kind);
    }

    /**
     * Writes one mail per recipient to the outbox (joining the caller's transaction).
     *
     * @param occasion   what caused the mail, unique per cause (a task id and due date, an activity
     *                   instance); with kind and recipient it forms the mail's dedup key
     * @param model      template variables; {@code recipientName}, {@code recipientAddress},
     *                   {@code baseUrl} and (unless given) the context's {@code businessKey} are added
     * @param attachment optional attachment (an iCalendar invitation), or null
     * @return the ids of the mails written now (mails written before for the same occasion are not repeated)
     */
    @Transactional
    public List<String> send(MailKind kind, Collection<Recipient> recipients, Map<String, Object> model,
            MailContext context, String occasion, MailAttachment attachment) {
        if (!properties.isEnabled(kind)) {
            LOG.debug("Mail kind {} is switched off: nothing written for {}", kind.id(), occasion);
            return List.of();
        }
        boolean send = smtpConfigured();
        List<String> written = new ArrayList<>();
        for (Recipient recipient : Recipients.distinct(recipients)) {
            String dedupKey = kind.id() + ":" + occasion + ":" + recipient.key();
            if (outbox.exists(dedupKey)) {
                LOG.debug("Mail {} already written: not repeated", dedupKey);
                continue;
            }
            Map<String, Object> variables = new HashMap<>(model);
            variables.put("recipientName", recipient.name());
            variables.put("recipientAddress", recipient.address());
            variables.put("baseUrl", properties.baseUrl());
            if (context.businessKey() != null) {
                variables.putIfAbsent("businessKey", context.businessKey());
            }
            MailTemplates.Rendered rendered = templates.render(kind, variables);
            String id = UUID.randomUUID().toString();
            outbox.insert(new OutboxMail(id, dedupKey, kind, recipient.address(), recipient.userId(), rendered.subject(),
                    rendered.html(), rendered.text(), attachment, context.taskId(), context.processInstanceId(),
                    context.businessKey(), send ? MailStatus.PENDING : MailStatus.KEPT, 0, null, clock.instant(), null));
            if (send) {
                LOG.info("Mail {} ({}) to {} queued for delivery: {}", id, kind.id(), recipient.forLog(), rendered.subject());
            } else {
                LOG.info("Mail {} ({}) kept, no SMTP server configured: to {}, subject '{}'", id, kind.id(),
                        recipient.forLog(), rendered.subject());
            }
            written.add(id);
        }
        if (send) {
            mailJobs.deliver(written);
        }
        return written;
    }
}
