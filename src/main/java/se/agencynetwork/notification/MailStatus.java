package se.agencynetwork.notification;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /** Written; a delivery job will send it. */
    PENDING,
    /** The SMTP server accepted it. */
    SENT,
    /** Every retry failed; an incident in Cockpit waits for an administrator. */
    FAILED,
    /** No SMTP server is configured: the mail is kept, logged and readable over REST. */
    KEPT
}
