package se.agencynetwork.notification;

/**
 * What a mail is about, stored with it (for the admin view and the delivery job's business key).
 *
 * @param taskId            the user task, or null
 * @param processInstanceId the process instance, or null
 * @param businessKey       the business key, e.g. {@code IDEA-2026-0042}, or null
 */
public record MailContext(String taskId, String processInstanceId, String businessKey) {

    public static final MailContext NONE = new MailContext(null, null, null);

    public static MailContext of(String processInstanceId, String businessKey) {
        return new MailContext(null, processInstanceId, businessKey);
    }
}
