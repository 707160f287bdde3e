package se.agencynetwork.reliability;

import se.agencynetwork.models.ids.IdeaModel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import se.agencynetwork.testsupport.FreshPostgresDatabase;

/**
 * The SMTP server is down while journeys produce mails: nothing is lost (every mail stays in the
 * outbox, FAILED after its retries with the error), each step's spent mail job is one incident that
 * Cockpit shows; then the server comes up, an operator retries the failed jobs
 * ({@code PUT /engine-rest/job/{id}/retries}, what Cockpit's "Retry" does) and every mail arrives.
 * Then the journeys go on to their end while one participant's mailbox refuses every mail: the other
 * participants of the same steps get theirs at once and once, each step with the refused mail is one
 * incident naming only that mail, and the operator's retry after the mailbox is fixed delivers it
 * once. Every mail arrives exactly once. Runs with {@code ./mvnw verify -Ppostgres}.
 */
@ExtendWith(AwaitOnlyConditions.class)
class SmtpOutageIT {

    static final int JOURNEYS = 2;

    @Test
    void mailsWrittenDuringAnOutageAreKeptBecomeIncidentsAndAreDeliveredOnceAfterARetry() throws Exception {
        long began = System.nanoTime();
        int smtpPort = JarNode.freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        RefusingSmtpRelay relay = new RefusingSmtpRelay(JarNode.freePort(), smtpPort);
        String database = FreshPostgresDatabase.createDatabase();
        Ledger ledger = new Ledger(database);
        // the application talks to the relay, which passes everything on to GreenMail (or fails when it is down)
        Map<String, String> settings = new HashMap<>(JarNode.baseSettings(database, relay.port()));
        // two quick retries instead of minutes and hours: the retries are spent within the test
        settings.put("network.notification.retry-cycle", "PT1S,PT2S");
        JarNode node = new JarNode("smtp-outage", settings);
        JourneyDriver driver = new JourneyDriver();
        AtomicBoolean driving = new AtomicBoolean(true);
        Thread driverThread = null;
        try {
            node.start();
            // the journeys run up to the council's decision while nothing listens on the SMTP port
            driver.hold(IdeaModel.USER_TASK_DECIDE_IDEA);
            for (int i = 1; i <= JOURNEYS; i++) {
                String instance = driver.start(node, "SMTP-avbrott " + i);
                driver.track(ledger.businessKeyOf(instance), 0);
            }
            driverThread = new Thread(() -> driver.drive(List.of(node), driving), "journey-driver");
            driverThread.start();
            Awaitility.await("the journeys reach the council's decision").atMost(Duration.ofMinutes(2)).ignoreExceptionsInstanceOf(IllegalStateException.class)
                    .pollInterval(Duration.ofSeconds(1)).until(() -> {
                        driver.assertRunning();
                        return ledger.count("select count(*) from act_ru_task where task_def_key_ = 'UserTask_DecideIdea'")
                                == JOURNEYS;
                    });
            Awaitility.await("every delivery job has spent its retries").atMost(Duration.ofMinutes(2)).ignoreExceptionsInstanceOf(IllegalStateException.class)
                    .pollInterval(Duration.ofSeconds(1)).until(() ->
                            ledger.count("select count(*) from notification_mail where status <> 'FAILED'") == 0
                                    && ledger.count("select count(*) from act_ru_job where retries_ > 0"
                                    + " and handler_type_ = 'agency-network-mail'") == 0);

            long written = ledger.count("select count(*) from notification_mail");
            assertThat(written).as("mails written during the outage").isGreaterThanOrEqualTo(JOURNEYS * 17L);
            assertThat(ledger.count("select count(*) from notification_mail where attempts < 2 or last_error is null"))
                    .as("mails without their failed attempts (first try and retries) and the error").isZero();
            long attempts = ledger.count("select sum(attempts) from notification_mail");
            long mailJobs = ledger.count("select count(*) from act_ru_job where handler_type_ = 'agency-network-mail'");
            assertThat(mailJobs).as("one mail job per step, fewer than the mails").isPositive().isLessThan(written);
            assertThat(ledger.count("select count(*) from act_ru_incident where incident_type_ = 'failedJob'"))
                    .as("one failed-job incident per step's mail job").isEqualTo(mailJobs);
            assertThat(ledger.count("select count(*) from act_ru_incident i join act_ru_job j on j.id_ = i.configuration_"
                    + " where j.retries_ = 0 and j.handler_type_ = 'agency-network-mail' and i.proc_def_id_ is not null"))
                    .as("incidents on the spent mail jobs, each on the process of its step").isEqualTo(mailJobs);
            assertThat(ledger.count("select count(*) from act_hi_procinst")).as("process instances: the journeys' own only")
                    .isEqualTo(ledger.count("select count(*) from act_hi_procinst p join act_re_procdef d on d.id_ = p.proc_def_id_"
                            + " where d.key_ in ('idea', 'procurement', 'course-delivery', 'course-evaluation')"));
            assertThat(smtp.getReceivedMessages()).isEmpty();

            // the SMTP server is back; an operator retries every failed job, as Cockpit's "Retry" does
            smtp.start();
            List<String> failedJobs = ledger.rows("select id_ from act_ru_job where retries_ = 0").stream()
                    .map(row -> (String) row.get(0)).toList();
            for (String job : failedJobs) {
                assertThat(driver.send(node, "PUT", "/engine-rest/job/" + job + "/retries", "admin",
                        JsonNodeFactory.instance.objectNode().put("retries", 1)).statusCode()).isEqualTo(204);
            }
            Awaitility.await("every kept mail delivered after the retry").atMost(Duration.ofMinutes(1)).ignoreExceptionsInstanceOf(IllegalStateException.class)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> ledger.count("select count(*) from notification_mail where status <> 'SENT'") == 0
                            && ledger.count("select count(*) from act_ru_incident") == 0);
            assertThat(smtp.getReceivedMessages()).as("mails received after the retry").hasSize((int) written);

            // the journeys go on to their end with the server up, but one participant's mailbox refuses every mail
            String refusedAddress = JourneyDriver.participantEmail(driver.businessKeys().get(0), "msb");
            relay.refused.add(refusedAddress);
            driver.release(IdeaModel.USER_TASK_DECIDE_IDEA);
            Awaitility.await("every journey reaches its end").atMost(Duration.ofMinutes(3)).ignoreExceptionsInstanceOf(IllegalStateException.class).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        driver.assertRunning();
                        return ledger.completedJourneys(driver.businessKeys()) == JOURNEYS;
                    });
            Awaitility.await("the mails to the refused mailbox spent their retries").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(500)).until(() -> ledger.count("select count(*) from notification_mail"
                            + " where recipient_address <> ? and status <> 'SENT'", refusedAddress) == 0
                            && ledger.count("select count(*) from notification_mail where recipient_address = ?"
                                    + " and status <> 'FAILED'", refusedAddress) == 0
                            && ledger.count("select count(*) from act_ru_job where retries_ > 0"
                                    + " and handler_type_ = 'agency-network-mail'") == 0);
            long refusedMails = ledger.count("select count(*) from notification_mail where recipient_address = ?", refusedAddress);
            assertThat(refusedMails).as("invitation, reminder and survey link to the refused participant").isGreaterThanOrEqualTo(3);
            List<List<Object>> refusalIncidents = ledger.rows("select i.configuration_, i.incident_msg_ from act_ru_incident i");
            assertThat(refusalIncidents).as("one incident per step whose mail to the refused mailbox failed").hasSize((int) refusedMails)
                    .allSatisfy(row -> assertThat((String) row.get(1)).as("names only the refused mail")
                            .matches("(?s)1 of \\d+ mails of this step not sent.*").contains(refusedAddress).contains("mailbox unavailable"));
            Map<String, Integer> receivedBefore = receivedPerMail(smtp);
            assertThat(receivedBefore.values()).as("the other participants' mails: each once, not held back").allMatch(n -> n == 1);
            assertThat(ledger.count("select count(*) from notification_mail where status = 'SENT'")).isEqualTo(receivedBefore.size());

            // the mailbox is fixed; the operator retries the incidents
            relay.refused.clear();
            for (List<Object> row : refusalIncidents) {
                assertThat(driver.send(node, "PUT", "/engine-rest/job/" + row.get(0) + "/retries", "admin",
                        JsonNodeFactory.instance.objectNode().put("retries", 1)).statusCode()).isEqualTo(204);
            }
            driving.set(false);
            driverThread.join();
            ledger.awaitQuiet(Duration.ofMinutes(1));
            assertThat(ledger.count("select count(*) from act_ru_incident")).isZero();
            assertThat(driver.refusals()).as("form submissions refused").isEmpty();
            Map<String, Long> figures = ledger.assertNothingLostNothingTwice(driver.businessKeys(), smtp, 0);
            System.out.printf("RELIABILITY smtp-outage: journeys run %d, completed %d; mails written while SMTP was down %d"
                            + " (all kept: FAILED after %d attempts in all, %d failed-job incidents, one per step), retried by the"
                            + " operator %d, delivered after recovery %d; one mailbox refusing: %d mails to it, %d incidents"
                            + " (one per step, the others delivered at once), %d refusals at RCPT, delivered once after the retry;"
                            + " mails delivered in all %d of %d written, duplicates %d, %d s%n",
                    JOURNEYS, ledger.completedJourneys(driver.businessKeys()), written, attempts, mailJobs, failedJobs.size(), written,
                    refusedMails, refusalIncidents.size(), relay.refusals.get(),
                    figures.get("mails"), ledger.count("select count(*) from notification_mail"), figures.get("duplicates"),
                    Duration.ofNanos(System.nanoTime() - began).toSeconds());
        } finally {
            driving.set(false);
            if (driverThread != null) {
                driverThread.join(10_000);
            }
            node.stop();
            smtp.stop();
            relay.close();
        }
    }

    private static Map<String, Integer> receivedPerMail(GreenMail smtp) throws jakarta.mail.MessagingException {
        Map<String, Integer> received = new HashMap<>();
        for (jakarta.mail.internet.MimeMessage message : smtp.getReceivedMessages()) {
            received.merge(message.getHeader("X-Agency-Network-Mail-Id")[0], 1, Integer::sum);
        }
        return received;
    }
}
