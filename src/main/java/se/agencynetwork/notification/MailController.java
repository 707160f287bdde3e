package se.agencynetwork.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.agencynetwork.directory.Groups;
import se.agencynetwork.system.api.ApiException;
import se.agencynetwork.system.api.CurrentUser;

/**
 * {@code GET /api/mails}: the outbox, newest first - kept mails when no SMTP server is configured,
 * and the delivery state of sent and failed ones. Network coordinators and administrators only:
 * mails carry names and addresses.
 */
@RestController
class MailController {

    static final int MAX_SIZE = 200;

    record MailView(String id, String kind, String status, String recipient, String recipientUserId, String subject,
            String textBody, String htmlBody, String attachmentName, String taskId, String processInstanceId,
            String businessKey, int attempts, String lastError, Instant createdAt, Instant sentAt) {

        static MailView of(OutboxMail mail) {
            return new MailView(mail.id(), mail.kind().id(), mail.status().name(), mail.recipientAddress(),
                    mail.recipientUserId(), mail.subject(), mail.bodyText(), mail.bodyHtml(),
                    mail.attachment() == null ? null : mail.attachment().fileName(), mail.taskId(),
                    mail.processInstanceId(), mail.businessKey(), mail.attempts(), mail.lastError(), mail.createdAt(),
                    mail.sentAt());
        }
    }

    record MailPage(int page, int size, long total, List<MailView> mails) {
    }

    private final MailOutbox outbox;
    private final CurrentUser currentUser;

    MailController(MailOutbox outbox, CurrentUser currentUser) {
        this.outbox = outbox;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/mails")
    MailPage mails(@RequestParam(required = false) String recipient,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String businessKey,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (!currentUser.isAdmin() && !currentUser.isMemberOf(Groups.NETWORK_COORDINATORS)) {
            throw ApiException.forbidden("Endast nätverkskoordinatorer och administratörer får läsa e-postutkorgen.");
        }
        if (page < 0) {
            throw ApiException.badRequest("page", "Sidnumret får inte vara negativt.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.badRequest("size", "Sidstorleken ska vara mellan 1 och " + MAX_SIZE + ".");
        }
        MailOutbox.Filter filter = new MailOutbox.Filter(blankToNull(recipient), kind(kind), blankToNull(businessKey),
                status(status));
        List<MailView> mails = outbox.search(filter, page, size).stream().map(MailView::of).toList();
        return new MailPage(page, size, outbox.count(filter), mails);
    }

    private static MailKind kind(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return MailKind.fromId(value.strip());
        } catch (IllegalArgumentException unknown) {
            throw ApiException.badRequest("kind", "Okänd typ av e-post: '" + value + "'.");
        }
    }

    private static MailStatus status(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return MailStatus.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ApiException.badRequest("status", "Okänd status: '" + value + "' (PENDING, SENT, FAILED, KEPT).");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
