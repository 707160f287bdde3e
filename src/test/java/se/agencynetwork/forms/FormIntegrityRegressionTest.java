package se.agencynetwork.forms;

import se.agencynetwork.models.ids.CourseDeliveryModel;
import se.agencynetwork.models.ids.IdeaModel;
import se.agencynetwork.models.ids.ProcurementModel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.agencynetwork.forms.FormSamples.FormUse;
import se.agencynetwork.testsupport.DatabaseSnapshot;
import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.delivery.DeliveryVariables;
import se.agencynetwork.idea.IdeaVariables;
import se.agencynetwork.procurement.ProcurementVariables;

/**
 * The six ways around the forms that issue 16 found with nothing but the engine REST API and a demo
 * login, each as the user who did it; each was answered 204 before and must now answer 400 naming
 * what was sent, with nothing stored. Beside them: what a user may still send (Tasklist's unchanged
 * echo of a read-only field), the ways in that do not complete a task (resolve), start instructions,
 * the variable endpoints, and what a task shows (issue 16, rule 3).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormIntegrityRegressionTest {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    DataSource dataSource;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    FormSamples samples;

    @BeforeAll
    void setUp() {
        samples = new FormSamples(repositoryService, runtimeService, taskService);
    }

    // ---- the six cases of issue 16 ----------------------------------------------------------------

    @Test
    void aTrainingCoordinatorOfCsnCannotAnswerTheInterestRoundForMsb() {
        Task csn = agencyTask("idea", IdeaModel.USER_TASK_STATE_INTEREST, Map.of(IdeaVariables.Names.MEMBER_AGENCIES, List.of("spv", "csn")),
                "csn-training-coordinators");
        ObjectNode answer = valid("idea", IdeaModel.USER_TASK_STATE_INTEREST);
        answer.put(IdeaVariables.Names.AGENCY_PARTICIPANTS, 50);
        answer.put(IdeaVariables.Names.CO_FUNDING, true);
        answer.put(IdeaVariables.Names.AGENCY, "msb");

        refused("utbkoord-csn", "/engine-rest/task/" + csn.getId() + "/submit-form", answer, "agency");
        assertThat(taskService.getVariable(csn.getId(), IdeaVariables.Names.AGENCY)).isEqualTo("csn");
    }

    @Test
    void aHeadOfCsnCannotApproveTheCostShareOfMsb() {
        Task csn = agencyTask("procurement", ProcurementModel.USER_TASK_APPROVE_START, Map.of(ProcurementVariables.PENDING_AGENCIES, List.of("msb", "csn")),
                "csn-heads");
        ObjectNode approval = valid("procurement", ProcurementModel.USER_TASK_APPROVE_START);
        approval.put(CostSharingVariables.COST_SHARE_APPROVED, true);
        approval.put(CostSharingVariables.AGENCY_CODE, "msb");

        refused("chef-csn", "/engine-rest/task/" + csn.getId() + "/complete", approval, "agencyCode");
        assertThat(taskService.getVariable(csn.getId(), CostSharingVariables.AGENCY_CODE)).isEqualTo("csn");
    }

    @Test
    void theProcurementStartApprovalCannotSwitchOffDocumentationOrTheTenderPeriod() {
        Task csn = agencyTask("procurement", ProcurementModel.USER_TASK_APPROVE_START, Map.of(ProcurementVariables.PENDING_AGENCIES, List.of("csn")),
                "csn-heads");
        Object period = taskService.getVariable(csn.getId(), ProcurementVariables.Names.MINIMUM_TENDER_PERIOD_DAYS);
        ObjectNode approval = valid("procurement", ProcurementModel.USER_TASK_APPROVE_START);
        approval.put(CostSharingVariables.COST_SHARE_APPROVED, true);
        approval.put(ProcurementVariables.Names.DOCUMENTATION_REQUIRED, false);
        approval.put(ProcurementVariables.Names.MINIMUM_TENDER_PERIOD_DAYS, 0);

        String body = refused("chef-csn", "/engine-rest/task/" + csn.getId() + "/complete", approval,
                "documentationRequired");
        assertThat(body).contains("(minimumTenderPeriodDays)");
        assertThat(taskService.getVariable(csn.getId(), ProcurementVariables.Names.MINIMUM_TENDER_PERIOD_DAYS)).isEqualTo(period);
        assertThat(taskService.getVariable(csn.getId(), ProcurementVariables.Names.DOCUMENTATION_REQUIRED)).isNull();
    }

    @Test
    void theCouncilCannotPassTheInterestThresholdItRefusedByAddingVariables() {
        Map<String, Object> refusedRound = new HashMap<>();
        refusedRound.put(IdeaVariables.Names.ENOUGH_INTEREST, false);
        refusedRound.put(IdeaVariables.Names.MIN_AGENCIES, 3L);
        refusedRound.put(IdeaVariables.Names.INTERESTED_AGENCIES, 1L);
        Task decision = samples.taskBefore(samples.use("idea", IdeaModel.USER_TASK_DECIDE_IDEA), refusedRound);
        ObjectNode approve = valid("idea", IdeaModel.USER_TASK_DECIDE_IDEA);
        approve.put(IdeaVariables.Names.ENOUGH_INTEREST, true);
        approve.put(IdeaVariables.Names.MIN_AGENCIES, 0);

        String body = refused("koordinator", "/engine-rest/task/" + decision.getId() + "/complete", approve,
                "enoughInterest");
        assertThat(body).contains("(minAgencies)").contains("skrivskyddat");
        assertThat(taskService.getVariable(decision.getId(), IdeaVariables.Names.ENOUGH_INTEREST)).isEqualTo(false);
        assertThat(taskService.getVariable(decision.getId(), IdeaVariables.Names.MIN_AGENCIES)).isEqualTo(3L);
    }

    @Test
    void anAgencyCannotGiveItselfMoreSeatsWhenRegisteringParticipants() {
        FormUse use = samples.use("course-delivery", CourseDeliveryModel.USER_TASK_REGISTER_PARTICIPANTS);
        Task registration = samples.taskBefore(use, Map.of());
        Object seats = taskService.getVariable(registration.getId(), DeliveryVariables.Names.AGENCY_SEATS);
        assertThat(seats).as("seats the process gave the agency").isNotEqualTo(15L);
        ObjectNode submission = valid("course-delivery", CourseDeliveryModel.USER_TASK_REGISTER_PARTICIPANTS);
        submission.put(DeliveryVariables.Names.AGENCY_SEATS, 15);

        refused(ownUser(registration), "/engine-rest/task/" + registration.getId() + "/submit-form", submission,
                "agencySeats");
        assertThat(taskService.getVariable(registration.getId(), DeliveryVariables.Names.AGENCY_SEATS)).isEqualTo(seats);
    }

    @Test
    void theIdeaStartFormTakesNeitherAnotherInitiatorNorAnotherAgencyNorABusinessKey() throws IOException {
        HttpResponse<String> first = post("koordinator", "/engine-rest/process-definition/key/idea/start",
                FormSamples.restBody(valid("idea", IdeaModel.START_EVENT_IDEA_SUBMITTED)).toString());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode started = MAPPER.readTree(first.body());
        String existingKey = started.path("businessKey").asText();
        assertThat(existingKey).as("the server made the key").startsWith("IDEA-");
        assertThat(runtimeService.getVariable(started.path("id").asText(), IdeaVariables.Names.INITIATOR)).isEqualTo("koordinator");

        ObjectNode forged = valid("idea", IdeaModel.START_EVENT_IDEA_SUBMITTED);
        forged.put(IdeaVariables.Names.INITIATOR, "chef-msb");
        forged.put(IdeaVariables.Names.ORIGINATING_AGENCY, "msb");
        ObjectNode body = FormSamples.restBody(forged);
        body.put("businessKey", existingKey);
        for (String endpoint : List.of("/engine-rest/process-definition/key/idea/start",
                "/engine-rest/process-definition/key/idea/submit-form")) {
            String answer = refused("koordinator", endpoint, body, "initiator");
            assertThat(answer).contains("(originatingAgency)").contains("(businessKey)");
        }
        ObjectNode onlyKey = FormSamples.restBody(valid("idea", IdeaModel.START_EVENT_IDEA_SUBMITTED));
        onlyKey.put("businessKey", existingKey);
        refused("utbkoord-msb", "/engine-rest/process-definition/key/idea/start", onlyKey, "businessKey");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(existingKey).count())
                .as("instances with the key").isEqualTo(1);
        runtimeService.deleteProcessInstance(started.path("id").asText(), "form integrity test", true, true);
    }

    // ---- what may still be sent, and the other ways in --------------------------------------------

    @Test
    void tasklistsUnchangedEchoOfReadOnlyFieldsIsAcceptedAndAChangedOneIsNot() {
        Task csn = agencyTask("idea", IdeaModel.USER_TASK_STATE_INTEREST, Map.of(IdeaVariables.Names.MEMBER_AGENCIES, List.of("csn")),
                "csn-training-coordinators");
        String title = (String) taskService.getVariable(csn.getId(), IdeaVariables.TITLE);
        ObjectNode answer = valid("idea", IdeaModel.USER_TASK_STATE_INTEREST);
        answer.put(IdeaVariables.TITLE, title + " (ändrad)");
        refused("utbkoord-csn", "/engine-rest/task/" + csn.getId() + "/submit-form", answer, "title");

        answer.put(IdeaVariables.TITLE, title);
        HttpResponse<String> echoed = post("utbkoord-csn", "/engine-rest/task/" + csn.getId() + "/submit-form",
                FormSamples.restBody(answer).toString());
        assertThat(echoed.statusCode()).as(echoed.body()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(csn.getId()).count()).as("task completed").isZero();
        runtimeService.deleteProcessInstance(csn.getProcessInstanceId(), "form integrity test", true, true);
    }

    @Test
    void resolveCannotWriteWhatTheFormDoesNotOffer() {
        Task csn = agencyTask("idea", IdeaModel.USER_TASK_STATE_INTEREST, Map.of(IdeaVariables.Names.MEMBER_AGENCIES, List.of("csn")),
                "csn-training-coordinators");
        ObjectNode values = F.objectNode();
        values.put(IdeaVariables.Names.AGENCY, "msb");
        refused("utbkoord-csn", "/engine-rest/task/" + csn.getId() + "/resolve", values, "agency");
        assertThat(taskService.getVariable(csn.getId(), IdeaVariables.Names.AGENCY)).isEqualTo("csn");
    }

    @Test
    void startInstructionsAreForAdministratorsOnly() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("idea").count();
        String body = "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"UserTask_DecideIdea\"}],"
                + "\"variables\":{\"enoughInterest\":{\"value\":true,\"type\":\"Boolean\"}}}";
        HttpResponse<String> response = post("koordinator", "/engine-rest/process-definition/key/idea/start", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("(startInstructions)");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("idea").count()).isEqualTo(before);
    }

    @Test
    void variableEndpointsAreRefusedToTheTasksOwnUserAndOpenToAdministrators() {
        Task csn = agencyTask("idea", IdeaModel.USER_TASK_STATE_INTEREST, Map.of(IdeaVariables.Names.MEMBER_AGENCIES, List.of("csn")),
                "csn-training-coordinators");
        String modification = "{\"modifications\":{\"agency\":{\"value\":\"msb\",\"type\":\"String\"}}}";
        Map<String, String> before = DatabaseSnapshot.of(dataSource);
        for (String path : List.of("/engine-rest/task/" + csn.getId() + "/variables",
                "/engine-rest/task/" + csn.getId() + "/localVariables",
                "/engine-rest/execution/" + csn.getExecutionId() + "/localVariables",
                "/engine-rest/process-instance/" + csn.getProcessInstanceId() + "/variables")) {
            HttpResponse<String> response = post("utbkoord-csn", path, modification);
            assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(403);
        }
        HttpResponse<String> put = send("utbkoord-csn", HttpRequest.newBuilder(uri("/engine-rest/task/" + csn.getId()
                + "/variables/agency")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":\"msb\",\"type\":\"String\"}")));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(403);
        assertThat(DatabaseSnapshot.of(dataSource)).isEqualTo(before);

        HttpResponse<String> admin = post("admin", "/engine-rest/task/" + csn.getId() + "/variables",
                "{\"modifications\":{\"adminNote\":{\"value\":\"rättat\",\"type\":\"String\"}}}");
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(204);
        assertThat(taskService.getVariable(csn.getId(), "adminNote")).isEqualTo("rättat");
    }

    @Test
    void aTaskShowsItsUserOnlyWhatItsFormDisplaysOnBothRestMounts() throws IOException {
        Map<String, Object> others = new HashMap<>();
        others.put(IdeaVariables.Names.MEMBER_AGENCIES, List.of("spv", "csn"));
        others.put(IdeaVariables.Names.INTEREST_SUMMARY, "[{\"agency\":\"spv\",\"participants\":12}]");
        others.put("costShareOfSpv", 12500L);
        Task csn = agencyTask("idea", IdeaModel.USER_TASK_STATE_INTEREST, others, "csn-training-coordinators");
        FormSchema form = samples.form("ideaInterestForm");
        assertThat(form.displayed()).as("the text's {{agencyName}}").contains("agencyName", "title", "estimatedCost");
        // a select inside a dynamic list row takes its options from a task variable: without it Tasklist showed
        // the prefilled co-funders' agency selects empty and the requirement could not be sent
        assertThat(samples.form("procurementRequirementForm").displayed()).as("the list rows' option list")
                .contains("agencyParticipants", "agencyOptions");

        for (String path : List.of("/form-variables", "/variables")) {
            JsonNode shown = getJson("utbkoord-csn", "/engine-rest/task/" + csn.getId() + path);
            assertThat(shown.has(IdeaVariables.TITLE)).as(path + " shows the form's read-only title").isTrue();
            assertThat(shown.has(IdeaVariables.Names.INTEREST_SUMMARY)).as(path).isFalse();
            assertThat(shown.has("costShareOfSpv")).as(path).isFalse();
            assertThat(shown.has(IdeaVariables.Names.MEMBER_AGENCIES)).as(path).isFalse();
            shown.fieldNames().forEachRemaining(name ->
                    assertThat(form.displayed()).as(path + ": " + name + " is displayed by the form").contains(name));

            JsonNode all = getJson("admin", "/engine-rest/task/" + csn.getId() + path);
            assertThat(shown.has("agencyName")).as(path + " shows what the form's text refers to")
                    .isEqualTo(all.has("agencyName"));
            assertThat(all.has(IdeaVariables.Names.INTEREST_SUMMARY)).as("the administrator sees " + path).isTrue();
            assertThat(all.has("costShareOfSpv")).isTrue();
        }
        HttpResponse<String> single = send("utbkoord-csn", HttpRequest.newBuilder(
                uri("/engine-rest/task/" + csn.getId() + "/variables/costShareOfSpv")).GET());
        assertThat(single.statusCode()).as(single.body()).isEqualTo(404);

        JsonNode webapp = MAPPER.readTree(WebappSession.login(http, port, "utbkoord-csn")
                .get("/camunda/api/engine/engine/default/task/" + csn.getId() + "/form-variables"));
        assertThat(webapp.has(IdeaVariables.TITLE)).isTrue();
        assertThat(webapp.has(IdeaVariables.Names.INTEREST_SUMMARY)).as("Tasklist's mount").isFalse();
        runtimeService.deleteProcessInstance(csn.getProcessInstanceId(), "form integrity test", true, true);
    }

    // ---- helpers -------------------------------------------------------------------------------------

    ObjectNode valid(String processKey, String elementId) {
        return samples.validValues(samples.use(processKey, elementId));
    }

    /** The task of one agency's group in a multi-instance step, reached as earlier steps would leave it. */
    Task agencyTask(String processKey, String elementId, Map<String, Object> extra, String group) {
        Task first = samples.taskBefore(samples.use(processKey, elementId), extra);
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(first.getProcessInstanceId()).singleResult();
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(elementId)
                .taskCandidateGroup(group).singleResult();
        assertThat(task).as(group + "'s task " + elementId).isNotNull();
        return task;
    }

    String ownUser(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().filter(l -> l.getGroupId() != null)
                .map(l -> identityService.createUserQuery().memberOfGroup(l.getGroupId()).orderByUserId().asc().list())
                .flatMap(List::stream).map(u -> u.getId()).filter(id -> !id.equals("admin")).findFirst()
                .orElseThrow();
    }

    /** Sends the values (or a whole request body) and expects 400 naming the variable, with nothing stored. */
    String refused(String user, String path, ObjectNode values, String blamed) {
        String body = values.has("variables") ? values.toString() : FormSamples.restBody(values).toString();
        Map<String, String> before = DatabaseSnapshot.of(dataSource);
        HttpResponse<String> response = post(user, path, body);
        assertThat(response.statusCode()).as(path + " as " + user + ": " + response.body()).isEqualTo(400);
        assertThat(response.body()).contains("(" + blamed + ")");
        assertThat(DatabaseSnapshot.of(dataSource)).as("nothing stored").isEqualTo(before);
        return response.body();
    }

    JsonNode getJson(String user, String path) throws IOException {
        HttpResponse<String> response = send(user, HttpRequest.newBuilder(uri(path)).GET());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return MAPPER.readTree(response.body());
    }

    HttpResponse<String> post(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> send(String user, HttpRequest.Builder request) {
        request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
