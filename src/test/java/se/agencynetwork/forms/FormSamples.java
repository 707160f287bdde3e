package se.agencynetwork.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.agencynetwork.system.ModelDeployer;

/**
 * The deployed forms and models, where each form is used, valid values for a form and a way to
 * reach any user task: what the tests that probe the forms over REST (FormEnforcementRestTest,
 * the hostile-input and authorization tests) share.
 *
 * <p>A task is reached by starting its process right before it; the variables its creation needs
 * come from the values of the process's other forms and from {@code forms/form-test-context.json}.
 */
public final class FormSamples {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Where a form is used: a user task or a start event of a process. */
    public record FormUse(String processKey, String elementId, boolean startEvent, boolean multiInstance) {
    }

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final Map<String, FormSchema> forms = new TreeMap<>();
    private final Map<String, BpmnModelInstance> models = new TreeMap<>();
    private final JsonNode context;

    public FormSamples(RepositoryService repositoryService, RuntimeService runtimeService, TaskService taskService) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        Deployment deployment = repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
                .singleResult();
        try {
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
            try (InputStream in = FormSamples.class.getResourceAsStream("/forms/form-test-context.json")) {
                context = MAPPER.readTree(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every deployed form by id. */
    public Map<String, FormSchema> forms() {
        return forms;
    }

    public FormSchema form(String formId) {
        FormSchema schema = forms.get(formId);
        if (schema == null) {
            throw new IllegalArgumentException("No deployed form " + formId);
        }
        return schema;
    }

    /** For every form id, the start events and user tasks that use it. */
    public Map<String, List<FormUse>> uses() {
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

    /** The form a start event or user task uses. */
    public FormSchema formOf(FormUse use) {
        return uses().entrySet().stream().filter(e -> e.getValue().contains(use)).map(e -> form(e.getKey()))
                .findFirst().orElseThrow();
    }

    public FormUse use(String processKey, String elementId) {
        return uses().values().stream().flatMap(List::stream)
                .filter(u -> u.processKey().equals(processKey) && u.elementId().equals(elementId))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(processKey + "/" + elementId));
    }

    private static void collect(String processKey, FlowElement element, Map<String, List<FormUse>> uses) {
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

    /** The variables form-test-context.json gives the processes of these uses. */
    public ObjectNode context(List<FormUse> uses) {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        for (FormUse use : uses) {
            if (context.path(use.processKey()).isObject()) {
                values.setAll((ObjectNode) context.path(use.processKey()));
            }
        }
        return values;
    }

    /** Valid values for the form of this use, given the context of its process. */
    public ObjectNode validValues(FormUse use) {
        return baseline(formOf(use), context(List.of(use)));
    }

    /**
     * Starts the use's process right before its task, as earlier steps would have left it (the
     * context, the values of the process's other forms, then {@code extra} over them), and returns
     * the first task created there.
     */
    public Task taskBefore(FormUse use, Map<String, Object> extra) {
        FormSchema schema = formOf(use);
        ObjectNode context = context(List.of(use));
        Map<String, Object> variables = new HashMap<>(valuesOf(context));
        for (Map.Entry<String, List<FormUse>> e : uses().entrySet()) {
            boolean sameProcess = e.getValue().stream().anyMatch(u -> u.processKey().equals(use.processKey()));
            if (sameProcess && !e.getKey().equals(schema.id())) {
                valuesOf(baseline(form(e.getKey()), context)).forEach(variables::putIfAbsent);
            }
        }
        variables.putAll(extra);
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

    /** Valid values for the form's required inputs (and inputs with options), as JSON. */
    public static ObjectNode baseline(FormSchema schema, ObjectNode context) {
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
                if ("email".equals(rules.path("validationType").asText())) {
                    return f.textNode("formularprov@example.se");
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

    public static void setAt(ObjectNode root, List<String> path, JsonNode value) {
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
    public static Map<String, Object> valuesOf(ObjectNode json) {
        Map<String, Object> values = new LinkedHashMap<>();
        json.fields().forEachRemaining(e -> values.put(e.getKey(), MAPPER.convertValue(e.getValue(), Object.class)));
        return values;
    }

    /** The engine REST API's request body ({@code {"variables": {name: {value, type}}}}) for these values. */
    public static ObjectNode restBody(ObjectNode values) {
        ObjectNode variables = JsonNodeFactory.instance.objectNode();
        values.fields().forEachRemaining(e -> variables.set(e.getKey(), restVariable(e.getValue())));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("variables", variables);
        return body;
    }

    /** One variable as the engine REST API takes it, typed by its JSON value. */
    public static ObjectNode restVariable(JsonNode value) {
        ObjectNode variable = JsonNodeFactory.instance.objectNode();
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
        return variable;
    }

    /** The variables of the instance and the local ones of each of its executions, as text. */
    public Map<String, String> variables(String processInstanceId) {
        Map<String, String> values = new TreeMap<>();
        runtimeService.getVariables(processInstanceId).forEach((k, v) -> values.put(k, String.valueOf(v)));
        runtimeService.createExecutionQuery().processInstanceId(processInstanceId).list().forEach(execution ->
                runtimeService.getVariablesLocal(execution.getId())
                        .forEach((k, v) -> values.put(execution.getId() + "/" + k, String.valueOf(v))));
        return values;
    }
}
