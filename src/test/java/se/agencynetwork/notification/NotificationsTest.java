package se.agencynetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;

/** Writing mails to the outbox, without an engine or a database. */
class NotificationsTest {

    final MailOutbox outbox = mock(MailOutbox.class);
    final MailJobs mailJobs = mock(MailJobs.class);
    @SuppressWarnings("unchecked")
    final ObjectProvider<JavaMailSender> noSmtp = mock(ObjectProvider.class);
    final Clock clock = Clock.fixed(Instant.parse("2030-01-02T03:04:05Z"), ZoneOffset.UTC);

    Notifications notifications(Map<MailKind, Boolean> kinds) {
        NotificationProperties properties = new NotificationProperties("http://n.example", "n@example", Duration.ofDays(2),
                Duration.ofMinutes(15), Duration.ofSeconds(30), "PT1M", Duration.ofDays(180), kinds);
        return new Notifications(outbox, new MailTemplates(), properties, noSmtp, mailJobs, clock);
    }

    @Test
    void aKindSwitchedOffWritesNothing() {
        List<String> written = notifications(Map.of(MailKind.COST_SHARE, false)).send(MailKind.COST_SHARE,
                List.of(Recipient.address("a@example.se")), Map.of("activityTitle", "X", "shareAmount", "1,00"),
                MailContext.NONE, "occasion", null);

        assertThat(written).isEmpty();
        verifyNoInteractions(outbox, mailJobs);
    }

    @Test
    void withoutSmtpTheMailIsKeptWithItsDedupKeyAndNoDeliveryIsStarted() {
        when(outbox.exists(any())).thenAnswer(call -> call.getArgument(0).equals("cost-share:occ-1:chef-spv"));

        List<String> written = notifications(Map.of()).send(MailKind.COST_SHARE,
                List.of(new Recipient("chef-spv", "chef-spv@spv.example", "Karin"), Recipient.address("Heads@Example.se"),
                        Recipient.address("heads@example.se")),
                Map.of("activityTitle", "X", "shareAmount", "1,00"), MailContext.of("pi-1", "IDEA-2030-0001"), "occ-1", null);

        ArgumentCaptor<OutboxMail> row = ArgumentCaptor.forClass(OutboxMail.class);
        verify(outbox).insert(row.capture());
        assertThat(written).hasSize(1);
        assertThat(row.getValue().dedupKey()).as("chef-spv already had it; addresses compare case-insensitively")
                .isEqualTo("cost-share:occ-1:heads@example.se");
        assertThat(row.getValue().status()).isEqualTo(MailStatus.KEPT);
        assertThat(row.getValue().subject()).isEqualTo("Er andel av kostnaden: X (IDEA-2030-0001)");
        assertThat(row.getValue().createdAt()).isEqualTo(clock.instant());
        verifyNoInteractions(mailJobs);
    }
}
