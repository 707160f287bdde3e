package se.agencynetwork.e2e;

import se.agencynetwork.models.ids.CourseDeliveryModel;
import se.agencynetwork.models.ids.IdeaModel;
import se.agencynetwork.models.ids.ProcurementModel;
import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.delivery.DeliveryVariables;
import se.agencynetwork.idea.IdeaVariables;
import se.agencynetwork.needs.NeedsVariables;
import se.agencynetwork.procurement.ProcurementVariables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every form with a dynamic list is filled and completed in Tasklist, in Chromium, by a user of the
 * task's own group: the needs report (training coordinator of CSN), the procurement requirement and
 * the tender evaluation (training administrator) and the registration of participants (training
 * coordinator of CSN). Tasklist 7.24 used to keep "Complete" disabled on these forms once a list
 * field had a value (an empty entry in form-js's error object, see
 * {@code app/tasklist/scripts/dynamic-list-completion.js}); pressing Complete here fails the test
 * if it still does. The steps between them are done over the REST API by the users whose steps they
 * are, with the job executor on (hand-overs between processes are jobs). Mails are kept, not sent.
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DynamicListFormsBrowserIT {

    static final int HTTP_PORT = freePort();
    static final String BASE_URL = "http://localhost:" + HTTP_PORT;
    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final Duration JOBS = Duration.ofSeconds(120);
    static final String TITLE = "Tillgänglighet i digitala tjänster";

    @DynamicPropertySource
    static void applicationUnderTest(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> HTTP_PORT);
        registry.add("network.notification.base-url", () -> BASE_URL);
        registry.add("camunda.bpm.job-execution.enabled", () -> true);
        registry.add("camunda.bpm.job-execution.wait-time-in-millis", () -> 500);
        registry.add("camunda.bpm.job-execution.max-wait", () -> 2000);
    }

    Browser browser;
    Tasklist tasklist;
    EngineApi admin;
    LocalDate today;

    @BeforeAll
    void start() {
        browser = new Browser("dynamic-lists");
        admin = new EngineApi(BASE_URL, "admin", "demo");
        tasklist = new Tasklist(browser, BASE_URL, admin);
        today = LocalDate.now(SWEDEN);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyFormWithADynamicListIsCompletedInTasklistByItsOwnUser() {
        try {
            reportNeeds();
            String key = ideaUntilProcurement();
            describeRequirement(key);
            procureUntilEvaluation(key);
            evaluateTenders(key);
            awardAndPlan(key);
            registerParticipants(key);
        } catch (RuntimeException | AssertionError e) {
            browser.saveFailure();
            throw e;
        }
    }

    /** needs-report.form: the coordinator starts the inventory (REST); CSN's training coordinator reports two needs. */
    void reportNeeds() {
        EngineApi koordinator = admin.as("koordinator");
        HttpResponse<String> started = koordinator.post("/engine-rest/process-definition/key/needs-inventory/submit-form",
                Map.of("variables", EngineApi.typed(Map.of(NeedsVariables.Names.REPORT_DEADLINE, today.plusDays(20).toString(),
                        NeedsVariables.Names.INVENTORY_NOTE, "Rapportera gärna senast i god tid."))));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String inventory = EngineApi.read(started.body()).path("id").asText();
        JsonNode task = awaitTask("/engine-rest/task?processInstanceId=" + inventory
                + "&taskDefinitionKey=UserTask_ReportNeeds&candidateGroup=csn-training-coordinators");

        tasklist.logIn("utbkoord-csn", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "needsReportForm").choose("hasNeeds", "yes");
        form.row("needs", 0).text("title", "Klarspråk").text("description", "Beslut som medborgare förstår.")
                .choose("kind", "course").text("targetGroup", "Handläggare").text("participants", 12);
        form.row("needs", 1).text("title", "Tillgänglighet").choose("kind", "seminar")
                .text("targetGroup", "Webbredaktörer").text("participants", 4);
        browser.screenshot("needs-report-filled");
        tasklist.pressComplete();
        awaitGone(task);
        browser.screenshot("needs-report-completed");

        String needs = storedJson(inventory, NeedsVariables.Names.NEEDS);
        assertThat(needs).contains("Klarspråk", "Tillgänglighet", "Webbredaktörer");
    }

    /** An idea travels over REST, each step by its own user, until the procurement's first task. */
    String ideaUntilProcurement() {
        EngineApi koordinator = admin.as("koordinator");
        HttpResponse<String> started = koordinator.post("/engine-rest/process-definition/key/idea/submit-form",
                Map.of("variables", EngineApi.typed(Map.of(IdeaVariables.TITLE, TITLE,
                        IdeaVariables.DESCRIPTION, "Hur våra e-tjänster fungerar för alla.", IdeaVariables.KIND, "course",
                        IdeaVariables.TARGET_GROUP, "Utvecklare och webbredaktörer", IdeaVariables.ORIGIN_TYPE, "working-group",
                        IdeaVariables.WORKING_GROUP, "wg-communication", IdeaVariables.EXPECTED_PARTICIPANTS, 10L, IdeaVariables.ROUGH_COST, 80000L))));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String idea = EngineApi.read(started.body()).path("id").asText();
        String key = admin.get("/engine-rest/process-instance/" + idea).path("businessKey").asText();

        koordinator.submit(koordinator.task(key, IdeaModel.USER_TASK_SCREEN_IDEA), Map.of(IdeaVariables.TITLE, TITLE,
                IdeaVariables.Names.ORIGINATING_AGENCY, "spv", IdeaVariables.Names.SCREENING_OUTCOME, "complete", IdeaVariables.Names.DUPLICATE_OF, "", IdeaVariables.Names.SCREENING_COMMENT, ""));
        koordinator.submit(koordinator.task(key, IdeaModel.USER_TASK_SHAPE_IDEA), Map.of("format", "course", "delivery", "external",
                CostSharingVariables.COST_KEY, "participants", "estimatedCost", 80000L, IdeaVariables.Names.INTEREST_DEADLINE, today.plusDays(14).toString()));
        for (JsonNode task : admin.get("/engine-rest/task?processInstanceBusinessKey=" + key
                + "&taskDefinitionKey=UserTask_StateInterest")) {
            String agency = agencyOf(task, "-training-coordinators");
            long participants = Map.of("csn", 6L, "msb", 5L, "spv", 4L).getOrDefault(agency, 0L);
            admin.as("utbkoord-" + agency).submit(task, Map.of(IdeaVariables.Names.AGENCY_PARTICIPANTS, participants,
                    IdeaVariables.Names.CO_FUNDING, participants > 0, IdeaVariables.Names.INTEREST_COMMENT, ""));
        }
        koordinator.submit(koordinator.task(key, IdeaModel.USER_TASK_DECIDE_IDEA), Map.of(IdeaVariables.Names.DECISION, "approve",
                IdeaVariables.Names.DECISION_REASON, "Tre myndigheter och femton deltagare."));
        return key;
    }

    /** procurement-requirement.form: the list of co-funding agencies comes prefilled; one count is changed. */
    void describeRequirement(String key) {
        JsonNode task = awaitTask(key, ProcurementModel.USER_TASK_DESCRIBE_REQUIREMENT);
        tasklist.logIn("utbildningsadmin", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "procurementRequirementForm")
                .text("subject", "Kurs i tillgänglighet")
                .text("requirement", "Två utbildningsdagar om tillgängliga e-tjänster, på plats i Sundsvall.")
                .text("cpvCode", "80511000-9")
                .text("estimatedValue", 80000);
        form.row("agencyParticipants", 0).text("participants", 7);
        browser.screenshot("procurement-requirement-filled");
        tasklist.pressComplete();
        awaitGone(task);
        browser.screenshot("procurement-requirement-completed");

        assertThat(admin.get("/engine-rest/process-instance?processDefinitionKey=procurement&businessKey=" + key))
                .hasSize(1);
        String procurement = admin.get("/engine-rest/process-instance?processDefinitionKey=procurement&businessKey=" + key)
                .get(0).path("id").asText();
        assertThat(storedJson(procurement, ProcurementVariables.AGENCY_PARTICIPANTS)).contains("7");
    }

    /** The heads approve the start and their shares, the administrator asks for quotes, the tender period ends. */
    void procureUntilEvaluation(String key) {
        java.util.Set<String> coFunders = new java.util.TreeSet<>();
        for (JsonNode approval : awaitTasks(key, ProcurementModel.USER_TASK_APPROVE_START, 3)) {
            coFunders.add(agencyOf(approval, "-heads"));
            admin.as("chef-" + agencyOf(approval, "-heads")).submit(approval,
                    Map.of(CostSharingVariables.COST_SHARE_APPROVED, true, CostSharingVariables.COST_SHARE_COMMENT, ""));
        }
        // each co-funder's head other than the procuring agency's gives it a power of attorney (issue 20.4;
        // that form is done in the browser by ProcurementPathsInBrowser)
        String procuring = admin.get("/engine-rest/process-instance?processDefinitionKey=procurement&businessKey=" + key)
                .get(0).path("id").asText();
        String procuringAgency = admin.get("/engine-rest/process-instance/" + procuring + "/variables/procuringAgency")
                .path("value").asText();
        coFunders.remove(procuringAgency);
        for (JsonNode grant : awaitTasks(key, ProcurementModel.USER_TASK_GRANT_POWER_OF_ATTORNEY, coFunders.size())) {
            admin.as("chef-" + agencyOf(grant, "-heads")).submit(grant, Map.of(ProcurementVariables.POWER_OF_ATTORNEY_GRANTED, true));
        }
        EngineApi administrator = admin.as("utbildningsadmin");
        JsonNode quotes = awaitTask(key, ProcurementModel.USER_TASK_REQUEST_QUOTES);
        long minimumDays = administrator.formVariables(quotes).path(ProcurementVariables.Names.MINIMUM_TENDER_PERIOD_DAYS).path("value").asLong();
        administrator.submit(quotes, Map.of(ProcurementVariables.SUPPLIERS_ASKED, "Tillgänglighetsbyrån AB, Webbkonsult HB",
                ProcurementVariables.TENDER_DEADLINE, today.plusDays(minimumDays + 1).toString()));
        String procurement = admin.get("/engine-rest/process-instance?processDefinitionKey=procurement&businessKey=" + key)
                .get(0).path("id").asText();
        JsonNode timer = Awaitility.await("the tender deadline's timer").atMost(JOBS).pollInterval(Duration.ofMillis(300))
                .until(() -> admin.get("/engine-rest/job?processInstanceId=" + procurement
                        + "&activityId=IntermediateEvent_TenderDeadline"), jobs -> jobs.size() == 1).get(0);
        HttpResponse<String> executed = admin.post("/engine-rest/job/" + timer.path("id").asText() + "/execute", Map.of());
        assertThat(executed.statusCode()).as(executed.body()).isEqualTo(204);
    }

    /** procurement-evaluation.form: the list starts empty; two tenders are added with "Add new". */
    void evaluateTenders(String key) {
        JsonNode task = awaitTask(key, ProcurementModel.USER_TASK_EVALUATE_TENDERS);
        tasklist.logIn("utbildningsadmin", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "procurementEvaluationForm");
        form.row("tenders", 0).text("supplier", "Tillgänglighetsbyrån AB").text("price", 76000).text("score", 90)
                .check("acceptable", true);
        form.row("tenders", 1).text("supplier", "Webbkonsult HB").text("price", 79000).text("score", 75)
                .check("acceptable", true);
        browser.screenshot("procurement-evaluation-filled");
        tasklist.pressComplete();
        awaitGone(task);
        browser.screenshot("procurement-evaluation-completed");

        String procurement = admin.get("/engine-rest/process-instance?processDefinitionKey=procurement&businessKey=" + key)
                .get(0).path("id").asText();
        assertThat(storedJson(procurement, ProcurementVariables.TENDERS)).contains("Tillgänglighetsbyrån AB", "Webbkonsult HB");
    }

    /** The heads approve the award, the contract is registered, and the training administrator plans the occasion. */
    void awardAndPlan(String key) {
        for (JsonNode award : awaitTasks(key, ProcurementModel.USER_TASK_APPROVE_AWARD, 3)) {
            admin.as("chef-" + agencyOf(award, "-heads")).submit(award, Map.of(CostSharingVariables.COST_SHARE_APPROVED, true, CostSharingVariables.COST_SHARE_COMMENT, ""));
        }
        EngineApi administrator = admin.as("utbildningsadmin");
        administrator.submit(awaitTask(key, ProcurementModel.USER_TASK_REGISTER_CONTRACT), Map.of(
                ProcurementVariables.Names.CONTRACT_START, today.toString(), ProcurementVariables.Names.CONTRACT_END, today.plusMonths(6).toString()));
        JsonNode plan = awaitTask(key, CourseDeliveryModel.USER_TASK_PLAN_OCCASION);
        administrator.submit(plan, Map.of(DeliveryVariables.Names.COURSE_START, today.plusDays(10).toString(),
                DeliveryVariables.Names.COURSE_END, today.plusDays(10).toString(), DeliveryVariables.Names.VENUE_AGENCY, "csn", DeliveryVariables.Names.VENUE_ADDRESS, "CSN, Sundsvall",
                DeliveryVariables.Names.TRAINER, "Tillgänglighetsbyrån AB", DeliveryVariables.Names.CAPACITY, 15L, DeliveryVariables.Names.REGISTRATION_CLOSES, today.plusDays(5).toString(),
                DeliveryVariables.Names.MINIMUM_PARTICIPANTS, 6L));
    }

    /** delivery-registration.form: CSN's training coordinator registers two participants and one reserve. */
    void registerParticipants(String key) {
        JsonNode registrations = awaitTasks(key, CourseDeliveryModel.USER_TASK_REGISTER_PARTICIPANTS, 3);
        JsonNode task = null;
        for (JsonNode registration : registrations) {
            if ("csn".equals(agencyOf(registration, "-training-coordinators"))) {
                task = registration;
            }
        }
        assertThat(task).as("CSN's registration").isNotNull();
        tasklist.logIn("utbkoord-csn", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "deliveryRegistrationForm");
        form.row("participants", 0).text("name", "Anna Andersson").text("email", "anna.andersson@csn.example")
                .text("title", "Handläggare");
        form.row("participants", 1).text("name", "Bo Berg").text("email", "bo.berg@csn.example");
        form.row("reserves", 0).text("name", "Cecilia Ek").text("email", "cecilia.ek@csn.example");
        form.check("noShowInformed", true);
        browser.screenshot("delivery-registration-filled");
        tasklist.pressComplete();
        awaitGone(task);
        browser.screenshot("delivery-registration-completed");

        String delivery = admin.get("/engine-rest/process-instance?processDefinitionKey=course-delivery&businessKey=" + key)
                .get(0).path("id").asText();
        String registered = admin.get("/engine-rest/history/variable-instance?processInstanceId=" + delivery
                + "&variableName=participants&deserializeValues=false").toString();
        assertThat(registered).contains("Anna Andersson", "bo.berg@csn.example");
        assertThat(admin.get("/engine-rest/history/variable-instance?processInstanceId=" + delivery
                + "&variableName=reserves&deserializeValues=false").toString()).contains("Cecilia Ek");
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** The text of a JSON variable of the instance (any scope, running or finished), as the history keeps it. */
    private String storedJson(String processInstanceId, String name) {
        JsonNode values = admin.get("/engine-rest/history/variable-instance?processInstanceId=" + processInstanceId
                + "&variableName=" + name + "&deserializeValues=false");
        assertThat(values).as(name + " of " + processInstanceId).isNotEmpty();
        return values.toString();
    }

    /** The agency of a per-agency task, from its candidate group (e.g. csn-heads). */
    private String agencyOf(JsonNode task, String groupSuffix) {
        for (JsonNode link : admin.get("/engine-rest/task/" + task.path("id").asText() + "/identity-links?type=candidate")) {
            String group = link.path("groupId").asText();
            if (group.endsWith(groupSuffix)) {
                return group.substring(0, group.length() - groupSuffix.length());
            }
        }
        throw new AssertionError("task " + task.path("name").asText() + " has no candidate group *" + groupSuffix);
    }

    private JsonNode awaitTask(String key, String activity) {
        return awaitTasks(key, activity, 1).get(0);
    }

    private JsonNode awaitTask(String query) {
        return Awaitility.await("an open task: " + query).atMost(JOBS).pollInterval(Duration.ofMillis(300))
                .until(() -> admin.get(query), tasks -> tasks.size() == 1).get(0);
    }

    private JsonNode awaitTasks(String key, String activity, int count) {
        return Awaitility.await(count + " open task(s) " + activity + " of " + key).atMost(JOBS).pollInterval(Duration.ofMillis(300))
                .until(() -> admin.get("/engine-rest/task?processInstanceBusinessKey=" + key + "&taskDefinitionKey=" + activity),
                        tasks -> tasks.size() == count);
    }

    private void awaitGone(JsonNode task) {
        String id = task.path("id").asText();
        browser.await("task " + task.path("name").asText() + " completed",
                driver -> admin.get("/engine-rest/task?taskId=" + id).isEmpty());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
