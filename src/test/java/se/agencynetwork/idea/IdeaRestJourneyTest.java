package se.agencynetwork.idea;

import se.agencynetwork.models.ids.IdeaModel;

import static org.assertj.core.api.Assertions.assertThat;
import static se.agencynetwork.idea.IdeaVariables.DESCRIPTION;
import static se.agencynetwork.idea.IdeaVariables.EXPECTED_PARTICIPANTS;
import static se.agencynetwork.idea.IdeaVariables.KIND;
import static se.agencynetwork.idea.IdeaVariables.Names.AGENCY_PARTICIPANTS;
import static se.agencynetwork.idea.IdeaVariables.Names.CO_FUNDING;
import static se.agencynetwork.idea.IdeaVariables.Names.DECISION;
import static se.agencynetwork.idea.IdeaVariables.Names.DECISION_REASON;
import static se.agencynetwork.idea.IdeaVariables.Names.DUPLICATE_OF;
import static se.agencynetwork.idea.IdeaVariables.Names.INTERESTED_AGENCIES;
import static se.agencynetwork.idea.IdeaVariables.Names.INTEREST_COMMENT;
import static se.agencynetwork.idea.IdeaVariables.Names.INTEREST_DEADLINE;
import static se.agencynetwork.idea.IdeaVariables.Names.INTEREST_SUMMARY;
import static se.agencynetwork.idea.IdeaVariables.Names.ORIGINATING_AGENCY;
import static se.agencynetwork.idea.IdeaVariables.Names.SCREENING_COMMENT;
import static se.agencynetwork.idea.IdeaVariables.Names.SCREENING_OUTCOME;
import static se.agencynetwork.idea.IdeaVariables.Names.TOTAL_PARTICIPANTS;
import static se.agencynetwork.idea.IdeaVariables.ORIGIN_TYPE;
import static se.agencynetwork.idea.IdeaVariables.ROUGH_COST;
import static se.agencynetwork.idea.IdeaVariables.TARGET_GROUP;
import static se.agencynetwork.idea.IdeaVariables.TITLE;
import static se.agencynetwork.idea.IdeaVariables.WORKING_GROUP;

import java.time.LocalDate;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.agencynetwork.testsupport.StoredVariables;
import se.agencynetwork.process.ProcessJson;
import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.delivery.DeliveryVariables;

