package se.agencynetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an administrator does in a browser journey that is not a person's form: executing a timer job
 * now (as "Execute" could in Cockpit, instead of waiting days for a deadline), starting a called
 * process directly with its variables, reading an instance's history.
 */
final class AsAdministrator {

    private AsAdministrator() {
    }

    /** Waits for the timer job of this element of the instance and executes it now. */
    static void executeTimer(EngineApi admin, String processInstanceId, String activityId) {
        JsonNode job = Awaitility.await("the timer " + activityId + " of " + processInstanceId).atMost(BrowserJourney.JOBS)
                .pollInterval(Duration.ofMillis(300))
                .until(() -> admin.get("/engine-rest/job?processInstanceId=" + processInstanceId + "&activityId=" + activityId),
                        jobs -> jobs.size() == 1).get(0);
        HttpResponse<String> executed = admin.post("/engine-rest/job/" + job.path("id").asText() + "/execute", Map.of());
        assertThat(executed.statusCode()).as("execute " + activityId + ": " + executed.body()).isEqualTo(204);
    }

    /**
     * The ids of the elements the instance has passed (or is at), in the order they were entered: by start
     * time, and within the same millisecond by the engine's sequence counter ("occurrence").
     */
    static List<String> passed(EngineApi admin, String processInstanceId) {
        HttpResponse<String> response = admin.post("/engine-rest/history/activity-instance", Map.of(
                "processInstanceId", processInstanceId, "sorting", List.of(Map.of("sortBy", "startTime", "sortOrder", "asc"),
                        Map.of("sortBy", "occurrence", "sortOrder", "asc"))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode activity : EngineApi.read(response.body())) {
            ids.add(activity.path("activityId").asText());
        }
        return ids;
    }

    /** The instance's state in the history: ACTIVE, COMPLETED, ... */
    static String state(EngineApi admin, String processInstanceId) {
        return admin.get("/engine-rest/history/process-instance/" + processInstanceId).path("state").asText();
    }

    /** A variable's last value in the instance's history (the instance may have ended), deserialized as the REST API shows it. */
    static JsonNode historicVariable(EngineApi admin, String processInstanceId, String name) {
        JsonNode found = admin.get("/engine-rest/history/variable-instance?processInstanceId=" + processInstanceId
                + "&variableName=" + name + "&deserializeValues=false"); // a Spin JSON list as its JSON text
        for (JsonNode variable : found) {
            if (variable.path("activityInstanceId").asText().equals(processInstanceId)) { // the instance's own scope
                return variable.path("value");
            }
        }
        throw new AssertionError("no process variable " + name + " in " + processInstanceId + ": " + found);
    }
}
