package se.agencynetwork.e2e;

import se.agencynetwork.models.ids.ProcurementModel;
import se.agencynetwork.procurement.ProcurementVariables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * What every journey in the browser shares: the whole application on a fixed free port with the demo
 * directory, the job executor on (hand-overs between processes and every mail are jobs), a real SMTP
 * server (GreenMail), Debian's headless Chromium with Tasklist in it, and the engine REST API as the
 * administrator (for looking things up, and for other agencies' parallel copies of a step that a
 * browser has already completed once).
 *
 * <p>A subclass is one journey ({@code ...InBrowser}); {@link BrowserFormsIT} runs them all and then
 * checks that every form in {@code forms/} was completed in Tasklist at least once. Screenshots go to
 * {@code target/e2e-screenshots/<class>/}; a failure also saves the page's HTML there.
 */
@ExtendWith(Browser.Installed.class)
@ExtendWith(BrowserJourney.SaveFailure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserJourney {

    static final int HTTP_PORT = freePort();
    static final int SMTP_PORT = freePort();
    static final String BASE_URL = "http://localhost:" + HTTP_PORT;
    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    /** How long a hand-over between processes or a mail may take on a busy machine. */
    static final Duration JOBS = Duration.ofSeconds(120);

    @DynamicPropertySource
    static void applicationUnderTest(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> HTTP_PORT);
        registry.add("network.notification.base-url", () -> BASE_URL);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("network.notification.smtp-timeout", () -> "PT5S");
        // a failed mail job becomes an incident after three attempts a second apart (in production: hours)
        registry.add("network.notification.retry-cycle", () -> "PT1S,PT1S");
        // the application as it runs: jobs are executed by the job executor, promptly
        registry.add("camunda.bpm.job-execution.enabled", () -> true);
        registry.add("camunda.bpm.job-execution.wait-time-in-millis", () -> 500);
        registry.add("camunda.bpm.job-execution.max-wait", () -> 2000);
    }

    @Autowired
    JdbcTemplate jdbc;

    GreenMail smtp;
    Browser browser;
    Tasklist tasklist;
    EngineApi admin;
    LocalDate today;

    @BeforeAll
    void startBrowserAndSmtp() {
        smtp = startSmtp();
        browser = new Browser(getClass().getSimpleName());
        admin = new EngineApi(BASE_URL, "admin", "demo");
        tasklist = new Tasklist(browser, BASE_URL, admin);
        today = LocalDate.now(SWEDEN);
    }

    @AfterAll
    void stopBrowserAndSmtp() {
        if (browser != null) {
            browser.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** Starts the SMTP server (again, after a test stopped it) on the port the application sends to. */
    static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    /** How many mails the SMTP server received for this address. */
    long received(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    /**
     * The plain text of a mail the SMTP server received for this address that contains {@code containing}, as the
     * recipient's mail program shows it (decoded), once it has arrived.
     */
    String receivedText(String address, String containing) {
        return Awaitility.await("a mail to " + address + " with " + containing).atMost(JOBS).pollInterval(Duration.ofMillis(300))
                .until(() -> Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).map(message -> {
                    try {
                        return plainText(message.getContent(), message.getContentType());
                    } catch (MessagingException | IOException e) {
                        throw new IllegalStateException(e);
                    }
                }).filter(text -> text.contains(containing)).findFirst().orElse(null), java.util.Objects::nonNull);
    }

    static String plainText(Object content, String contentType) throws MessagingException, IOException {
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                jakarta.mail.BodyPart part = multipart.getBodyPart(i);
                text.append(plainText(part.getContent(), part.getContentType()));
            }
            return text.toString();
        }
        return content instanceof String text && contentType.toLowerCase().startsWith("text/plain") ? text : "";
    }

    /** The recipients of the case's mails of this kind in the outbox (e.g. {@code cost-share}), once there are this many. */
    List<String> awaitMails(String kind, String key, int count) {
        JsonNode mails = Awaitility.await(count + " mail(s) " + kind + " of " + key).atMost(JOBS).pollInterval(Duration.ofMillis(300))
                .until(() -> admin.get("/api/mails?kind=" + kind + "&businessKey=" + EngineApi.encode(key)).path("mails"),
                        found -> found.size() >= count);
        List<String> recipients = new ArrayList<>();
        mails.forEach(mail -> recipients.add(mail.path("recipient").asText()));
        return recipients;
    }

    /** The case's newest mail of this kind to this address in the outbox, once there is one. */
    JsonNode awaitMailTo(String kind, String key, String recipient) {
        return Awaitility.await("a mail " + kind + " of " + key + " to " + recipient).atMost(JOBS).pollInterval(Duration.ofMillis(300))
                .until(() -> admin.get("/api/mails?kind=" + kind + "&businessKey=" + EngineApi.encode(key) + "&recipient="
                        + EngineApi.encode(recipient)).path("mails"), found -> !found.isEmpty()).get(0);
    }

    /**
     * After the heads approved a procurement's start, the head of each co-funder but the procuring agency gives it a
     * power of attorney: the head of {@code inBrowser} in Tasklist (none: {@code null}), the others' parallel copies
     * over REST. Returns the agencies that gave one.
     */
    java.util.List<String> grantPowersOfAttorney(String key, String inBrowser, int count) {
        JsonNode tasks = awaitTasks(key, ProcurementModel.USER_TASK_GRANT_POWER_OF_ATTORNEY, count);
        java.util.Map<String, JsonNode> byAgency = new java.util.TreeMap<>();
        for (JsonNode task : tasks) {
            byAgency.put(agencyOf(task, "-heads"), task);
        }
        if (inBrowser != null) {
            tasklist.logIn("chef-" + inBrowser, "demo");
            CamundaForm form = tasklist.claim(byAgency.get(inBrowser).path("id").asText(), "procurementPowerOfAttorneyForm");
            org.assertj.core.api.Assertions.assertThat(form.shown("procuringAgencyName")).isNotBlank();
            form.check("powerOfAttorneyGranted", true);
            tasklist.complete(form, byAgency.get(inBrowser));
        }
        byAgency.forEach((agency, task) -> {
            if (!agency.equals(inBrowser)) {
                admin.as("chef-" + agency).submit(task, java.util.Map.of(ProcurementVariables.POWER_OF_ATTORNEY_GRANTED, true));
            }
        });
        return new java.util.ArrayList<>(byAgency.keySet());
    }

    /** The task of this agency among per-agency tasks (its candidate group is {@code <agency><groupSuffix>}). */
    JsonNode taskOf(JsonNode tasks, String agency, String groupSuffix) {
        for (JsonNode task : tasks) {
            if (agency.equals(agencyOf(task, groupSuffix))) {
                return task;
            }
        }
        throw new AssertionError("no task for " + agency + groupSuffix);
    }

    /** The agency of a per-agency task, from its candidate group (e.g. csn-heads). */
    String agencyOf(JsonNode task, String groupSuffix) {
        for (JsonNode link : admin.get("/engine-rest/task/" + task.path("id").asText() + "/identity-links?type=candidate")) {
            String group = link.path("groupId").asText();
            if (group.endsWith(groupSuffix)) {
                return group.substring(0, group.length() - groupSuffix.length());
            }
        }
        throw new AssertionError("task " + task.path("name").asText() + " has no candidate group *" + groupSuffix);
    }

    /** The one open task at this element of the case (its process or a called one), once it is there. */
    JsonNode awaitTask(String key, String activity) {
        return awaitTasks(key, activity, 1).get(0);
    }

    /** Exactly this many open tasks at this element of the case, once they are there. */
    JsonNode awaitTasks(String key, String activity, int count) {
        return Awaitility.await(count + " open task(s) " + activity + " of " + key).atMost(JOBS).pollInterval(Duration.ofMillis(300))
                .until(() -> admin.get("/engine-rest/task?processInstanceBusinessKey=" + EngineApi.encode(key)
                        + "&taskDefinitionKey=" + activity), tasks -> tasks.size() == count);
    }

    /** Some open task of the case in this process, once there is one. */
    JsonNode awaitAnyTask(String key, String processDefinitionKey) {
        return Awaitility.await("an open task of " + processDefinitionKey + " " + key).atMost(JOBS)
                .pollInterval(Duration.ofMillis(300))
                .until(() -> admin.get("/engine-rest/task?processInstanceBusinessKey=" + EngineApi.encode(key)
                        + "&processDefinitionKey=" + processDefinitionKey), tasks -> !tasks.isEmpty()).get(0);
    }

    /** The only process instance of this definition for the case. */
    JsonNode instance(String processDefinitionKey, String key) {
        return single(admin.get("/engine-rest/process-instance?processDefinitionKey=" + processDefinitionKey
                + "&businessKey=" + EngineApi.encode(key)));
    }

    /** The ids of the elements an instance (running or ended) has passed, in the order they started (its history). */
    List<String> activities(String processInstanceId) {
        List<String> ids = new ArrayList<>();
        for (JsonNode activity : admin.get("/engine-rest/history/activity-instance?processInstanceId=" + processInstanceId
                + "&sortBy=startTime&sortOrder=asc")) {
            ids.add(activity.path("activityId").asText());
        }
        return ids;
    }

    /** The id of the case's only instance (running or ended) of this process, from the history. */
    String historicInstance(String processDefinitionKey, String key) {
        return single(admin.get("/engine-rest/history/process-instance?processDefinitionKey=" + processDefinitionKey
                + "&processInstanceBusinessKey=" + EngineApi.encode(key))).path("id").asText();
    }

    /**
     * Executes the timer at this element of the case's instance of the process now, as an administrator could
     * in Cockpit: for waits of days (a tender period, a standstill) that a journey cannot sit out.
     */
    void executeTimer(String processDefinitionKey, String key, String activityId) {
        String instance = instance(processDefinitionKey, key).path("id").asText();
        JsonNode timer = Awaitility.await("the timer " + activityId + " of " + key).atMost(JOBS).pollInterval(Duration.ofMillis(300))
                .until(() -> admin.get("/engine-rest/job?processInstanceId=" + instance + "&activityId=" + activityId),
                        jobs -> jobs.size() == 1).get(0);
        HttpResponse<String> executed = admin.post("/engine-rest/job/" + timer.path("id").asText() + "/execute", Map.of());
        assertThat(executed.statusCode()).as(executed.body()).isEqualTo(204);
    }

    static JsonNode single(JsonNode array) {
        assertThat(array).hasSize(1);
        return array.get(0);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Saves the page (screenshot and HTML) when a journey's test fails, for reading the failure afterwards. */
    static final class SaveFailure implements TestExecutionExceptionHandler {
        @Override
        public void handleTestExecutionException(org.junit.jupiter.api.extension.ExtensionContext context, Throwable thrown)
                throws Throwable {
            Object test = context.getRequiredTestInstance();
            if (test instanceof BrowserJourney journey && journey.browser != null) {
                try {
                    journey.browser.saveFailure();
                } catch (RuntimeException e) {
                    thrown.addSuppressed(e);
                }
            }
            throw thrown;
        }
    }
}