/**
 * An idea from start form to the council's decision through the forms alone, over the engine REST
 * API the way Tasklist submits Camunda Forms (submit-form with typed values, read-only fields sent
 * back as they were shown).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdeaRestJourneyTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;

    String standIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ManagementService managementService;

    @BeforeAll
    void deployStandIn() throws Exception {
        standIn = repositoryService.createDeployment().name("idea-rest-stand-in")
                .addClasspathResource("idea/stand-in-course-delivery.bpmn").deploy().getId();
    }

    @AfterAll
    void removeStandIn() {
        repositoryService.deleteDeployment(standIn, true);
    }

    static ObjectNode values(Object... pairs) {
        ObjectNode variables = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            ObjectNode variable = variables.putObject((String) pairs[i]);
            Object value = pairs[i + 1];
            variable.set("value", MAPPER.valueToTree(value));
            variable.put("type", value instanceof Boolean ? "Boolean" : value instanceof Long ? "Long"
                    : value instanceof Integer ? "Integer" : "String");
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("variables", variables);
        return body;
    }

    ResponseEntity<String> post(String path, JsonNode body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth("admin", "demo").postForEntity(path, new HttpEntity<>(body.toString(), headers),
                String.class);
    }

    JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth("admin", "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return MAPPER.readTree(response.getBody());
    }

    JsonNode tasks(String instanceId, String definitionKey) throws Exception {
        return get("/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + definitionKey);
    }

    void submit(JsonNode task, ObjectNode body) {
        ResponseEntity<String> response = post("/engine-rest/task/" + task.path("id").asText() + "/submit-form", body);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
    }

    @Test
    void anIdeaReachesTheCouncilsDecisionThroughTheFormsAlone() throws Exception {
        ResponseEntity<String> started = post("/engine-rest/process-definition/key/idea/submit-form", values(
                TITLE, "Digital tillgänglighet", DESCRIPTION, "Hur vi gör webb och dokument tillgängliga för alla.",
                KIND, "seminar", TARGET_GROUP, "Kommunikatörer", ORIGIN_TYPE, "working-group",
                WORKING_GROUP, "wg-communication", EXPECTED_PARTICIPANTS, 30L, ROUGH_COST, 20000L));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        String id = MAPPER.readTree(started.getBody()).path("id").asText();
        String key = runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult().getBusinessKey();
        assertThat(key).startsWith("IDEA-");

        JsonNode screen = tasks(id, IdeaModel.USER_TASK_SCREEN_IDEA).get(0);
        // the deployed form is what Tasklist renders
        assertThat(get("/engine-rest/task/" + screen.path("id").asText() + "/deployed-form").path("id").asText())
                .isEqualTo("ideaScreenForm");
        submit(screen, values(TITLE, "Digital tillgänglighet", ORIGINATING_AGENCY, "msb",
                SCREENING_OUTCOME, "complete", DUPLICATE_OF, "", SCREENING_COMMENT, ""));

        submit(tasks(id, IdeaModel.USER_TASK_SHAPE_IDEA).get(0), values("format", "seminar", "delivery", "internal",
                CostSharingVariables.COST_KEY, "equal", "estimatedCost", 25000L,
                INTEREST_DEADLINE, LocalDate.now().plusDays(21).toString()));

        JsonNode round = tasks(id, IdeaModel.USER_TASK_STATE_INTEREST);
        assertThat(round).hasSize(16);
        // each agency's form greets it by name (the directory's name, not the code)
        assertThat(get("/engine-rest/task/" + round.get(0).path("id").asText() + "/form-variables")
                .path("agencyName").path("value").asText()).matches("^[A-ZÅÄÖ].+");
        int interested = 0;
        for (JsonNode task : round) {
            long participants = interested < 4 ? 5L : 0L;
            interested++;
            submit(task, values(TITLE, "Digital tillgänglighet", AGENCY_PARTICIPANTS, participants,
                    CO_FUNDING, participants > 0, INTEREST_COMMENT, ""));
        }
        JsonNode decision = tasks(id, IdeaModel.USER_TASK_DECIDE_IDEA).get(0);
        JsonNode variables = get("/engine-rest/task/" + decision.path("id").asText() + "/form-variables");
        assertThat(variables.path(INTERESTED_AGENCIES).path("value").asInt()).isEqualTo(4);
        assertThat(variables.path(TOTAL_PARTICIPANTS).path("value").asInt()).isEqualTo(20);
        assertThat(variables.path(INTEREST_SUMMARY).path("type").asText()).isEqualTo("Json");

        submit(decision, values(DECISION, "approve", DECISION_REASON, "Fyra myndigheter och tjugo deltagare."));
        // the hand-over to course-delivery is a job of its own (the decision has committed)
        managementService.executeJob(managementService.createJobQuery().processInstanceId(id)
                .activityId(IdeaModel.CALL_ACTIVITY_COURSE_DELIVERY).singleResult().getId());
        ProcessInstance delivery = runtimeService.createProcessInstanceQuery().processDefinitionKey("course-delivery")
                .superProcessInstanceId(id).singleResult();
        assertThat(delivery.getBusinessKey()).isEqualTo(key);
        assertThat(runtimeService.getVariables(delivery.getId())).containsEntry(ORIGINATING_AGENCY, "msb")
                .containsEntry("format", "seminar").containsEntry(TOTAL_PARTICIPANTS, 20);
        assertThat(ProcessJson.strings(runtimeService.getVariable(delivery.getId(), DeliveryVariables.Names.CO_FUNDING_AGENCIES)))
                .isEqualTo(ProcessJson.strings(runtimeService.getVariable(id, IdeaVariables.Names.CO_FUNDING_AGENCIES))).isNotEmpty();
        runtimeService.deleteProcessInstance(id, "test done");
    }

    /** Issue 17: whatever path ran, no variable is stored as a Java object (lists and maps are Spin JSON). */
    @AfterEach
    void noVariableIsStoredAsAJavaObject() {
        StoredVariables.assertNoneStoredAsJava(jdbc);
    }
}
