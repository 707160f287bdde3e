package se.agencynetwork.notification;

/**
 * A text attachment, e.g. an iCalendar invitation ({@link #calendar(String)}).
 *
 * @param fileName    file name shown to the recipient
 * @param contentType MIME type, e.g. {@code text/calendar; method=REQUEST; charset=UTF-8}
 * @param content     the text
 */
public record MailAttachment(String fileName, String contentType, String content) {

    public MailAttachment {
        if (fileName == null || fileName.isBlank() || contentType == null || content == null) {
            throw new IllegalArgumentException("An attachment needs a file name, a content type and content");
        }
    }

    /** An iCalendar (RFC 5545) invitation as built by the caller, attached as {@code kallelse.ics}. */
    public static MailAttachment calendar(String icsContent) {
        return new MailAttachment("kallelse.ics", "text/calendar; method=REQUEST; charset=UTF-8", icsContent);
    }
}
