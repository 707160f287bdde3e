package se.agencynetwork.yh;

import se.agencynetwork.models.ids.YhApplicationModel;

import static org.assertj.core.api.Assertions.assertThat;
import static se.agencynetwork.yh.YhVariables.Names.CO_FUNDING_AGENCIES;
import static se.agencynetwork.yh.YhVariables.Names.MYH_DECISION;
import static se.agencynetwork.yh.YhVariables.Names.PROGRAMME_NAME;
import static se.agencynetwork.yh.YhVariables.Names.TITLE;
import static se.agencynetwork.yh.YhVariables.Names.WORKING_GROUP;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * MYH's decision arriving as an integration sends it: the message {@code YhDecisionRegistered}
 * posted to {@code /engine-rest/message} over HTTP with Basic authentication, as the network
 * coordinator (whose directory group may update yh-application instances, nothing more). It moves
 * exactly the instance with that business key on; an unknown business key, a decision that is
 * neither approved nor rejected, a user without the grant and an anonymous caller are refused with
 * a 4xx and change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class YhDecisionRestTest {

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;

    @Test
    void anApprovedDecisionPostedOverRestMovesTheRightInstanceOnAndNothingElse() {
        ProcessInstance first = waitingForDecision("IDEA-2026-0801");
        ProcessInstance other = waitingForDecision("IDEA-2026-0802");

        // an unknown business key: 400 naming the message, and nothing moved
        ResponseEntity<String> unknown = post("koordinator", decision("IDEA-2026-9999", "approved"));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody()).contains("Cannot correlate message 'YhDecisionRegistered'");
        assertWaiting(first, other);

        // a decision that is neither approved nor rejected: 400 naming the variable, and nothing moved
        ResponseEntity<String> maybe = post("koordinator", decision("IDEA-2026-0801", "kanske"));
        assertThat(maybe.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(maybe.getBody()).contains("myhDecision");
        assertWaiting(first, other);
        assertThat(runtimeService.getVariable(first.getId(), MYH_DECISION)).isNull();

        // an agency head may not pass MYH's decision on; nobody anonymous either
        ResponseEntity<String> head = post("chef-csn", decision("IDEA-2026-0801", "approved"));
        assertThat(head.getStatusCode().is4xxClientError()).as(head.getBody()).isTrue();
        assertThat(post(null, decision("IDEA-2026-0801", "approved")).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertWaiting(first, other);

        // the coordinator's integration: the instance with that business key goes on to the start follow-up
        ResponseEntity<String> approved = post("koordinator", decision("IDEA-2026-0801", "approved"));
        assertThat(approved.getStatusCode()).as(approved.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(approved.getBody()).contains(first.getId());
        assertThat(taskService.createTaskQuery().processInstanceId(first.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo(YhApplicationModel.USER_TASK_PLAN_START);
        assertThat(runtimeService.getVariable(first.getId(), MYH_DECISION)).isEqualTo("approved");
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(first.getId())
                .activityId(YhApplicationModel.BOUNDARY_EVENT_DECISION_RECEIVED).count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceId(other.getId()).singleResult().getTaskDefinitionKey())
                .as("the other application still waits").isEqualTo(YhApplicationModel.USER_TASK_REGISTER_DECISION);
    }

    ProcessInstance waitingForDecision(String key) {
        return runtimeService.createProcessInstanceByKey(YhVariables.PROCESS_KEY).businessKey(key)
                .setVariables(Map.of(TITLE, "Juristassistent", PROGRAMME_NAME, "Juristassistent",
                        WORKING_GROUP, "wg-legal", CO_FUNDING_AGENCIES, List.of("csn", "spv")))
                .startBeforeActivity(YhApplicationModel.USER_TASK_REGISTER_DECISION)
                .execute();
    }

    void assertWaiting(ProcessInstance... instances) {
        for (ProcessInstance instance : instances) {
            assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
                    .isEqualTo(YhApplicationModel.USER_TASK_REGISTER_DECISION);
        }
    }

    static String decision(String businessKey, String decision) {
        return "{\"messageName\": \"YhDecisionRegistered\", \"businessKey\": \"" + businessKey + "\","
                + " \"processVariables\": {\"myhDecision\": {\"value\": \"" + decision + "\", \"type\": \"String\"}},"
                + " \"resultEnabled\": true}";
    }

    ResponseEntity<String> post(String user, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
        return client.exchange("/engine-rest/message", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
