package se.agencynetwork.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.agencynetwork.system.ModelDeployer;

/**
 * Data-driven over every Camunda Form of the deployment: for each input of each form, a missing
 * required value, a value out of range and a value outside a select's options are refused over
 * the engine REST API (task complete and submit-form, start-form submission) with 400 naming the
 * field, and nothing changes: no instance is started, the task stays open, no variable changes.
 *
 * <p>A task is reached by starting its process right before it; the variables its creation needs
 * come from the values of the process's other forms and from {@code forms/form-test-context.json}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormEnforcementRestTest {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String NOT_AN_OPTION = "inte-ett-val";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    record FormUse(String processKey, String elementId, boolean startEvent, boolean multiInstance) {
    }

    record BadCase(String name, FormField field, JsonNode value) {
    }

    @TestFactory
    Stream<DynamicNode> everyFormRefusesBadInputOverRest() throws IOException {
        Deployment deployment = repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
                .singleResult();
        Map<String, FormSchema> forms = new TreeMap<>();
        Map<String, BpmnModelInstance> models = new TreeMap<>();
        for (String name : repositoryService.getDeploymentResourceNames(deployment.getId())) {
            try (InputStream in = repositoryService.getResourceAsStream(deployment.getId(), name)) {
                if (name.endsWith(".form")) {
                    FormSchema schema = FormSchema.parse(in.readAllBytes());
                    forms.put(schema.id(), schema);
                } else if (name.endsWith(".bpmn")) {
                    models.put(name, Bpmn.readModelFromStream(in));
                }
            }
        }
        assertThat(forms).as("deployed forms").isNotEmpty();
        JsonNode context;
        try (InputStream in = getClass().getResourceAsStream("/forms/form-test-context.json")) {
            context = MAPPER.readTree(in);
        }
        Map<String, List<FormUse>> uses = usesOf(models);
        List<DynamicNode> containers = new ArrayList<>();
        for (FormSchema schema : forms.values()) {
            List<FormUse> formUses = uses.getOrDefault(schema.id(), List.of());
            List<DynamicNode> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest("is used by a model", () -> assertThat(formUses).isNotEmpty()));
            tests.add(DynamicTest.dynamicTest("accepts its generated valid values", () -> {
                ObjectNode values = context(context, formUses);
                values.setAll(baseline(schema, values));
                assertThat(FormValidator.validate(schema, valuesOf(values)::get)).isEmpty();
            }));
            List<BadCase> cases = badCases(schema);
            tests.add(DynamicTest.dynamicTest("has inputs with rules to probe", () ->
                    assertThat(cases).as("a form whose inputs have no rule at all cannot refuse anything").isNotEmpty()));
            for (FormUse use : formUses) {
                for (BadCase bad : cases) {
                    tests.add(DynamicTest.dynamicTest(use.elementId() + ": " + bad.name(),
                            () -> refused(schema, use, bad, context(context, List.of(use)), models)));
                }
            }
            containers.add(DynamicContainer.dynamicContainer(schema.id(), tests));
        }
        return containers.stream();
    }

    static ObjectNode context(JsonNode context, List<FormUse> uses) {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        for (FormUse use : uses) {
            if (context.path(use.processKey()).isObject()) {
                values.setAll((ObjectNode) context.path(use.processKey()));
            }
        }
        return values;
    }

    void refused(FormSchema schema, FormUse use, BadCase bad, ObjectNode context, Map<String, BpmnModelInstance> models) {
        ObjectNode submission = baseline(schema, context);
        setAt(submission, bad.field().path(), bad.value());
        if (use.startEvent()) {
            long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(use.processKey()).count();
            ResponseEntity<String> response = post("/engine-rest/process-definition/key/" + use.processKey()
                    + "/submit-form", submission);
            assertRefusal(response, bad);
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(use.processKey()).count())
                    .as("no instance started").isEqualTo(before);
            return;
        }
        Task task = taskBefore(use, schema, context, models);
        Map<String, String> before = snapshot(task.getProcessInstanceId());
        for (String endpoint : List.of("complete", "submit-form")) {
            ResponseEntity<String> response = post("/engine-rest/task/" + task.getId() + "/" + endpoint, submission);
            assertRefusal(response, bad);
            assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("task still open").isEqualTo(1);
            assertThat(snapshot(task.getProcessInstanceId())).as("variables unchanged").isEqualTo(before);
        }
        runtimeService.deleteProcessInstance(task.getProcessInstanceId(), "form test", true, true);
    }

    void assertRefusal(ResponseEntity<String> response, BadCase bad) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(response.getBody()).contains("(" + bad.field().key() + ")");
    }

    Task taskBefore(FormUse use, FormSchema schema, ObjectNode context, Map<String, BpmnModelInstance> models) {
        Map<String, Object> variables = new HashMap<>(valuesOf(context));
        // the values of the process's other forms, as earlier steps would have left them
        for (String otherForm : formsOfProcess(models, use.processKey())) {
            if (!otherForm.equals(schema.id())) {
                FormSchema other = schemaOf(otherForm);
                valuesOf(baseline(other, context)).forEach(variables::putIfAbsent);
            }
        }
        String activity = use.multiInstance() ? use.elementId() + "#multiInstanceBody" : use.elementId();
        ProcessInstance instance;
        try {
            instance = runtimeService.createProcessInstanceByKey(use.processKey())
                    .businessKey("FORMTEST-" + System.nanoTime())
                    // before the instruction: process variables, set before any scope (and its timers) is created
                    .setVariables(variables)
                    .startBeforeActivity(activity)
                    .execute(true, true);
        } catch (RuntimeException e) {
            throw new AssertionError("Cannot create task " + use.elementId() + " of " + use.processKey()
                    + ": add the variables its creation needs to src/test/resources/forms/form-test-context.json under \""
                    + use.processKey() + "\" (" + e.getMessage() + ")", e);
        }
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(use.elementId()).list();
        assertThat(tasks).as("task " + use.elementId() + " created").isNotEmpty();
        return tasks.get(0);
    }

    Map<String, FormSchema> schemaCache = new HashMap<>();

    FormSchema schemaOf(String formId) {
        return schemaCache.computeIfAbsent(formId, id -> {
            Deployment deployment = repositoryService.createDeploymentQuery()
                    .deploymentName(ModelDeployer.DEPLOYMENT_NAME).singleResult();
            for (String name : repositoryService.getDeploymentResourceNames(deployment.getId())) {
                if (name.endsWith(".form")) {
                    try (InputStream in = repositoryService.getResourceAsStream(deployment.getId(), name)) {
                        FormSchema schema = FormSchema.parse(in.readAllBytes());
                        if (schema.id().equals(id)) {
                            return schema;
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            throw new IllegalStateException("No form " + id);
        });
    }

    static List<String> formsOfProcess(Map<String, BpmnModelInstance> models, String processKey) {
        List<String> forms = new ArrayList<>();
        usesOf(models).forEach((form, uses) -> {
            if (uses.stream().anyMatch(u -> u.processKey().equals(processKey))) {
                forms.add(form);
            }
        });
        return forms;
    }

    static Map<String, List<FormUse>> usesOf(Map<String, BpmnModelInstance> models) {
        Map<String, List<FormUse>> uses = new TreeMap<>();
        for (BpmnModelInstance model : models.values()) {
            for (Process process : model.getModelElementsByType(Process.class)) {
                for (FlowElement element : process.getChildElementsByType(FlowElement.class)) {
                    collect(process.getId(), element, uses);
                }
            }
        }
        return uses;
    }

    static void collect(String processKey, FlowElement element, Map<String, List<FormUse>> uses) {
        String formRef = null;
        boolean start = false;
        boolean multi = false;
        if (element instanceof UserTask task) {
            formRef = task.getCamundaFormRef();
            multi = task.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics;
        } else if (element instanceof StartEvent event) {
            formRef = event.getCamundaFormRef();
            start = true;
        }
        if (formRef != null) {
            uses.computeIfAbsent(formRef, k -> new ArrayList<>()).add(new FormUse(processKey, element.getId(), start, multi));
        }
        for (FlowElement child : element.getChildElementsByType(FlowElement.class)) {
            collect(processKey, child, uses);
        }
    }

    /** Valid values for the form's required inputs (and inputs with options), as JSON. */
    static ObjectNode baseline(FormSchema schema, ObjectNode context) {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        for (FormField field : schema.fields()) {
            JsonNode value = validValue(field, context);
            if (value != null) {
                setAt(values, field.path(), value);
            }
        }
        return values;
    }

    static JsonNode validValue(FormField field, ObjectNode context) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode rules = field.validate();
        switch (field.type()) {
            case "textfield", "textarea" -> {
                if (!field.required()) {
                    return null;
                }
                int length = Math.max(rules.path("minLength").asInt(0), 12);
                if (rules.path("maxLength").isNumber()) {
                    length = Math.min(length, rules.path("maxLength").asInt());
                }
                return f.textNode("Testvärde för formulärprovet".repeat(10).substring(0, length));
            }
            case "number" -> {
                double value = rules.path("min").isNumber() ? Math.max(rules.path("min").asDouble(), 1) : 1;
                if (rules.path("max").isNumber()) {
                    value = Math.min(value, rules.path("max").asDouble());
                }
                return f.numberNode((long) value);
            }
            case "checkbox" -> {
                return f.booleanNode(true);
            }
            case "datetime" -> {
                String date = LocalDate.now().plusDays(60).toString();
                return f.textNode("time".equals(field.subtype()) ? "10:00"
                        : "datetime".equals(field.subtype()) ? date + "T10:00" : date);
            }
            case "select", "radio", "checklist", "taglist" -> {
                String option = firstOption(field, context);
                if (option == null) {
                    return null;
                }
                return field.multiValued() ? f.arrayNode().add(option) : f.textNode(option);
            }
            case "dynamiclist" -> {
                ObjectNode item = f.objectNode();
                for (FormField inner : field.items()) {
                    JsonNode value = validValue(inner, context);
                    if (value != null) {
                        setAt(item, inner.path(), value);
                    }
                }
                return f.arrayNode().add(item);
            }
            default -> {
                return null;
            }
        }
    }

    static String firstOption(FormField field, ObjectNode context) {
        if (field.staticValues() != null) {
            return field.staticValues().isEmpty() ? null : field.staticValues().get(0);
        }
        JsonNode options = context.path(field.valuesKey());
        return options.isArray() && !options.isEmpty() ? options.get(0).path("value").asText() : null;
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

    static void setAt(ObjectNode root, List<String> path, JsonNode value) {
        ObjectNode node = root;
        for (String step : path.subList(0, path.size() - 1)) {
            if (!node.path(step).isObject()) {
                node.set(step, JsonNodeFactory.instance.objectNode());
            }
            node = (ObjectNode) node.get(step);
        }
        node.set(path.get(path.size() - 1), value);
    }

    /** JSON values as the Java values a client of the Java API would pass. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> valuesOf(ObjectNode json) {
        Map<String, Object> values = new LinkedHashMap<>();
        json.fields().forEachRemaining(e -> values.put(e.getKey(), MAPPER.convertValue(e.getValue(), Object.class)));
        return values;
    }

    ResponseEntity<String> post(String path, ObjectNode values) {
        ObjectNode variables = JsonNodeFactory.instance.objectNode();
        values.fields().forEachRemaining(e -> {
            ObjectNode variable = JsonNodeFactory.instance.objectNode();
            JsonNode value = e.getValue();
            if (value.isContainerNode()) {
                variable.put("value", value.toString());
                variable.put("type", "Json");
            } else if (value.isNull()) {
                variable.putNull("value");
                variable.put("type", "Null");
            } else {
                variable.set("value", value);
                variable.put("type", value.isBoolean() ? "Boolean" : value.isIntegralNumber() ? "Long"
                        : value.isNumber() ? "Double" : "String");
            }
            variables.set(e.getKey(), variable);
        });
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("variables", variables);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth("admin", "demo").postForEntity(path, new HttpEntity<>(body.toString(), headers), String.class);
    }

    Map<String, String> snapshot(String processInstanceId) {
        Map<String, String> values = new TreeMap<>();
        runtimeService.getVariables(processInstanceId).forEach((k, v) -> values.put(k, String.valueOf(v)));
        // the local variables of every execution (multi-instance tasks keep their answers locally)
        runtimeService.createExecutionQuery().processInstanceId(processInstanceId).list().forEach(execution ->
                runtimeService.getVariablesLocal(execution.getId())
                        .forEach((k, v) -> values.put(execution.getId() + "/" + k, String.valueOf(v))));
        return values;
    }

    @Test
    void theFormsOfTheRepositoryAllHaveInputs() {
        Collection<String> names = repositoryService.getDeploymentResourceNames(repositoryService.createDeploymentQuery()
                .deploymentName(ModelDeployer.DEPLOYMENT_NAME).singleResult().getId());
        assertThat(names).anyMatch(n -> n.endsWith(".form"));
    }
}
