package se.agencynetwork.reliability;

import se.agencynetwork.models.ids.CourseDeliveryModel;
import se.agencynetwork.models.ids.CourseEvaluationModel;
import se.agencynetwork.models.ids.IdeaModel;
import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.delivery.DeliveryVariables;
import se.agencynetwork.evaluation.EvaluationVariables;
import se.agencynetwork.idea.IdeaVariables;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Drives whole journeys over the REST API the way people do in Tasklist: an idea is submitted,
 * screened, shaped (internal trainers), every member agency states its interest, the council
 * approves; the course is planned, four agencies register a participant each, attendance is
 * registered (the final cost allocation is booked), the course evaluation runs and the managers'
 * follow-up is recorded. Each form is submitted by a demo user of the task's candidate group.
 *
 * <p>A sweep looks at the open tasks of the journeys and completes them; a node that is down or
 * a refused call (conflict, lost response) only means the task is tried again in the next sweep.
 * With several nodes, consecutive steps of a journey go to different nodes.
 */
final class JourneyDriver {

    /** The agencies that want the course, co-fund it and send a participant. */
    static final List<String> INTERESTED = List.of("bolagsverket", "csn", "msb", "spv");
    static final String PASSWORD = "demo";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final List<String> businessKeys = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> lastNode = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> submitsPerNode = new ConcurrentHashMap<>();
    /**
     * Left open: course-delivery's optional "change the date or venue if needed" stays until the
     * course starts, and a journey that changes nothing leaves it alone.
     */
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    {
        held.add(CourseDeliveryModel.USER_TASK_CHANGE_OCCASION);
    }
    private final AtomicInteger submitted = new AtomicInteger();
    private final AtomicInteger retried = new AtomicInteger();
    private final List<String> refusals = new CopyOnWriteArrayList<>();

    /** Tasks of these definitions are left open until {@link #release(String)}. */
    void hold(String taskDefinitionKey) {
        held.add(taskDefinitionKey);
    }

    void release(String taskDefinitionKey) {
        held.remove(taskDefinitionKey);
    }

    List<String> businessKeys() {
        return List.copyOf(businessKeys);
    }

    int submitted() {
        return submitted.get();
    }

    /** Calls that failed (node down, conflict, lost response) and were tried again later. */
    int retried() {
        return retried.get();
    }

    /** Form submissions the server refused with 400: the journey data is wrong, never expected. */
    List<String> refusals() {
        return List.copyOf(refusals);
    }

    Map<String, Integer> submitsPerNode() {
        Map<String, Integer> counts = new HashMap<>();
        submitsPerNode.forEach((node, count) -> counts.put(node, count.get()));
        return counts;
    }

    private volatile RuntimeException failure;

    /**
     * Sweeps until {@code driving} turns false (run it on a thread of its own). A node that cannot be
     * reached is tried again after a pause; an unexpected task or answer stops the driver and is
     * raised by {@link #assertRunning()}.
     */
    void drive(List<JarNode> nodes, java.util.concurrent.atomic.AtomicBoolean driving) {
        while (driving.get()) {
            try {
                if (sweep(nodes) == 0) {
                    awaitStop(driving, Duration.ofMillis(300)); // nothing to do yet: sweep again soon
                }
            } catch (IOException e) {
                retried.incrementAndGet();
                awaitStop(driving, Duration.ofMillis(500)); // the node is down or restarting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failure = e;
                return;
            }
        }
    }

