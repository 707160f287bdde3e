package se.agencynetwork.system;

import se.agencynetwork.models.ids.IdeaModel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A refused start form, task form or claim answers with one Swedish sentence and nothing else: no
 * "Cannot instantiate process definition idea:1:...", no task ids, on both mounts of the engine REST
 * API - {@code /engine-rest} (HTTP Basic) and {@code /camunda/api/engine}, which Tasklist calls with
 * its session - and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CleanRefusalTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String WORKING_GROUP_MISSING = "Formuläret kunde inte sparas: Fältet \"Arbetsgrupp\" (workingGroup) måste"
            + " väljas när idén kommer från en arbetsgrupp.";
    static final String REST = "/engine-rest";
    static final String WEBAPP = "/camunda/api/engine/engine/default";

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRefusedStartFormIsTheFormsSentenceAloneOnBothMounts() {
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("idea")
                .latestVersion().singleResult().getId();
        Session tasklist = Session.logIn(this, "koordinator");
        for (String endpoint : List.of("submit-form", "start")) {
            String path = "/process-definition/" + definitionId + "/" + endpoint;
            assertClean(send("koordinator", REST + path, ideaWithoutWorkingGroup()), 400, WORKING_GROUP_MISSING, definitionId);
            assertClean(tasklist.post(WEBAPP + path, ideaWithoutWorkingGroup()), 400, WORKING_GROUP_MISSING, definitionId);
        }
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("idea").count()).as("nothing started")
                .isZero();
    }

    @Test
    void aRefusedTaskFormAndALostClaimAreOneSwedishSentenceOnBothMounts() {
        Task screening = screeningTask();
        Session tasklist = Session.logIn(this, "koordinator");
        String notAnOption = "{\"variables\":{\"screeningOutcome\":{\"value\":\"kanske\",\"type\":\"String\"}}}";
        for (String endpoint : List.of("submit-form", "complete")) {
            String path = "/task/" + screening.getId() + "/" + endpoint;
            for (HttpResponse<String> answer : List.of(send("koordinator", REST + path, notAnOption),
                    tasklist.post(WEBAPP + path, notAnOption))) {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
                String message = message(answer);
                assertThat(message).startsWith("Formuläret kunde inte sparas: ").contains("(screeningOutcome)")
                        .doesNotContain(screening.getId(), "Cannot", "task form");
            }
        }
        assertThat(taskService.createTaskQuery().taskId(screening.getId()).count()).as("task still open").isOne();

        taskService.claim(screening.getId(), "admin");
        String claim = "{\"userId\":\"koordinator\"}";
        String path = "/task/" + screening.getId() + "/claim";
        assertClean(send("koordinator", REST + path, claim), 409, "Uppgiften har redan tagits av admin.", screening.getId());
        assertClean(tasklist.post(WEBAPP + path, claim), 409, "Uppgiften har redan tagits av admin.", screening.getId());
        assertThat(taskService.createTaskQuery().taskId(screening.getId()).singleResult().getAssignee()).isEqualTo("admin");
        runtimeService.deleteProcessInstance(screening.getProcessInstanceId(), "test over", true, true);
    }

    Task screeningTask() {
        String valid = ideaWithoutWorkingGroup().replace("\"originType\":{\"value\":\"working-group\"",
                "\"originType\":{\"value\":\"agency\"");
        HttpResponse<String> started = send("koordinator", REST + "/process-definition/key/idea/submit-form", valid);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String instance = read(started.body()).path("id").asText();
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(IdeaModel.USER_TASK_SCREEN_IDEA)
                .singleResult();
    }

    static String ideaWithoutWorkingGroup() {
        return "{\"variables\":{"
                + "\"title\":{\"value\":\"Klarspråk\",\"type\":\"String\"},"
                + "\"description\":{\"value\":\"Hur vi skriver så att alla förstår direkt.\",\"type\":\"String\"},"
                + "\"kind\":{\"value\":\"course\",\"type\":\"String\"},"
                + "\"targetGroup\":{\"value\":\"Handläggare\",\"type\":\"String\"},"
                + "\"originType\":{\"value\":\"working-group\",\"type\":\"String\"},"
                + "\"expectedParticipants\":{\"value\":15,\"type\":\"Long\"},"
                + "\"roughCost\":{\"value\":90000,\"type\":\"Long\"}}}";
    }

    void assertClean(HttpResponse<String> answer, int status, String sentence, String engineId) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(message(answer)).isEqualTo(sentence).doesNotContain(engineId);
    }

    static String message(HttpResponse<String> answer) {
        return read(answer.body()).path("message").asText();
    }

    HttpResponse<String> send(String user, String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json)), http);
    }

    static HttpResponse<String> send(HttpRequest.Builder request, HttpClient client) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** A Tasklist session as the browser has it: the webapp's login with its CSRF token, the token sent on every post. */
    record Session(CleanRefusalTest test, HttpClient client, String csrfToken) {

        static Session logIn(CleanRefusalTest test, String user) {
            CookieManager cookies = new CookieManager();
            HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
            HttpResponse<String> page = send(HttpRequest.newBuilder(test.uri("/camunda/app/tasklist/default/")).GET(), client);
            String token = page.headers().firstValue("X-XSRF-TOKEN").orElseGet(() -> cookies.getCookieStore().getCookies()
                    .stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow());
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
            HttpResponse<String> login = send(HttpRequest.newBuilder(test.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                    .POST(HttpRequest.BodyPublishers.ofString(form)), client);
            assertThat(login.statusCode()).as("Tasklist login of " + user + ": " + login.body()).isEqualTo(200);
            // the login starts a new session with a new token, which the next read hands out
            HttpResponse<String> me = send(HttpRequest.newBuilder(test.uri("/camunda/api/admin/auth/user/default")).GET(), client);
            String current = me.headers().firstValue("X-XSRF-TOKEN").orElseGet(() -> cookies.getCookieStore().getCookies()
                    .stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                    .reduce((first, last) -> last).orElse(token));
            return new Session(test, client, current);
        }

        HttpResponse<String> post(String path, String json) {
            return send(HttpRequest.newBuilder(test.uri(path)).header("Content-Type", "application/json")
                    .header("X-XSRF-TOKEN", csrfToken).POST(HttpRequest.BodyPublishers.ofString(json)), client);
        }
    }
}
