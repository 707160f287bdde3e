package se.agencynetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a journey's case did, read from the engine's history over the REST API as the administrator
 * (as Cockpit shows it): the elements it passed, in order, and how it ended.
 */
final class EngineHistory {

    private EngineHistory() {
    }

    /**
     * The ids of the elements the instance passed, in the order they started (elements started in the
     * same millisecond in the order the engine executed them), multi-instance bodies left out.
     */
    static List<String> path(EngineApi admin, String processInstanceId) {
        HttpResponse<String> response = admin.post("/engine-rest/history/activity-instance", Map.of(
                "processInstanceId", processInstanceId,
                "sorting", List.of(Map.of("sortBy", "startTime", "sortOrder", "asc"),
                        Map.of("sortBy", "occurrence", "sortOrder", "asc"))));
        assertThat(response.statusCode()).as("history of " + processInstanceId + ": " + response.body()).isEqualTo(200);
        List<String> path = new ArrayList<>();
        for (JsonNode activity : EngineApi.read(response.body())) {
            if (!"multiInstanceBody".equals(activity.path("activityType").asText())) {
                path.add(activity.path("activityId").asText());
            }
        }
        return path;
    }

    /** The finished instance from history; fails if it is still running or was cancelled. */
    static JsonNode completed(EngineApi admin, String processInstanceId) {
        JsonNode instance = admin.get("/engine-rest/history/process-instance/" + processInstanceId);
        assertThat(instance.path("state").asText()).as("state of " + processInstanceId).isEqualTo("COMPLETED");
        return instance;
    }

    /** The last value of a process-level variable of the instance (also after it has ended). */
    static JsonNode variable(EngineApi admin, String processInstanceId, String name) {
        JsonNode found = admin.get("/engine-rest/history/variable-instance?processInstanceId=" + processInstanceId
                + "&variableName=" + name + "&deserializeValues=false");
        for (JsonNode variable : found) {
            // the process instance's own variable, not a local one of a task's execution
            if (processInstanceId.equals(variable.path("activityInstanceId").asText())
                    || processInstanceId.equals(variable.path("executionId").asText())) {
                return variable.path("value");
            }
        }
        throw new AssertionError("no process variable " + name + " of " + processInstanceId + " in history: " + found);
    }
}