    /** Waits at most this long for the driver to be told to stop, and returns at once when it is. */
    private static void awaitStop(java.util.concurrent.atomic.AtomicBoolean driving, Duration atMost) {
        try {
            Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).atMost(atMost).untilFalse(driving);
        } catch (ConditionTimeoutException stillDriving) {
            // still driving: the caller sweeps again
        }
    }

    /** Fails the calling test when the driver stopped on something it did not expect. */
    void assertRunning() {
        if (failure != null) {
            throw new AssertionError("The journey driver stopped: " + failure.getMessage(), failure);
        }
    }

    /** Submits the idea start form as the network coordinator; returns the process instance id. */
    String start(JarNode node, String title) throws IOException, InterruptedException {
        ObjectNode values = values(IdeaVariables.TITLE, title,
                IdeaVariables.DESCRIPTION, "Tillförlitlighetsprov: en resa från idé till genomförd och utvärderad kurs.",
                IdeaVariables.KIND, "course", IdeaVariables.TARGET_GROUP, "Handläggare", IdeaVariables.ORIGIN_TYPE, "working-group",
                IdeaVariables.WORKING_GROUP, "wg-communication", IdeaVariables.EXPECTED_PARTICIPANTS, 12L, IdeaVariables.ROUGH_COST, 24000L);
        HttpResponse<String> response = send(node, "POST", "/engine-rest/process-definition/key/idea/submit-form",
                "koordinator", values);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("idea not started on " + node.name() + ": " + response.statusCode() + " "
                    + response.body());
        }
        count(node);
        return JSON.readTree(response.body()).path("id").asText();
    }

    void track(String businessKey, int nodeIndex) {
        businessKeys.add(businessKey);
        lastNode.put(businessKey, nodeIndex);
    }

    /**
     * One pass over the open tasks of the journeys; returns how many were completed. Throws
     * IOException when the node asked for the task list cannot be reached.
     */
    int sweep(List<JarNode> nodes) throws IOException, InterruptedException {
        if (businessKeys.isEmpty()) {
            return 0;
        }
        JarNode reader = nodes.get(0);
        HttpResponse<String> list = send(reader, "GET", "/engine-rest/task?maxResults=2000&processInstanceBusinessKeyIn="
                + String.join(",", businessKeys), "admin", null);
        if (list.statusCode() != 200) {
            retried.incrementAndGet();
            return 0;
        }
        int done = startCourses(reader);
        for (JsonNode task : JSON.readTree(list.body())) {
            String definition = task.path("taskDefinitionKey").asText();
            if (held.contains(definition)) {
                continue;
            }
            String instanceId = task.path("processInstanceId").asText();
            String businessKey = businessKeyOf(reader, instanceId);
            int index = (lastNode.getOrDefault(businessKey, 0) + 1) % nodes.size();
            JarNode node = nodes.get(index);
            try {
                if (complete(node, task, definition, businessKey)) {
                    lastNode.put(businessKey, index);
                    done++;
                }
            } catch (IOException e) {
                retried.incrementAndGet();
            }
        }
        return done;
    }

    private final Map<String, Integer> failuresOfTask = new ConcurrentHashMap<>();
    private final Map<String, String> keyOfInstance = new ConcurrentHashMap<>();

    private String businessKeyOf(JarNode node, String instanceId) throws IOException, InterruptedException {
        String known = keyOfInstance.get(instanceId);
        if (known != null) {
            return known;
        }
        HttpResponse<String> response = send(node, "GET", "/engine-rest/process-instance/" + instanceId, "admin", null);
        String key = response.statusCode() == 200 ? JSON.readTree(response.body()).path("businessKey").asText("") : "";
        if (!key.isEmpty()) {
            keyOfInstance.put(instanceId, key);
        }
        return key;
    }

    private boolean complete(JarNode node, JsonNode task, String definition, String businessKey)
            throws IOException, InterruptedException {
        String taskId = task.path("id").asText();
        String group = candidateGroup(node, taskId);
        if (group == null) {
            retried.incrementAndGet();
            return false;
        }
        String user = userOf(group);
        ObjectNode body = switch (definition) {
            case IdeaModel.USER_TASK_SCREEN_IDEA -> values(IdeaVariables.Names.ORIGINATING_AGENCY, "msb", IdeaVariables.Names.SCREENING_OUTCOME, "complete",
                    IdeaVariables.Names.DUPLICATE_OF, "", IdeaVariables.Names.SCREENING_COMMENT, "");
            case IdeaModel.USER_TASK_SHAPE_IDEA -> values("format", "course", "delivery", "internal", CostSharingVariables.COST_KEY, "participants",
                    "estimatedCost", 24000L, IdeaVariables.Names.INTEREST_DEADLINE, LocalDate.now().plusDays(2).toString());
            case IdeaModel.USER_TASK_STATE_INTEREST -> {
                boolean interested = INTERESTED.contains(agencyOf(group));
                yield values(IdeaVariables.Names.AGENCY_PARTICIPANTS, interested ? 3L : 0L, IdeaVariables.Names.CO_FUNDING, interested, IdeaVariables.Names.INTEREST_COMMENT, "");
            }
            case IdeaModel.USER_TASK_DECIDE_IDEA -> values(IdeaVariables.Names.DECISION, "approve",
                    IdeaVariables.Names.DECISION_REASON, "Fyra myndigheter och tolv deltagare: tillräckligt intresse.");
            case CourseDeliveryModel.USER_TASK_PLAN_OCCASION -> values(DeliveryVariables.Names.COURSE_START, LocalDate.now().plusDays(1).toString(),
                    DeliveryVariables.Names.COURSE_END, LocalDate.now().plusDays(1).toString(), DeliveryVariables.Names.VENUE_AGENCY, "spv",
                    DeliveryVariables.Names.VENUE_ADDRESS, "Storgatan 1, Sundsvall", DeliveryVariables.Names.TRAINER, "Klartext HB", DeliveryVariables.Names.CAPACITY, 8L,
                    DeliveryVariables.Names.REGISTRATION_CLOSES, LocalDate.now().toString(), DeliveryVariables.Names.MINIMUM_PARTICIPANTS, 1L);
            case CourseDeliveryModel.USER_TASK_REGISTER_PARTICIPANTS -> {
                String agency = agencyOf(group);
                ArrayNode people = JsonNodeFactory.instance.arrayNode();
                people.addObject().put("name", "Deltagare " + businessKey + " " + agency)
                        .put("email", participantEmail(businessKey, agency)).put("title", "Handläggare");
                yield values(DeliveryVariables.Names.PARTICIPANTS, people, DeliveryVariables.Names.RESERVES, JsonNodeFactory.instance.arrayNode(),
                        "noShowInformed", true);
            }
            case CourseDeliveryModel.USER_TASK_REGISTER_ATTENDANCE -> {
                ArrayNode attended = JsonNodeFactory.instance.arrayNode();
                HttpResponse<String> options = send(node, "GET", "/engine-rest/task/" + taskId
                        + "/form-variables?variableNames=participantOptions&deserializeValues=false", user, null);
                if (options.statusCode() != 200) {
                    retried.incrementAndGet();
                    yield null;
                }
                JsonNode value = JSON.readTree(options.body()).path(DeliveryVariables.Names.PARTICIPANT_OPTIONS).path("value");
                JsonNode parsed = value.isTextual() ? JSON.readTree(value.asText()) : value;
                parsed.forEach(option -> attended.add(option.path("value").asText()));
                yield values(DeliveryVariables.Names.ATTENDED, attended, "attendanceNote", "");
            }
            case CourseEvaluationModel.USER_TASK_FOLLOW_UP_WITH_MANAGERS -> values(EvaluationVariables.Names.WORK_CHANGED, "yes", EvaluationVariables.Names.FOLLOW_UP_NOTES, "");
            default -> throw new IllegalStateException("The journey has no step for task " + definition + " ("
                    + task.path("name").asText() + ")");
        };
        if (body == null) {
            return false;
        }
        HttpResponse<String> response = send(node, "POST", "/engine-rest/task/" + taskId + "/submit-form", user, body);
        if (response.statusCode() == 204) {
            submitted.incrementAndGet();
            count(node);
            return true;
        }
        if (response.statusCode() == 400 && response.body().contains("FormFieldValidation")) {
            refusals.add(definition + " as " + user + ": " + response.body());
        }
        // 404: completed meanwhile (a lost response before a kill); 500: an optimistic-locking
        // conflict with a job on the same instance; both: look again in the next sweep - but a step
        // that fails again and again is broken, not unlucky
        retried.incrementAndGet();
        if (failuresOfTask.merge(taskId, 1, Integer::sum) > 10) {
            throw new IllegalStateException(definition + " as " + user + " keeps failing: " + response.statusCode()
                    + " " + response.body());
        }
        return false;
    }

    /**
     * The course starts tomorrow at midnight: the day arrives at once for the journeys by moving
     * the start timer's due date to now (as an operator could in Cockpit); the job executors of
     * the nodes then fire it. Returns 0 (no task completed).
     */
    private int startCourses(JarNode node) throws IOException, InterruptedException {
        HttpResponse<String> timers = send(node, "GET", "/engine-rest/job?timers=true&activityId=BoundaryEvent_CourseStarted",
                "admin", null);
        if (timers.statusCode() != 200) {
            retried.incrementAndGet();
            return 0;
        }
        java.time.format.DateTimeFormatter restDate = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        java.time.OffsetDateTime past = java.time.OffsetDateTime.now().minusMinutes(1);
        String now = past.format(restDate);
        for (JsonNode job : JSON.readTree(timers.body())) {
            if (!java.time.OffsetDateTime.parse(job.path("dueDate").asText(), restDate).isAfter(past.plusMinutes(1))) {
                continue;
            }
            HttpResponse<String> moved = send(node, "PUT", "/engine-rest/job/" + job.path("id").asText() + "/duedate",
                    "admin", JSON.createObjectNode().put("duedate", now));
            if (moved.statusCode() != 204) {
                retried.incrementAndGet();
            }
        }
        return 0;
    }

    static String participantEmail(String businessKey, String agency) {
        return "deltagare-" + businessKey.toLowerCase() + "@" + agency + ".example";
    }

    private String candidateGroup(JarNode node, String taskId) throws IOException, InterruptedException {
        HttpResponse<String> links = send(node, "GET", "/engine-rest/task/" + taskId + "/identity-links?type=candidate",
                "admin", null);
        if (links.statusCode() != 200) {
            return null;
        }
        for (JsonNode link : JSON.readTree(links.body())) {
            if (link.hasNonNull("groupId")) {
                return link.path("groupId").asText();
            }
        }
        return null;
    }

    /** The demo user who works tasks of a candidate group. */
    static String userOf(String group) {
        return switch (group) {
            case "network-coordinators", "education-council" -> "koordinator";
            case "training-administrators" -> "utbildningsadmin";
            default -> {
                if (group.endsWith("-training-coordinators")) {
                    yield "utbkoord-" + agencyOf(group);
                }
                throw new IllegalStateException("No demo user for candidate group " + group);
            }
        };
    }

    private static String agencyOf(String group) {
        return group.substring(0, group.indexOf("-training-coordinators"));
    }

    private void count(JarNode node) {
        submitsPerNode.computeIfAbsent(node.name(), n -> new AtomicInteger()).incrementAndGet();
    }

    HttpResponse<String> send(JarNode node, String method, String path, String user, JsonNode body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {"variables": {...}} as Tasklist submits a Camunda Form: lists as Json, numbers as Long. */
    static ObjectNode values(Object... pairs) {
        ObjectNode variables = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            ObjectNode variable = variables.putObject((String) pairs[i]);
            Object value = pairs[i + 1];
            if (value instanceof JsonNode node) {
                variable.put("value", node.toString());
                variable.put("type", "Json");
            } else {
                variable.set("value", JSON.valueToTree(value));
                variable.put("type", value instanceof Boolean ? "Boolean" : value instanceof Long ? "Long" : "String");
            }
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("variables", variables);
        return body;
    }
}
