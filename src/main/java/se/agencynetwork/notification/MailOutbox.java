package se.agencynetwork.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The outbox table {@code notification_mail}. Plain JDBC on the application's DataSource, so a
 * write joins the Spring transaction the engine's command runs in: a step that rolls back leaves
 * no mail behind.
 */
@Repository
public class MailOutbox {

    static final int MAX_ERROR_LENGTH = 2000;

    private static final String COLUMNS = "id, dedup_key, kind, recipient_address, recipient_user_id, subject, body_html,"
            + " body_text, attachment_name, attachment_type, attachment_content, task_id, process_instance_id,"
            + " business_key, status, attempts, last_error, created_at, sent_at";

    /** Filter of the admin view; null fields do not filter. */
    public record Filter(String recipient, MailKind kind, String businessKey, MailStatus status) {
    }

    private final JdbcTemplate jdbc;

    public MailOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String dedupKey) {
        Integer count = jdbc.queryForObject("select count(*) from notification_mail where dedup_key = ?", Integer.class, dedupKey);
        return count != null && count > 0;
    }

    public void insert(OutboxMail mail) {
        MailAttachment attachment = mail.attachment();
        jdbc.update("insert into notification_mail (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                mail.id(), mail.dedupKey(), mail.kind().id(), mail.recipientAddress(), mail.recipientUserId(),
                mail.subject(), mail.bodyHtml(), mail.bodyText(),
                attachment == null ? null : attachment.fileName(),
                attachment == null ? null : attachment.contentType(),
                attachment == null ? null : attachment.content(),
                mail.taskId(), mail.processInstanceId(), mail.businessKey(), mail.status().name(), mail.attempts(),
                mail.lastError(), Timestamp.from(mail.createdAt()), mail.sentAt() == null ? null : Timestamp.from(mail.sentAt()));
    }

    public Optional<OutboxMail> find(String id) {
        return jdbc.query("select " + COLUMNS + " from notification_mail where id = ?", MAPPER, id).stream().findFirst();
    }

    /** Marks the mail sent unless it already is; true when this call marked it. */
    public boolean markSent(String id, Instant at) {
        return jdbc.update("update notification_mail set status = ?, sent_at = ?, last_error = null where id = ? and status <> ?",
                MailStatus.SENT.name(), Timestamp.from(at), id, MailStatus.SENT.name()) == 1;
    }

    /** The given mails that are not SENT, in the order given (one query). */
    public List<OutboxMail> findUnsent(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(ids);
        args.add(MailStatus.SENT.name());
        List<OutboxMail> found = jdbc.query("select " + COLUMNS + " from notification_mail where id in ("
                + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ") and status <> ?", MAPPER, args.toArray());
        return found.stream().sorted(java.util.Comparator.comparingInt(mail -> ids.indexOf(mail.id()))).toList();
    }

    /** Counts a failed attempt; the mail stays PENDING (its job will try again) unless it was SENT meanwhile. */
    public void recordFailure(String id, String error) {
        String message = error == null ? "" : error;
        if (message.length() > MAX_ERROR_LENGTH) {
            message = message.substring(0, MAX_ERROR_LENGTH);
        }
        jdbc.update("update notification_mail set attempts = attempts + 1, last_error = ?, status = ? where id = ? and status <> ?",
                message, MailStatus.PENDING.name(), id, MailStatus.SENT.name());
    }

    /** The job's retries are spent: its mails not sent are FAILED until an administrator retries the job. */
    public void markFailed(List<String> ids) {
        for (String id : ids) {
            jdbc.update("update notification_mail set status = ? where id = ? and status = ?",
                    MailStatus.FAILED.name(), id, MailStatus.PENDING.name());
        }
    }

    /** The process instance the first of these mails is about, or null. */
    public String processInstanceOf(List<String> ids) {
        for (String id : ids) {
            String instance = find(id).map(OutboxMail::processInstanceId).orElse(null);
            if (instance != null) {
                return instance;
            }
        }
        return null;
    }

    public List<OutboxMail> search(Filter filter, int page, int size) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(size);
        args.add((long) page * size);
        return jdbc.query("select " + COLUMNS + " from notification_mail" + where
                + " order by created_at desc, id limit ? offset ?", MAPPER, args.toArray());
    }

    public long count(Filter filter) {
        List<Object> args = new ArrayList<>();
        Long count = jdbc.queryForObject("select count(*) from notification_mail" + where(filter, args), Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    private static String where(Filter filter, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (filter.recipient() != null) {
            conditions.add("(lower(recipient_address) = lower(?) or recipient_user_id = ?)");
            args.add(filter.recipient());
            args.add(filter.recipient());
        }
        if (filter.kind() != null) {
            conditions.add("kind = ?");
            args.add(filter.kind().id());
        }
        if (filter.businessKey() != null) {
            conditions.add("business_key = ?");
            args.add(filter.businessKey());
        }
        if (filter.status() != null) {
            conditions.add("status = ?");
            args.add(filter.status().name());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static final RowMapper<OutboxMail> MAPPER = MailOutbox::map;

    private static OutboxMail map(ResultSet rs, int row) throws SQLException {
        String attachmentName = rs.getString("attachment_name");
        MailAttachment attachment = attachmentName == null ? null
                : new MailAttachment(attachmentName, rs.getString("attachment_type"), rs.getString("attachment_content"));
        Timestamp sentAt = rs.getTimestamp("sent_at");
        return new OutboxMail(rs.getString("id"), rs.getString("dedup_key"), MailKind.fromId(rs.getString("kind")),
                rs.getString("recipient_address"), rs.getString("recipient_user_id"), rs.getString("subject"),
                rs.getString("body_html"), rs.getString("body_text"), attachment, rs.getString("task_id"),
                rs.getString("process_instance_id"), rs.getString("business_key"), MailStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
                sentAt == null ? null : sentAt.toInstant());
    }
}
