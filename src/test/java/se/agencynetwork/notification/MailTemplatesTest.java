package se.agencynetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Templates and configuration without an engine. */
class MailTemplatesTest {

    final MailTemplates templates = new MailTemplates();

    @ParameterizedTest
    @EnumSource(MailKind.class)
    void everyKindHasASwedishSubjectATextAndAnHtmlPart(MailKind kind) {
        Map<String, Object> model = new HashMap<>();
        model.put("recipientName", "Emma");
        model.put("taskName", "Granska idén");
        model.put("taskLink", "http://x/task");
        model.put("dueDate", "1 mars 2030 kl. 12:00");
        model.put("ideaTitle", "Klarspråk");
        model.put("courseTitle", "Klarspråk");
        model.put("activityTitle", "Klarspråk");
        model.put("shareAmount", "100,00");
        model.put("surveyLink", "http://x/survey");

        MailTemplates.Rendered mail = templates.render(kind, model);

        assertThat(mail.subject()).isNotBlank().doesNotContain("null").doesNotContain("[(");
        assertThat(mail.text()).startsWith("Hej Emma!").contains("Myndighetsnätverket").doesNotContain("Ämne:");
        assertThat(mail.html()).contains("<html lang=\"sv\"").contains("Emma").contains("<title>" + escape(mail.subject()) + "</title>");
    }

    @Test
    void userInputIsEscapedInTheHtmlPart() {
        Map<String, Object> model = Map.of("recipientName", "<script>x</script>", "ideaTitle", "A & B", "decisionApproved", true);

        MailTemplates.Rendered mail = templates.render(MailKind.IDEA_DECISION, model);

        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;").contains("A &amp; B");
        assertThat(mail.text()).contains("Idén har godkänts och går vidare.");
    }

    @Test
    void kindsAreSwitchedOffInConfigurationAndOnByDefault() {
        NotificationProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
                "network.notification.kinds.new-task", "false",
                "network.notification.reminder-lead-time", "P3D",
                "network.notification.base-url", "https://natverket.example/")))
                .bindOrCreate("network.notification", NotificationProperties.class);

        assertThat(properties.isEnabled(MailKind.NEW_TASK)).isFalse();
        assertThat(properties.isEnabled(MailKind.COST_SHARE)).isTrue();
        assertThat(properties.reminderLeadTime()).isEqualTo(Duration.ofDays(3));
        assertThat(properties.taskLink("t-1")).isEqualTo("https://natverket.example/camunda/app/tasklist/default/#/?task=t-1");
    }

    @Test
    void anUnknownKindOrRecipientFormIsRefused() {
        assertThatThrownBy(() -> MailKind.fromId("spam")).hasMessageContaining("Unknown mail kind 'spam'");
        assertThat(MailKind.fromId("cost-share")).isEqualTo(MailKind.COST_SHARE);
        Recipients recipients = new Recipients(null, null);
        assertThatThrownBy(() -> recipients.resolve("everyone")).hasMessageContaining("must be user:<id>");
        assertThatThrownBy(() -> recipients.resolve("team:x")).hasMessageContaining("Unknown recipient type 'team'");
        assertThat(recipients.resolve("mail:a@b.se, mail:A@b.se")).hasSize(1);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
