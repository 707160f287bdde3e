package se.agencynetwork.notification;

import java.time.Instant;

/** One row of the outbox: one mail to one recipient. */
public record OutboxMail(
        String id,
        String dedupKey,
        MailKind kind,
        String recipientAddress,
        String recipientUserId,
        String subject,
        String bodyHtml,
        String bodyText,
        MailAttachment attachment,
        String taskId,
        String processInstanceId,
        String businessKey,
        MailStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant sentAt) {

    /** The recipient as logs and incident messages name them ({@link Recipient#forLog(String, String)}). */
    public String recipientForLog() {
        return Recipient.forLog(recipientUserId, recipientAddress);
    }
}
