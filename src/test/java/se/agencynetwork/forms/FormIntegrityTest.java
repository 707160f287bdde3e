package se.agencynetwork.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.agencynetwork.forms.FormSamples.FormUse;
import se.agencynetwork.testsupport.DatabaseSnapshot;

/**
 * Issue 16, rule 1, generated from the deployed forms: for every use of every form (start event or
 * user task), a submission that is valid except for one variable the form does not offer - an
 * unknown variable, each read-only field with a changed value, each field hidden by its condition,
 * a key outside a dynamic list's row - is sent through every entry point (task {@code complete},
 * {@code submit-form} and {@code resolve}; start {@code submit-form} and {@code start} by key and by
 * id) over the engine REST API as the task's own user (a demo user of its candidate group, or the
 * coordinator for a start form), with HTTP Basic and password {@code demo}. Each answers 400 naming
 * the variable, and a snapshot of the application's tables, {@code ACT_RU_*} and
 * {@code ACT_HI_VARINST} is the same before and after. Tasks are reached by starting their process
 * right before them ({@link FormSamples#taskBefore}, test setup through the Java API).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormIntegrityTest {

    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String CHANGED = "Ändrat av formulärprovet";
    static final Pattern NAME = Pattern.compile("(?<![.\\w\"])([A-Za-z_][A-Za-z0-9_]*)\\b");

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
    final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();
    final Map<String, Integer> counts = new TreeMap<>();
    FormSamples samples;

    /**
     * One submission that must be refused and the variable (key) its message must name; {@code task} holds
     * the process variables the task must have been opened with (a condition on a variable the process set,
     * not on an input of the form), else it is empty.
     */
    record Case(String kind, String blamed, ObjectNode values, Map<String, Object> task) {
        Case(String kind, String blamed, ObjectNode values) {
            this(kind, blamed, values, Map.of());
        }
    }

    @BeforeAll
    void setUp() {
        samples = new FormSamples(repositoryService, runtimeService, taskService);
    }

    @AfterAll
    void report() {
        System.out.println("Form integrity: refused with the variable's name and nothing stored, by kind: " + counts
                + ", total " + counts.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void everyFormRefusesEveryVariableItDoesNotOfferThroughEveryEntryPoint() {
        int uses = 0;
        for (Map.Entry<String, List<FormUse>> entry : samples.uses().entrySet()) {
            FormSchema schema = samples.form(entry.getKey());
            for (FormUse use : entry.getValue()) {
                uses++;
                ObjectNode valid = samples.validValues(use);
                List<Case> cases = cases(schema, valid, samples.context(List.of(use)));
                if (use.startEvent()) {
                    String definitionId = repositoryService.createProcessDefinitionQuery()
                            .processDefinitionKey(use.processKey()).latestVersion().singleResult().getId();
                    List<String> endpoints = List.of(
                            "/engine-rest/process-definition/key/" + use.processKey() + "/submit-form",
                            "/engine-rest/process-definition/key/" + use.processKey() + "/start",
                            "/engine-rest/process-definition/" + definitionId + "/submit-form",
                            "/engine-rest/process-definition/" + definitionId + "/start");
                    refusedWithoutTrace(use, starter(use.processKey()), endpoints, cases);
                } else {
                    // one task per set of process variables the cases need (most need none)
                    Map<Map<String, Object>, List<Case>> byTask = new java.util.LinkedHashMap<>();
                    cases.forEach(c -> byTask.computeIfAbsent(c.task(), k -> new ArrayList<>()).add(c));
                    for (Map.Entry<Map<String, Object>, List<Case>> group : byTask.entrySet()) {
                        Task task = samples.taskBefore(use, group.getKey());
                        List<String> endpoints = List.of("/engine-rest/task/" + task.getId() + "/complete",
                                "/engine-rest/task/" + task.getId() + "/submit-form",
                                "/engine-rest/task/" + task.getId() + "/resolve");
                        refusedWithoutTrace(use, ownUser(task), endpoints, group.getValue());
                        runtimeService.deleteProcessInstance(task.getProcessInstanceId(), "form integrity test", true, true);
                    }
                }
            }
        }
        assertThat(uses).as("form uses probed").isGreaterThan(30);
        assertThat(counts.get("read-only field")).as("read-only fields probed").isGreaterThan(50);
        assertThat(counts.get("hidden field")).as("hidden fields probed").isGreaterThan(3);
        assertThat(counts.get("key outside a list row")).as("list rows probed").isGreaterThan(3);
    }

    /** Who may start the process by hand: the coordinator, but an agency's HR for candidate sharing. */
    static String starter(String processKey) {
        return "candidate-referral".equals(processKey) ? "utbkoord-spv" : "koordinator";
    }

    /** The unknown variable, every read-only field, every hidden field and a foreign key in every list's row. */
    List<Case> cases(FormSchema schema, ObjectNode valid, ObjectNode context) {
        List<Case> cases = new ArrayList<>();
        ObjectNode unknown = valid.deepCopy();
        unknown.put("formProbeUnknown", "x");
        cases.add(new Case("unknown variable", "formProbeUnknown", unknown));
        for (String readOnly : schema.readOnly().keySet()) {
            if (!schema.fieldsOf(readOnly).isEmpty()) {
                continue; // also an editable input elsewhere in the form
            }
            ObjectNode changed = valid.deepCopy();
            changed.put(readOnly, CHANGED);
            cases.add(new Case("read-only field", readOnly, changed));
        }
        for (FormField field : schema.fields()) {
            String hide = schema.hidden().get(field.key());
            if (hide != null) {
                ObjectNode hiddenCase = withCondition(schema, valid, context, hide, true);
                if (hiddenCase != null) {
                    FormSamples.setAt(hiddenCase, field.path(), someValue(field, context));
                    cases.add(new Case("hidden field", field.key(), hiddenCase));
                } else {
                    // hidden by what the process set before (the idea's kind hides how a course is delivered)
                    Map<String, Object> task = processVariablesThatHide(schema, hide);
                    assertThat(task).as(schema.id() + ": values that hide " + field.key()).isNotNull();
                    ObjectNode values = valid.deepCopy();
                    FormSamples.setAt(values, field.path(), someValue(field, context));
                    cases.add(new Case("hidden field", field.key(), values, task));
                }
            }
            if (field.isList() && field.path().size() == 1) {
                ObjectNode foreign = hide == null ? valid.deepCopy() : withCondition(schema, valid, context, hide, false);
                ObjectNode row = F.objectNode();
                for (FormField inner : field.items()) {
                    JsonNode value = FormSamples.validValue(inner, context);
                    if (value != null) {
                        FormSamples.setAt(row, inner.path(), value);
                    }
                }
                row.put("formProbeExtra", 15);
                foreign.set(field.key(), F.arrayNode().add(row));
                cases.add(new Case("key outside a list row", field.key() + "[0].formProbeExtra", foreign));
            }
        }
        return cases;
    }

    /** The valid values with the input(s) the condition reads set so that it hides (or shows) its field. */
    ObjectNode withCondition(FormSchema schema, ObjectNode valid, ObjectNode context, String expression, boolean hide) {
        Matcher name = NAME.matcher(expression);
        while (name.find()) {
            for (FormField controller : schema.fieldsOf(name.group(1))) {
                List<JsonNode> candidates = new ArrayList<>();
                if ("checkbox".equals(controller.type())) {
                    candidates.add(F.booleanNode(true));
                    candidates.add(F.booleanNode(false));
                } else if (controller.staticValues() != null) {
                    controller.staticValues().forEach(v -> candidates.add(F.textNode(v)));
                }
                for (JsonNode candidate : candidates) {
                    VariableMap variables = Variables.createVariables();
                    variables.putValue(controller.key(), candidate.isBoolean() ? candidate.asBoolean() : candidate.asText());
                    Object hidden = feel.evaluateSimpleExpression(expression, variables.asVariableContext());
                    if (Boolean.TRUE.equals(hidden) == hide) {
                        ObjectNode values = valid.deepCopy();
                        values.set(controller.key(), candidate);
                        return values;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Process variables that make the condition hide its field, for a condition on variables that are no
     * input of the form: each such name tried with the text literals of the expression; null if none hides.
     */
    Map<String, Object> processVariablesThatHide(FormSchema schema, String expression) {
        List<String> literals = new ArrayList<>();
        Matcher literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(expression);
        while (literal.find()) {
            literals.add(literal.group(1));
        }
        Matcher name = NAME.matcher(expression);
        while (name.find()) {
            String variable = name.group(1);
            if (!schema.fieldsOf(variable).isEmpty() || List.of("true", "false", "null", "not", "and", "or").contains(variable)) {
                continue;
            }
            for (String candidate : literals) {
                VariableMap variables = Variables.createVariables();
                variables.putValue(variable, candidate);
                if (Boolean.TRUE.equals(feel.evaluateSimpleExpression(expression, variables.asVariableContext()))) {
                    return Map.of(variable, candidate);
                }
            }
        }
        return null;
    }

    /** A value the field would take if it were shown. */
    static JsonNode someValue(FormField field, ObjectNode context) {
        JsonNode value = FormSamples.validValue(field, context);
        if (value != null) {
            return value;
        }
        return "number".equals(field.type()) ? F.numberNode(1) : F.textNode("Ifyllt fast dolt");
    }

    void refusedWithoutTrace(FormUse use, String user, List<String> endpoints, List<Case> cases) {
        Map<String, String> before = DatabaseSnapshot.of(dataSource);
        for (String endpoint : endpoints) {
            for (Case refused : cases) {
                HttpResponse<String> response = post(user, endpoint, FormSamples.restBody(refused.values()).toString());
                String what = use.processKey() + "/" + use.elementId() + " " + endpoint + " as " + user + ": "
                        + refused.kind() + " " + refused.blamed();
                assertThat(response.statusCode()).as(what + " -> " + response.body()).isEqualTo(400);
                assertThat(response.body()).as(what).contains("(" + refused.blamed() + ")");
                counts.merge(refused.kind(), 1, Integer::sum);
            }
        }
        assertThat(DatabaseSnapshot.of(dataSource)).as(use + ": database unchanged").isEqualTo(before);
    }

    /** The assignee, else a demo user (not the administrator) of the task's first candidate group. */
    String ownUser(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (link.getGroupId() != null) {
                List<User> members = identityService.createUserQuery().memberOfGroup(link.getGroupId()).orderByUserId()
                        .asc().list();
                for (User member : members) {
                    if (!member.getId().equals("admin")) {
                        return member.getId();
                    }
                }
            }
        }
        throw new AssertionError("No user of task " + task.getTaskDefinitionKey() + " found");
    }

    HttpResponse<String> post(String user, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(path, e);
        }
    }
}
