package se.agencynetwork.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

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
 * Hands one outbox mail to the SMTP server, at most once: a mail already SENT is skipped, and
 * SENT is committed in a transaction of its own right after the server accepted the mail, so a
 * failure of the delivery job afterwards (an engine optimistic-locking conflict, a node dying
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
     * Sends the mail unless it was sent before.
     *
     * @param lastAttempt whether a failure now spends the last retry (the mail becomes FAILED)
     * @throws RuntimeException when the SMTP server refuses or cannot be reached (the job retries)
     */
    public void deliver(String mailId, boolean lastAttempt) {
        OutboxMail mail = outbox.find(mailId).orElse(null);
        if (mail == null) {
            LOG.warn("Mail {} is not in the outbox: nothing to send", mailId);
            return;
        }
        if (mail.status() == MailStatus.SENT) {
            LOG.info("Mail {} to {} was sent at {}: not sent again", mailId, mail.recipientAddress(), mail.sentAt());
            return;
        }
        try {
            JavaMailSender sender = mailSender.getIfAvailable();
            if (sender == null) {
                throw new IllegalStateException("No SMTP server configured (spring.mail.host): mail " + mailId + " cannot be sent");
            }
            sender.send(toMimeMessage(sender, mail));
        } catch (RuntimeException e) {
            ownTransaction.executeWithoutResult(status -> outbox.recordFailure(mailId, describe(e), lastAttempt));
            LOG.warn("Mail {} to {} not sent (attempt {}{}): {}", mailId, mail.recipientAddress(), mail.attempts() + 1,
                    lastAttempt ? ", last one" : "", describe(e));
            throw e;
        }
        ownTransaction.executeWithoutResult(status -> outbox.markSent(mailId, clock.instant()));
        LOG.info("Mail {} ({}) sent to {}: {}", mailId, mail.kind().id(), mail.recipientAddress(), mail.subject());
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

    private static String describe(Throwable e) {
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
