package se.agencynetwork.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.agencynetwork.forms.FormSamples.FormUse;

/**
 * Data-driven over every Camunda Form of the deployment: for each input of each form, a missing
 * required value, a value out of range and a value outside a select's options are refused over
 * the engine REST API (task complete and submit-form, start-form submission) with 400 naming the
 * field, and nothing changes: no instance is started, the task stays open, no variable changes.
 * Tasks are reached as {@link FormSamples#taskBefore} describes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormEnforcementRestTest {

    static final String NOT_AN_OPTION = "inte-ett-val";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    record BadCase(String name, FormField field, JsonNode value) {
    }

    @TestFactory
    Stream<DynamicNode> everyFormRefusesBadInputOverRest() {
        FormSamples samples = new FormSamples(repositoryService, runtimeService, taskService);
        assertThat(samples.forms()).as("deployed forms").isNotEmpty();
        Map<String, List<FormUse>> uses = samples.uses();
        List<DynamicNode> containers = new ArrayList<>();
        for (FormSchema schema : samples.forms().values()) {
            List<FormUse> formUses = uses.getOrDefault(schema.id(), List.of());
            List<DynamicNode> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest("is used by a model", () -> assertThat(formUses).isNotEmpty()));
            tests.add(DynamicTest.dynamicTest("accepts its generated valid values", () -> {
                ObjectNode values = samples.context(formUses);
                values.setAll(FormSamples.baseline(schema, values));
                assertThat(FormValidator.validate(schema, FormSamples.valuesOf(values)::get)).isEmpty();
            }));
            List<BadCase> cases = badCases(schema);
            tests.add(DynamicTest.dynamicTest("has inputs with rules to probe", () ->
                    assertThat(cases).as("a form whose inputs have no rule at all cannot refuse anything").isNotEmpty()));
            for (FormUse use : formUses) {
                for (BadCase bad : cases) {
                    tests.add(DynamicTest.dynamicTest(use.elementId() + ": " + bad.name(),
                            () -> refused(samples, schema, use, bad)));
                }
            }
            containers.add(DynamicContainer.dynamicContainer(schema.id(), tests));
        }
        return containers.stream();
    }

    void refused(FormSamples samples, FormSchema schema, FormUse use, BadCase bad) {
        ObjectNode submission = FormSamples.baseline(schema, samples.context(List.of(use)));
        FormSamples.setAt(submission, bad.field().path(), bad.value());
        if (use.startEvent()) {
            long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(use.processKey()).count();
            ResponseEntity<String> response = post("/engine-rest/process-definition/key/" + use.processKey()
                    + "/submit-form", submission);
            assertRefusal(response, bad);
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(use.processKey()).count())
                    .as("no instance started").isEqualTo(before);
            return;
        }
        Task task = samples.taskBefore(use, Map.of());
        Map<String, String> before = samples.variables(task.getProcessInstanceId());
        for (String endpoint : List.of("complete", "submit-form")) {
            ResponseEntity<String> response = post("/engine-rest/task/" + task.getId() + "/" + endpoint, submission);
            assertRefusal(response, bad);
            assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("task still open").isEqualTo(1);
            assertThat(samples.variables(task.getProcessInstanceId())).as("variables unchanged").isEqualTo(before);
        }
        runtimeService.deleteProcessInstance(task.getProcessInstanceId(), "form test", true, true);
    }

    void assertRefusal(ResponseEntity<String> response, BadCase bad) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(response.getBody()).contains("(" + bad.field().key() + ")");
    }

    /** A missing required value, values just outside min/max and the length limits, and a value outside the options. */
    static List<BadCase> badCases(FormSchema schema) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<BadCase> cases = new ArrayList<>();
        for (FormField field : schema.fields()) {
            JsonNode rules = field.validate();
            if (field.required() && !field.conditional()) {
                cases.add(new BadCase("missing " + field.key(), field, f.nullNode()));
            }
            if (rules.path("min").isNumber()) {
                cases.add(new BadCase("below min " + field.key(), field, f.numberNode(rules.path("min").asLong() - 1)));
            }
            if (rules.path("max").isNumber()) {
                cases.add(new BadCase("above max " + field.key(), field, f.numberNode(rules.path("max").asLong() + 1)));
            }
            if (rules.path("maxLength").isNumber()) {
                cases.add(new BadCase("too long " + field.key(), field, f.textNode("x".repeat(rules.path("maxLength").asInt() + 1))));
            }
            if (rules.path("minLength").isNumber() && rules.path("minLength").asInt() > 1) {
                cases.add(new BadCase("too short " + field.key(), field, f.textNode("x")));
            }
            if (field.hasOptions()) {
                JsonNode value = field.multiValued() ? f.arrayNode().add(NOT_AN_OPTION) : f.textNode(NOT_AN_OPTION);
                cases.add(new BadCase("not an option " + field.key(), field, value));
            }
            if ("number".equals(field.type())) {
                cases.add(new BadCase("text in number " + field.key(), field, f.textNode("tolv")));
            }
        }
        return cases;
    }

    ResponseEntity<String> post(String path, ObjectNode values) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth("admin", "demo").postForEntity(path,
                new HttpEntity<>(FormSamples.restBody(values).toString(), headers), String.class);
    }

    @org.junit.jupiter.api.Test
    void theFormsOfTheRepositoryAllHaveInputs() {
        assertThat(new FormSamples(repositoryService, runtimeService, taskService).forms()).isNotEmpty();
    }
}
