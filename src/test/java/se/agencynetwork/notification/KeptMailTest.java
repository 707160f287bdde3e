package se.agencynetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static se.agencynetwork.notification.NotificationTestSupport.TASK_PROCESS;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The embedded default: no SMTP server configured. Mails are kept (not sent, nothing fails), logged,
 * and readable over {@code GET /api/mails} by network coordinators and administrators only.
 */
// Closed right after this class: when the context cache (size 1) evicts a context, it closes it only
// after the next one has started, and the closing engine then unregisters the name "default" that
// the new engine has just taken - the engine REST API of the next context would answer 404.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class KeptMailTest {

    @Autowired TestRestTemplate rest;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Notifications notifications;
    @Autowired MailJobs mailJobs;

    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void deploy() {
        NotificationTestSupport.ensureDirectoryUsers(identityService);
        NotificationTestSupport.deployTestModels(repositoryService);
    }

    @AfterAll
    void undeploy() {
        NotificationTestSupport.clean(runtimeService, jdbc, mailJobs, managementService);
        NotificationTestSupport.undeployTestModels(repositoryService);
    }

    @BeforeEach
    void emptyOutbox() {
        NotificationTestSupport.clean(runtimeService, jdbc, mailJobs, managementService);
    }

    @Test
    void withoutSmtpTheMailIsKeptLoggedAndReadableByTheCoordinator(CapturedOutput log) throws Exception {
        assertThat(notifications.smtpConfigured()).isFalse();
        Task task = startTask("TEST-2026-0101");

        assertThat(mailJobs.jobs()).as("no mail job").isEmpty();
        assertThat(log.getOut()).contains("kept, no SMTP server configured: to utbkoord-spv@spv.example, subject "
                + "'Ny uppgift för din grupp: Granska testidén – TEST-2026-0101 Testa uppgiftsmejl'");

        ResponseEntity<String> response = rest.withBasicAuth("koordinator", "demo")
                .getForEntity("/api/mails?businessKey={key}", String.class, "TEST-2026-0101");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode page = json.readTree(response.getBody());
        assertThat(page.get("total").asInt()).isEqualTo(1);
        JsonNode mail = page.get("mails").get(0);
        assertThat(mail.get("status").asText()).isEqualTo("KEPT");
        assertThat(mail.get("kind").asText()).isEqualTo("new-task");
        assertThat(mail.get("recipient").asText()).isEqualTo("utbkoord-spv@spv.example");
        assertThat(mail.get("subject").asText()).isEqualTo("Ny uppgift för din grupp: Granska testidén – TEST-2026-0101 Testa uppgiftsmejl");
        assertThat(mail.get("textBody").asText()).contains("Hej Emma!")
                .contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task.getId());
        assertThat(mail.get("taskId").asText()).isEqualTo(task.getId());
    }

    @Test
    void theAdministratorFiltersByRecipientAndKindAndPages() throws Exception {
        startTask("TEST-2026-0102");
        startTask("TEST-2026-0103");

        JsonNode all = get("admin", "/api/mails?recipient=utbkoord-spv@spv.example&kind=new-task&size=1&page=1");
        assertThat(all.get("total").asInt()).isEqualTo(2);
        assertThat(all.get("size").asInt()).isEqualTo(1);
        assertThat(all.get("mails")).hasSize(1);
        assertThat(get("admin", "/api/mails?recipient=utbkoord-spv&kind=cost-share").get("total").asInt()).isZero();
        assertThat(get("admin", "/api/mails?recipient=chef-spv").get("total").asInt()).isZero();
    }

    @Test
    void whoClaimsATaskHimselfGetsNoMailButWhoIsAssignedByAnotherDoes() {
        Task task = startTask("TEST-2026-0105");
        identityService.setAuthentication("admin", java.util.List.of("camunda-admin"));
        try {
            taskService.claim(task.getId(), "admin");
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(mailsTo("admin")).as("claimed it himself").isZero();

        taskService.setAssignee(task.getId(), "chef-spv");
        assertThat(mailsTo("chef-spv")).isEqualTo(1);
    }

    private int mailsTo(String userId) {
        return jdbc.queryForObject("select count(*) from notification_mail where recipient_user_id = ?", Integer.class, userId);
    }

    @Test
    void othersAreRefused() {
        startTask("TEST-2026-0104");

        ResponseEntity<String> forbidden = rest.withBasicAuth("utbkoord-spv", "demo").getForEntity("/api/mails", String.class);
        assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forbidden.getBody()).contains("Endast nätverkskoordinatorer och administratörer");
        assertThat(forbidden.getBody()).doesNotContain("utbkoord-spv@spv.example");

        assertThat(rest.getForEntity("/api/mails", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anUnknownKindIsRefusedNamingTheParameter() throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth("admin", "demo").getForEntity("/api/mails?kind=spam", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("field").asText()).isEqualTo("kind");
    }

    private Task startTask(String businessKey) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("candidateGroup", "spv-training-coordinators");
        variables.put("due", null);
        String instance = runtimeService.startProcessInstanceByKey(TASK_PROCESS, businessKey, variables).getId();
        return taskService.createTaskQuery().processInstanceId(instance).singleResult();
    }

    private JsonNode get(String user, String url) throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(url, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }
}
