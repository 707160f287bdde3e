package se.agencynetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The engine REST API (and the application's /api) as one user, over HTTP Basic: for the steps of the
 * journey that are not the point of the browser test (fourteen more agencies answering, for
 * example), done by the user whose step it is, exactly as Tasklist submits a Camunda Form.
 */
final class EngineApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String user;
    private final String authorization;

    EngineApi(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    EngineApi as(String otherUser) {
        return new EngineApi(baseUrl, otherUser, "demo");
    }

    JsonNode get(String path) {
        HttpResponse<String> response = send(request(path).GET());
        assertThat(response.statusCode()).as("GET " + path + " as " + user + ": " + response.body()).isEqualTo(200);
        return read(response.body());
    }

    HttpResponse<String> post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    /**
     * A POST that may take longer than the usual 30 s: a process start that runs its first steps in the request,
     * the application's first on a busy machine (never retried: it may have done its work).
     */
    HttpResponse<String> post(String path, Object body, Duration timeout) {
        return send(request(path).timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    HttpResponse<String> put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    /** The open tasks of a process instance (and its called instances are not included) at one element. */
    JsonNode tasks(String processInstanceId, String taskDefinitionKey) {
        return get("/engine-rest/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey=" + taskDefinitionKey);
    }

    /** The only open task at this element in the instance (or its called instances, by business key). */
    JsonNode task(String businessKey, String taskDefinitionKey) {
        JsonNode tasks = get("/engine-rest/task?processInstanceBusinessKey=" + encode(businessKey)
                + "&taskDefinitionKey=" + taskDefinitionKey);
        assertThat(tasks).as("open tasks " + taskDefinitionKey + " of " + businessKey).hasSize(1);
        return tasks.get(0);
    }

    /** Claims and submits the task's form with these values; the values the form showed are sent back, as Tasklist does. */
    void submit(JsonNode task, Map<String, Object> values) {
        String id = task.path("id").asText();
        HttpResponse<String> claimed = post("/engine-rest/task/" + id + "/claim", Map.of("userId", user));
        assertThat(claimed.statusCode()).as("claim " + task.path("name").asText() + " as " + user + ": " + claimed.body())
                .isEqualTo(204);
        Map<String, Object> variables = typed(values);
        HttpResponse<String> response = post("/engine-rest/task/" + id + "/submit-form", Map.of("variables", variables));
        assertThat(response.statusCode()).as("submit " + task.path("name").asText() + " as " + user + ": " + response.body()
                + " (sent " + variables + ")").isEqualTo(204);
    }

    /** The task's form variables (what Tasklist shows on the form). */
    JsonNode formVariables(JsonNode task) {
        return get("/engine-rest/task/" + task.path("id").asText() + "/form-variables");
    }

    static Map<String, Object> typed(Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            ObjectNode variable = JSON.createObjectNode();
            if (value instanceof JsonNode json && json.has("type") && json.has("value")) {
                variable = json.deepCopy(); // a form variable sent back as it came
                variable.remove("valueInfo");
                JsonNode shown = json.path("value").isTextual() && json.path("value").asText().startsWith("[")
                        ? read(json.path("value").asText()) : json.path("value");
                if (shown.isArray()) {
                    variable = list(shown);
                } else if ("Json".equals(json.path("type").asText()) && !json.path("value").isTextual()) {
                    variable.put("value", json.path("value").toString()); // JSON values travel as text
                }
            } else if (value instanceof JsonNode json && json.isArray()) {
                variable = list(json);
            } else if (value instanceof JsonNode json) {
                variable.put("type", "Json").put("value", json.toString());
            } else {
                variable.set("value", JSON.valueToTree(value));
                variable.put("type", value instanceof Boolean ? "Boolean" : value instanceof Long ? "Long"
                        : value instanceof Integer ? "Integer" : "String");
            }
            variables.put(name, variable);
        });
        return variables;
    }

    /** A dynamic list of a form (rows of fields) as Tasklist sends it: the engine's Json type (Spin). */
    static ObjectNode list(JsonNode rows) {
        return JSON.createObjectNode().put("type", "Json").put("value", rows.toString());
    }

    /** A value of the engine's Json type (Spin), as the tender evaluation keeps its tenders. */
    static ObjectNode json(JsonNode value) {
        return JSON.createObjectNode().put("type", "Json").put("value", value.toString());
    }

    /** Deploys one resource as Camunda Modeler does ({@code POST /deployment/create}, multipart); the deployment's JSON. */
    JsonNode deploy(String name, String fileName, String content) {
        String boundary = "----agency-network-" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = send(request("/engine-rest/deployment/create")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("deployment " + name + ": " + response.statusCode() + " " + response.body());
        }
        return read(response.body());
    }

    HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
