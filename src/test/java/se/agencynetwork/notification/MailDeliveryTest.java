package se.agencynetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static se.agencynetwork.notification.NotificationTestSupport.ROLLBACK_PROCESS;
import static se.agencynetwork.notification.NotificationTestSupport.SEND_PROCESS;
import static se.agencynetwork.notification.NotificationTestSupport.TASK_PROCESS;
import static se.agencynetwork.notification.NotificationTestSupport.parts;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Notifications against a real SMTP server (GreenMail on a free port): what arrives, for every kind
 * of mail; an SMTP outage loses and duplicates nothing; a step that rolls back sends nothing. The
 * job executor is off: the tests execute the delivery jobs themselves. All GreenMail tests live in
 * this class so that they share one Spring context.
 */
// Closed right after this class: when the context cache (size 1) evicts a context, it closes it only
// after the next one has started, and the closing engine then unregisters the name "default" that
// the new engine has just taken - the engine REST API of the next context would answer 404.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailDeliveryTest {

    static final int SMTP_PORT = freePort();
    static final String BASE_URL = "http://localhost:8080";

    static GreenMail smtp;

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("network.notification.smtp-timeout", () -> "PT5S");
    }

    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired IdentityService identityService;
    @Autowired AuthorizationService authorizationService;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired Notifications notifications;
    @Autowired Recipients recipients;
    @Autowired JdbcTemplate jdbc;
    @Autowired DueDateCheck dueDateCheck;
    @Autowired MailDispatcher dispatcher;
    @Autowired MailOutbox outbox;
    @Autowired MailJobs mailJobs;
    @Autowired ProcessEngine processEngine;
    @Autowired NotificationProperties properties;
    /** The real sender, except for the addresses in {@link #refused}: their mailbox refuses every mail. */
    @MockitoSpyBean JavaMailSender mailSender;
    final Set<String> refused = ConcurrentHashMap.newKeySet();

    @BeforeAll
    void startSmtpAndDeploy() {
        smtp = startSmtp();
        NotificationTestSupport.ensureDirectoryUsers(identityService);
        NotificationTestSupport.deployTestModels(repositoryService);
    }

    @AfterAll
    void stopSmtpAndUndeploy() {
        NotificationTestSupport.clean(runtimeService, jdbc, mailJobs, managementService);
        NotificationTestSupport.undeployTestModels(repositoryService);
        smtp.stop();
    }

    @BeforeEach
    void emptyOutboxAndMailboxes() throws Exception {
        refused.clear();
        doAnswer(call -> {
            MimeMessage message = call.getArgument(0);
            String to = firstRecipient(message);
            if (refused.contains(to)) {
                throw new MailSendException("550 5.1.1 <" + to + ">: mailbox unavailable");
            }
            return call.callRealMethod();
        }).when(mailSender).send(any(MimeMessage.class));
        NotificationTestSupport.clean(runtimeService, jdbc, mailJobs, managementService);
        if (!smtp.isRunning()) {
            smtp = startSmtp();
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void cleanUp() {
        NotificationTestSupport.clean(runtimeService, jdbc, mailJobs, managementService);
    }

    @Test
    void aNewTaskIsMailedToTheMembersOfItsGroupWithALinkToTheTask() throws Exception {
        Date due = Date.from(Instant.parse("2030-03-15T15:00:00Z"));
        String instance = startTask("TEST-2026-0001", "spv-training-coordinators", due);
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();

        assertThat(pendingMails()).as("written in the transaction, not yet sent").isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(deliverAll()).isZero();

        MimeMessage mail = onlyMailTo("utbkoord-spv@spv.example");
        assertThat(mail.getSubject()).isEqualTo("Ny uppgift för din grupp: Granska testidén – TEST-2026-0001 Testa uppgiftsmejl");
        Map<String, String> parts = parts(mail);
        String link = BASE_URL + "/camunda/app/tasklist/default/#/?task=" + task.getId();
        assertThat(parts.get("text/plain"))
                .contains("Hej Emma!")
                .contains("Det finns en ny uppgift för din grupp")
                .contains("Ärende: Testa uppgiftsmejl TEST-2026-0001")
                .contains("Senast: 15 mars 2030 kl. 16:00")
                .contains(link);
        assertThat(parts.get("text/html")).contains("href=\"" + link + "\"").contains("Öppna uppgiften i Tasklist");
        assertThat(outbox.search(new MailOutbox.Filter(null, MailKind.NEW_TASK, "TEST-2026-0001", null), 0, 10))
                .singleElement().satisfies(row -> {
                    assertThat(row.status()).isEqualTo(MailStatus.SENT);
                    assertThat(row.recipientUserId()).isEqualTo("utbkoord-spv");
                    assertThat(row.taskId()).isEqualTo(task.getId());
                });
    }

    @Test
    void assigningATaskMailsTheAssigneeOnceAndNotTheGroupAgain() throws Exception {
        String instance = startTask("TEST-2026-0002", "spv-training-coordinators", null);
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        deliverAll();
        smtp.purgeEmailFromAllMailboxes();

        taskService.setAssignee(task.getId(), "chef-spv");
        taskService.setAssignee(task.getId(), null);
        taskService.setAssignee(task.getId(), "chef-spv");
        deliverAll();

        MimeMessage mail = onlyMailTo("chef-spv@spv.example");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(mail.getSubject()).isEqualTo("Ny uppgift till dig: Granska testidén – TEST-2026-0002 Testa uppgiftsmejl");
        assertThat(parts(mail).get("text/plain")).contains("Hej Karin!").contains("Du har fått en uppgift")
                .contains("?task=" + task.getId());
    }

    @Test
    void aReminderBeforeTheDueDateAndAnEscalationWhenOverdueAreSentOncePerDueDate() throws Exception {
        Instant due = Instant.parse("2030-05-20T10:00:00Z");
        String instance = startTask("TEST-2026-0003", "spv-training-coordinators", Date.from(due));
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        deliverAll();
        smtp.purgeEmailFromAllMailboxes();

        assertThat(dueDateCheck.check(due.minus(Duration.ofDays(3)))).as("before the lead time").isZero();
        assertThat(dueDateCheck.check(due.minus(Duration.ofDays(1)))).as("reminder").isEqualTo(1);
        assertThat(dueDateCheck.check(due.minus(Duration.ofHours(2)))).as("same due date: no second reminder").isZero();
        assertThat(dueDateCheck.check(due.plus(Duration.ofHours(1)))).as("escalation").isEqualTo(1);
        assertThat(dueDateCheck.check(due.plus(Duration.ofDays(2)))).as("no second escalation").isZero();
        deliverAll();

        MimeMessage reminder = onlyMailTo("utbkoord-spv@spv.example");
        assertThat(reminder.getSubject()).isEqualTo("Påminnelse: Granska testidén – TEST-2026-0003 Testa uppgiftsmejl ska vara klar 20 maj 2030 kl. 12:00");
        assertThat(parts(reminder).get("text/plain")).contains("Hej Emma!").contains("ännu inte slutförd")
                .contains("?task=" + task.getId());

        MimeMessage escalation = onlyMailTo("koordinator@spv.example");
        assertThat(escalation.getSubject()).isEqualTo("Försenad uppgift: Granska testidén – TEST-2026-0003 Testa uppgiftsmejl");
        assertThat(parts(escalation).get("text/plain")).contains("Hej Kristina!")
                .contains("skulle ha varit klar 20 maj 2030 kl. 12:00")
                .contains("Ligger hos: spv-training-coordinators")
                .contains("?task=" + task.getId());
        assertThat(smtp.getReceivedMessages()).hasSize(2);

        // a new due date is a new occasion: one more reminder
        taskService.setDueDate(task.getId(), Date.from(due.plus(Duration.ofDays(7))));
        assertThat(dueDateCheck.check(due.plus(Duration.ofDays(6)))).isEqualTo(1);
    }

    @Test
    void theDecisionOnAnIdeaIsMailedToItsOriginator() throws Exception {
        Map<String, Object> variables = new HashMap<>();
        variables.put("ideaTitle", "Klarspråk för handläggare");
        variables.put("decisionApproved", false);
        variables.put("decisionReason", "För få myndigheter anmälde intresse.");
        send("idea-decision", "user:utbkoord-spv", variables, "TEST-2026-0004");

        MimeMessage mail = onlyMailTo("utbkoord-spv@spv.example");
        assertThat(mail.getSubject()).isEqualTo("Beslut om din idé: Klarspråk för handläggare (TEST-2026-0004)");
        assertThat(parts(mail).get("text/plain")).contains("Hej Emma!").contains("Idén går inte vidare den här gången.")
                .contains("Motivering: För få myndigheter anmälde intresse.");
        assertThat(parts(mail).get("text/html")).contains("Idén går inte vidare den här gången.");
    }

    @Test
    void anInvitationCarriesTheCallersCalendarEntry() throws Exception {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
                + "UID:course-1@test\r\nDTSTART:20300902T070000Z\r\nSUMMARY:Klarspråk\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        Map<String, Object> variables = course();
        variables.put("ics", ics);
        send("course-invitation", "user:utbkoord-spv, user:chef-spv", variables, "TEST-2026-0005");

        assertThat(smtp.getReceivedMessages()).hasSize(2);
        MimeMessage mail = onlyMailTo("chef-spv@spv.example");
        assertThat(mail.getSubject()).isEqualTo("Inbjudan: Klarspråk 2 september 2030 kl. 09:00");
        Map<String, String> parts = parts(mail);
        assertThat(parts.get("text/plain")).contains("Hej Karin!").contains("Du är anmäld till Klarspråk")
                .contains("Var: Pensionsmyndigheten, Sundsvall");
        assertThat(parts.get("file:kallelse.ics")).contains("BEGIN:VEVENT").contains("UID:course-1@test");
    }

    @Test
    void participantsAreRemindedBeforeTheCourseAndAskedForTheirViewAfterwards() throws Exception {
        send("course-reminder", "user:utbkoord-spv", course(), "TEST-2026-0006");
        MimeMessage reminder = onlyMailTo("utbkoord-spv@spv.example");
        assertThat(reminder.getSubject()).isEqualTo("Påminnelse: Klarspråk 2 september 2030 kl. 09:00");
        assertThat(parts(reminder).get("text/plain")).contains("Välkommen till Klarspråk snart.");
        smtp.purgeEmailFromAllMailboxes();

        Map<String, Object> survey = course();
        survey.put("surveyLink", "https://enkat.example/s/123");
        send("course-survey", "user:utbkoord-spv", survey, "TEST-2026-0006");
        MimeMessage mail = onlyMailTo("utbkoord-spv@spv.example");
        assertThat(mail.getSubject()).isEqualTo("Vad tyckte du om Klarspråk?");
        assertThat(parts(mail).get("text/plain")).contains("Svara på enkäten:").contains("https://enkat.example/s/123");
    }

    @Test
    void theCostShareGoesToTheHeadsOfTheAgency() throws Exception {
        Map<String, Object> variables = new HashMap<>();
        variables.put("activityTitle", "Klarspråk");
        variables.put("agencyName", "Pensionsmyndigheten");
        variables.put("shareAmount", "12 345,67");
        variables.put("totalAmount", "98 765,43");
        variables.put("costKey", "per deltagare");
        send("cost-share", "heads:spv", variables, "TEST-2026-0007");

        MimeMessage mail = onlyMailTo("chef-spv@spv.example");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(mail.getSubject()).isEqualTo("Er andel av kostnaden: Klarspråk (TEST-2026-0007)");
        assertThat(parts(mail).get("text/plain")).contains("Hej Karin!").contains("Er andel: 12 345,67 kr")
                .contains("Total kostnad: 98 765,43 kr").contains("Fördelningsnyckel: per deltagare");
    }

    @Test
    void withTheSmtpServerDownNothingIsLostAndOnceItIsUpEveryMailArrivesExactlyOnce() throws Exception {
        smtp.stop();
        startSend("idea-decision", "group:network-coordinators, user:chef-spv, user:utbkoord-spv", idea(), "TEST-2026-0008");
        assertThat(pendingMails()).isEqualTo(3);

        assertThat(deliveryJobs()).as("one job for the step's three mails").hasSize(1);
        assertThat(runtimeService.createProcessInstanceQuery().count()).as("no process instance for mail").isZero();
        assertThat(deliverAll()).as("the step's job fails").isEqualTo(1);
        assertThat(outbox.search(new MailOutbox.Filter(null, null, "TEST-2026-0008", null), 0, 10)).hasSize(3)
                .allSatisfy(row -> {
                    assertThat(row.status()).isEqualTo(MailStatus.PENDING);
                    assertThat(row.attempts()).isEqualTo(1);
                    assertThat(row.lastError()).isNotBlank();
                });
        assertThat(deliveryJobs()).hasSize(1).allSatisfy(job -> {
            assertThat(job.getExceptionMessage()).startsWith("3 of 3 mails of this step not sent");
            assertThat(job.getDuedate()).as("retried later, with back-off").isAfter(new Date());
        });

        smtp = startSmtp();
        assertThat(deliverAll()).isZero();
        assertThat(deliverAll()).as("nothing left to deliver").isZero();

        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(MailDeliveryTest::firstRecipient))
                .containsExactlyInAnyOrder("koordinator@spv.example", "chef-spv@spv.example", "utbkoord-spv@spv.example");
        assertThat(outbox.search(new MailOutbox.Filter(null, null, "TEST-2026-0008", null), 0, 10))
                .allSatisfy(row -> assertThat(row.status()).isEqualTo(MailStatus.SENT));
    }

    @Test
    void whenTheRetriesAreSpentAnIncidentShowsAndARetryFromCockpitSendsOnce() throws Exception {
        smtp.stop();
        startSend("idea-decision", "user:utbkoord-spv", idea(), "TEST-2026-0009");
        Job job = deliveryJobs().get(0);
        assertThat(job.getRetries()).as("one attempt and one after each wait of the retry cycle")
                .isEqualTo(MailRetryCycle.parse(properties.retryCycle()).attempts());

        for (int attempt = 0; attempt < 10 && managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries() > 0; attempt++) {
            deliverAll();
        }
        Incident incident = runtimeService.createIncidentQuery().configuration(job.getId()).singleResult();
        assertThat(incident).as("a failed-job incident for Cockpit").isNotNull();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getProcessDefinitionId()).as("on the process of the step that wrote the mail")
                .isEqualTo(repositoryService.createProcessDefinitionQuery().processDefinitionKey(SEND_PROCESS)
                        .latestVersion().singleResult().getId());
        assertThat(incident.getActivityId()).as("at the step").isEqualTo("SendTask_NotifyRecipients");
        assertThat(incident.getIncidentMessage()).contains("utbkoord-spv@spv.example");
        OutboxMail failed = outbox.search(new MailOutbox.Filter(null, null, "TEST-2026-0009", null), 0, 1).get(0);
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(MailRetryCycle.parse(properties.retryCycle()).attempts());

        smtp = startSmtp();
        // what Cockpit's "Retry" does: give the job retries again
        managementService.setJobRetries(job.getId(), 1);
        assertThat(deliverAll()).isZero();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(runtimeService.createIncidentQuery().configuration(job.getId()).count()).isZero();
        assertThat(deliveryJobs()).isEmpty();
        assertThat(outbox.find(failed.id()).orElseThrow().status()).isEqualTo(MailStatus.SENT);
    }

    @Test
    void aRecipientWhoseMailKeepsFailingIsOneIncidentAndNeitherHoldsBackNorRepeatsTheOthers() throws Exception {
        refused.add("utbkoord-spv@spv.example");
        startSend("idea-decision", "group:network-coordinators, user:chef-spv, user:utbkoord-spv", idea(), "TEST-2026-0013");
        assertThat(deliveryJobs()).as("one job for the step's three mails").hasSize(1);
        Job job = deliveryJobs().get(0);

        assertThat(deliverAll()).as("the job fails for the one refused mail").isEqualTo(1);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(MailDeliveryTest::firstRecipient))
                .as("the others are not held back").containsExactlyInAnyOrder("koordinator@spv.example", "chef-spv@spv.example");
        assertThat(statusOf("TEST-2026-0013")).containsEntry("koordinator@spv.example", MailStatus.SENT)
                .containsEntry("chef-spv@spv.example", MailStatus.SENT).containsEntry("utbkoord-spv@spv.example", MailStatus.PENDING);

        for (int attempt = 0; attempt < 10 && managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries() > 0; attempt++) {
            deliverAll();
        }
        assertThat(smtp.getReceivedMessages()).as("the retries did not repeat the others").hasSize(2);
        assertThat(runtimeService.createIncidentQuery().list()).as("one incident, for the refused recipient's mail")
                .singleElement().satisfies(incident -> {
                    assertThat(incident.getConfiguration()).isEqualTo(job.getId());
                    assertThat(incident.getIncidentMessage()).startsWith("1 of 3 mails of this step not sent")
                            .contains("utbkoord-spv@spv.example").contains("mailbox unavailable");
                });
        assertThat(statusOf("TEST-2026-0013")).containsEntry("utbkoord-spv@spv.example", MailStatus.FAILED)
                .containsEntry("chef-spv@spv.example", MailStatus.SENT);

        // the mailbox is fixed; the operator retries the incident
        refused.clear();
        managementService.setJobRetries(job.getId(), 1);
        assertThat(deliverAll()).isZero();

        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(MailDeliveryTest::firstRecipient)).as("each exactly once")
                .containsExactlyInAnyOrder("koordinator@spv.example", "chef-spv@spv.example", "utbkoord-spv@spv.example");
        assertThat(statusOf("TEST-2026-0013")).containsOnly(Map.entry("koordinator@spv.example", MailStatus.SENT),
                Map.entry("chef-spv@spv.example", MailStatus.SENT), Map.entry("utbkoord-spv@spv.example", MailStatus.SENT));
        assertThat(runtimeService.createIncidentQuery().count()).isZero();
        assertThat(deliveryJobs()).isEmpty();
    }

    @Test
    void aMailJobsLogIsRemovedByTheHistoryCleanupOnceItsTimeToLiveHasPassed() throws Exception {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> notifications.send(
                MailKind.IDEA_DECISION, List.of(recipients.user("utbkoord-spv").orElseThrow()), idea(),
                MailContext.of(null, "TEST-2026-0015"), "decision", null));
        String jobId = deliveryJobs().get(0).getId();
        assertThat(deliverAll()).isZero();

        List<HistoricJobLog> logs = historyService.createHistoricJobLogQuery().jobId(jobId).list();
        assertThat(logs).as("created and succeeded").hasSize(2).allSatisfy(log -> assertThat(log.getRemovalTime())
                .isEqualTo(Date.from(log.getTimestamp().toInstant().plus(properties.jobLogTimeToLive()))));
        assertThat(properties.jobLogTimeToLive()).isEqualTo(Duration.ofDays(180));

        try {
            ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(179))));
            managementService.executeJob(historyService.cleanUpHistoryAsync(true).getId());
            assertThat(historyService.createHistoricJobLogQuery().jobId(jobId).count()).as("day 179").isEqualTo(2);

            ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(181))));
            managementService.executeJob(historyService.cleanUpHistoryAsync(true).getId());
            assertThat(historyService.createHistoricJobLogQuery().jobId(jobId).count()).as("day 181").isZero();
        } finally {
            ClockUtil.reset();
            managementService.createJobQuery().list().stream()
                    .filter(job -> "history-cleanup".equals(((JobEntity) job).getJobHandlerType()))
                    .forEach(job -> managementService.deleteJob(job.getId()));
        }
    }

    @Test
    void theMailsOfOneTransactionShareOneJob() throws Exception {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            notifications.send(MailKind.COST_SHARE, recipients.headsOf("spv"), Map.of("activityTitle", "Klarspråk",
                    "shareAmount", "1,00"), MailContext.of(null, "TEST-2026-0014"), "share-spv", null);
            notifications.send(MailKind.IDEA_DECISION, List.of(recipients.user("utbkoord-spv").orElseThrow()), idea(),
                    MailContext.of(null, "TEST-2026-0014"), "decision", null);
        });

        assertThat(deliveryJobs()).singleElement().satisfies(job -> assertThat(job.getRetries()).isPositive());
        assertThat(deliverAll()).isZero();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(MailDeliveryTest::firstRecipient))
                .containsExactlyInAnyOrder("chef-spv@spv.example", "utbkoord-spv@spv.example");
        assertThat(deliveryJobs()).isEmpty();
    }

    @Test
    void aJobOutOfTimeEndsAndHandsTheRestToANewJobOfTheSameStep() throws Exception {
        startSend("idea-decision", "group:network-coordinators, user:chef-spv, user:utbkoord-spv", idea(), "TEST-2026-0015");
        Job job = deliveryJobs().get(0);
        ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

        // one run of the job, as the job executor would run it, with its time used up after the first mail
        engine.getCommandExecutorTxRequired().execute(commandContext -> {
            JobEntity entity = commandContext.getJobManager().findJobById(job.getId());
            MailJobHandler handler = new MailJobHandler(dispatcher, () -> Duration.ZERO);
            handler.execute(handler.newConfiguration(entity.getJobHandlerConfigurationRaw()), null, commandContext, null);
            entity.delete();
            return null;
        });

        assertThat(smtp.getReceivedMessages()).as("the first mail went out").hasSize(1);
        assertThat(deliveryJobs()).as("the rest in a new job of the same step").singleElement().satisfies(next -> {
            assertThat(next.getId()).isNotEqualTo(job.getId());
            assertThat(next.getProcessDefinitionKey()).isEqualTo(SEND_PROCESS);
        });
        assertThat(deliverAll()).isZero();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(MailDeliveryTest::firstRecipient)).as("each exactly once")
                .containsExactlyInAnyOrder("koordinator@spv.example", "chef-spv@spv.example", "utbkoord-spv@spv.example");
        assertThat(deliveryJobs()).isEmpty();
    }

    @Test
    void aJobRetriedAfterTheMailWasAcceptedDoesNotSendItAgain() throws Exception {
        startSend("idea-decision", "user:utbkoord-spv", idea(), "TEST-2026-0010");
        String mailId = outbox.search(new MailOutbox.Filter(null, null, "TEST-2026-0010", null), 0, 1).get(0).id();
        // an earlier run of the job got the mail accepted and then failed before its commit: it is SENT, the job still there
        assertThat(dispatcher.deliver(List.of(mailId)).sent()).isEqualTo(1);
        assertThat(deliveryJobs()).hasSize(1);

        assertThat(deliverAll()).isZero();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(deliveryJobs()).isEmpty();
    }

    @Test
    void aStepTakenByAnOrdinaryUserStillWritesAndDeliversItsMails() throws Exception {
        // the user may start the test process, but may neither read other users nor create jobs
        List<String> grants = new ArrayList<>();
        grants.add(grant("utbkoord-spv", Resources.PROCESS_DEFINITION, TASK_PROCESS, Permissions.CREATE_INSTANCE));
        grants.add(grant("utbkoord-spv", Resources.PROCESS_INSTANCE, "*", Permissions.CREATE));
        identityService.setAuthentication("utbkoord-spv", List.of("spv-training-coordinators"));
        try {
            // through the engine (listener: the engine skips authorization checks in custom code) ...
            startTask("TEST-2026-0012", "spv-heads", null);
            // ... and straight from application code, e.g. a REST controller, where the engine would check them
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> notifications.send(MailKind.COST_SHARE,
                    recipients.headsOf("spv"), Map.of("activityTitle", "Klarspråk", "shareAmount", "1,00"),
                    MailContext.of(null, "TEST-2026-0012"), "test-occasion", null));
        } finally {
            identityService.clearAuthentication();
            grants.forEach(authorizationService::deleteAuthorization);
        }

        assertThat(deliverAll()).isZero();
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Ny uppgift för din grupp: Granska testidén – TEST-2026-0012 Testa uppgiftsmejl",
                "Er andel av kostnaden: Klarspråk (TEST-2026-0012)");
        assertThat(smtp.getReceivedMessages()).extracting(MailDeliveryTest::firstRecipient).containsOnly("chef-spv@spv.example");
    }

    private String grant(String userId, Resources resource, String resourceId, Permissions permission) {
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setUserId(userId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        return authorizationService.saveAuthorization(authorization).getId();
    }

    @Test
    void aStepThatRollsBackSendsNothing() {
        Map<String, Object> variables = idea();
        variables.put("candidateGroup", "spv-training-coordinators");
        variables.put("template", "idea-decision");
        variables.put("recipients", "user:utbkoord-spv");

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ROLLBACK_PROCESS, "TEST-2026-0011", variables))
                .hasMessageContaining("fails on purpose");

        assertThat(jdbc.queryForObject("select count(*) from notification_mail", Integer.class)).isZero();
        assertThat(deliveryJobs()).isEmpty();
        assertThat(deliverAll()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    // --- helpers ---------------------------------------------------------------------------

    private String startTask(String businessKey, String candidateGroup, Date due) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("candidateGroup", candidateGroup);
        variables.put("due", due);
        return runtimeService.startProcessInstanceByKey(TASK_PROCESS, businessKey, variables).getId();
    }

    private void startSend(String template, String recipients, Map<String, Object> variables, String businessKey) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("template", template);
        all.put("recipients", recipients);
        runtimeService.startProcessInstanceByKey(SEND_PROCESS, businessKey, all);
    }

    private void send(String template, String recipients, Map<String, Object> variables, String businessKey) {
        startSend(template, recipients, variables, businessKey);
        assertThat(deliverAll()).isZero();
    }

    private static Map<String, Object> idea() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("ideaTitle", "Klarspråk");
        variables.put("decisionApproved", true);
        return variables;
    }

    private static Map<String, Object> course() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("courseTitle", "Klarspråk");
        variables.put("courseStart", "2 september 2030 kl. 09:00");
        variables.put("courseVenue", "Pensionsmyndigheten, Sundsvall");
        return variables;
    }

    private List<Job> deliveryJobs() {
        return mailJobs.jobs();
    }

    private Map<String, MailStatus> statusOf(String businessKey) {
        Map<String, MailStatus> status = new HashMap<>();
        outbox.search(new MailOutbox.Filter(null, null, businessKey, null), 0, 50)
                .forEach(mail -> status.put(mail.recipientAddress(), mail.status()));
        return status;
    }

    /** Executes every delivery job once (what the job executor does); returns how many failed. */
    private int deliverAll() {
        int failures = 0;
        for (Job job : deliveryJobs()) {
            if (job.getRetries() == 0) {
                continue;
            }
            try {
                managementService.executeJob(job.getId());
            } catch (RuntimeException e) {
                failures++;
            }
        }
        return failures;
    }

    private int pendingMails() {
        return jdbc.queryForObject("select count(*) from notification_mail where status = 'PENDING'", Integer.class);
    }

    private MimeMessage onlyMailTo(String address) throws Exception {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (address.equals(firstRecipient(message))) {
                to.add(message);
            }
        }
        assertThat(to).as("mails to " + address).hasSize(1);
        return to.get(0);
    }

    private static String firstRecipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
