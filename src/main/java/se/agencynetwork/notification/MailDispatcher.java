package se.agencynetwork.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands the mails of one step to the SMTP server, each at most once: a mail already SENT is skipped, and
 * SENT is committed in a transaction of its own right after the server accepted the mail, so a
 * failure of the mail job afterwards (an engine optimistic-locking conflict, a node dying
 * before the job's commit) does not lead to a second copy on retry. A failed attempt is counted in
 * a transaction of its own too, so it survives the job's rollback.
 */
@Component
public class MailDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);

    private final MailOutbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationProperties properties;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public MailDispatcher(MailOutbox outbox, ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * What one run of a step's mail job achieved: how many were sent now, the mails not sent (address and id,
     * and their ids), the first error, and the mails not tried because the time was up.
     */
    public record Outcome(int sent, List<String> failed, List<String> failedIds, RuntimeException firstError,
            List<String> notTried) {
    }

    /**
     * Sends those of the given mails that are not SENT yet, one after the other; each is marked SENT in a
     * transaction of its own as soon as the SMTP server accepted it, and a failure is counted on its row
     * (also in a transaction of its own) without stopping the others.
     */
    public Outcome deliver(List<String> mailIds) {
        return deliver(mailIds, Long.MAX_VALUE);
    }

    /**
     * As {@link #deliver(List)}, but starts no further mail once {@code System.nanoTime()} passed
     * {@code deadlineNanos} (the first mail is always tried); the rest are returned as not tried.
     */
    public Outcome deliver(List<String> mailIds, long deadlineNanos) {
        List<OutboxMail> unsent = outbox.findUnsent(mailIds);
        if (unsent.size() < mailIds.size()) {
            LOG.debug("{} of {} mails of this job sent before or not in the outbox: not sent again",
                    mailIds.size() - unsent.size(), mailIds.size());
        }
        JavaMailSender sender = mailSender.getIfAvailable();
        List<String> failed = new ArrayList<>();
        List<String> failedIds = new ArrayList<>();
        List<String> notTried = new ArrayList<>();
        RuntimeException firstError = null;
        int sent = 0;
        for (OutboxMail mail : unsent) {
            if ((sent > 0 || !failed.isEmpty()) && System.nanoTime() - deadlineNanos > 0) {
                notTried.add(mail.id());
                continue;
            }
            try {
                if (sender == null) {
                    throw new IllegalStateException("No SMTP server configured (spring.mail.host): mail " + mail.id() + " cannot be sent");
                }
                sender.send(toMimeMessage(sender, mail));
            } catch (RuntimeException e) {
                ownTransaction.executeWithoutResult(status -> outbox.recordFailure(mail.id(), describe(e)));
                LOG.warn("Mail {} to {} not sent (attempt {}): {}", mail.id(), mail.recipientForLog(), mail.attempts() + 1,
                        describe(e));
                failed.add(mail.recipientForLog() + " (" + mail.id() + ")");
                failedIds.add(mail.id());
                firstError = firstError == null ? e : firstError;
                continue;
            }
            ownTransaction.executeWithoutResult(status -> outbox.markSent(mail.id(), clock.instant()));
            sent++;
            LOG.info("Mail {} ({}) sent to {}: {}", mail.id(), mail.kind().id(), mail.recipientForLog(), mail.subject());
        }
        return new Outcome(sent, failed, failedIds, firstError, notTried);
    }

    private MimeMessage toMimeMessage(JavaMailSender sender, OutboxMail mail) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                    StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(mail.recipientAddress());
            helper.setSubject(mail.subject());
            helper.setText(mail.bodyText(), mail.bodyHtml());
            if (mail.attachment() != null) {
                MailAttachment attachment = mail.attachment();
                helper.addAttachment(attachment.fileName(),
                        new ByteArrayResource(attachment.content().getBytes(StandardCharsets.UTF_8)), attachment.contentType());
            }
            message.setHeader("X-Agency-Network-Mail-Id", mail.id());
        } catch (MessagingException e) {
            throw new IllegalStateException("Mail " + mail.id() + " cannot be composed: " + e.getMessage(), e);
        }
        return message;
    }

    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < MailOutbox.MAX_ERROR_LENGTH; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }
}
