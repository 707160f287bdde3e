package se.agencynetwork.models;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import se.agencynetwork.directory.Groups;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.forms.FormField;
import se.agencynetwork.forms.FormSchema;

/**
 * Checks BPMN models against the project's modelling rules (STYLE.md "Models", issue 5):
 * <ul>
 * <li>the model parses (schema-valid);</li>
 * <li>ids follow one convention, {@code Type_PascalCase} with the element's type as prefix, and none is a
 * Modeler default ({@code Gateway_1x2y3z4}, {@code Flow_0abc123}, {@code Activity_...});</li>
 * <li>every user task and every none start event of a process has {@code camunda:formRef} with binding
 * {@code deployment} naming a form of {@code forms/};</li>
 * <li>every candidate group is a group of the directory scheme ({@link Groups}, {@code ${..}-heads},
 * {@code ${..}-training-coordinators}, or {@code ${..WorkingGroup}}: a working group a delegate chose and checked);</li>
 * <li>every process has {@code historyTimeToLive};</li>
 * <li>every flow node has a shape and every sequence flow an edge with waypoints;</li>
 * <li>every variable a gateway condition, a delegate ({@link DelegateContract#reads()}) or a call activity's
 * in-mapping reads is written on a path leading there: by a form field, a delegate
 * ({@link DelegateContract#writes()}), a call activity's out-mapping, an input parameter, a multi-instance
 * element variable, {@code camunda:initiator}, a caller's in-mapping (for a called process), or, for a
 * process started by code, the start event's {@code camunda:property name="startVariables"} list.</li>
 * </ul>
 * It reports violations as readable strings; it never throws for a bad model.
 */
public class ModelChecker {

    private static final Pattern ID = Pattern.compile("^([A-Za-z]+)_([A-Z][A-Za-z0-9]*)$");
    /** The random suffix Camunda Modeler gives new elements: seven lowercase letters and digits. */
    private static final Pattern MODELER_SUFFIX = Pattern.compile("^[0-9a-z]{7}$");
    private static final Pattern HEADS = Pattern.compile("^\\$\\{[A-Za-z][A-Za-z0-9_.]*\\}" + Pattern.quote(Groups.HEADS_SUFFIX) + "$");
    private static final Pattern COORDINATORS = Pattern.compile("^\\$\\{[A-Za-z][A-Za-z0-9_.]*\\}"
            + Pattern.quote(Groups.TRAINING_COORDINATORS_SUFFIX) + "$");
    /** A working group chosen at run time: a variable named ...WorkingGroup, set by a delegate that checks it is one. */
    private static final Pattern WORKING_GROUP = Pattern.compile("^\\$\\{[A-Za-z][A-Za-z0-9_]*WorkingGroup\\}$");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w'\"])([A-Za-z_][A-Za-z0-9_]*)\\b(?!\\s*\\()");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)\\}");
    private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Set<String> EL_WORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq",
            "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof", "execution", "task", "authenticatedUserId",
            // the bean that turns list variables (Spin JSON) into collections for multi-instance
            "lists");

    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("startEvent", "StartEvent"), Map.entry("endEvent", "EndEvent"),
            Map.entry("boundaryEvent", "BoundaryEvent"), Map.entry("intermediateCatchEvent", "IntermediateEvent"),
            Map.entry("intermediateThrowEvent", "IntermediateEvent"), Map.entry("exclusiveGateway", "Gateway"),
            Map.entry("parallelGateway", "Gateway"), Map.entry("inclusiveGateway", "Gateway"),
            Map.entry("eventBasedGateway", "Gateway"), Map.entry("complexGateway", "Gateway"),
            Map.entry("userTask", "UserTask"), Map.entry("serviceTask", "ServiceTask"), Map.entry("sendTask", "SendTask"),
            Map.entry("receiveTask", "ReceiveTask"), Map.entry("scriptTask", "ScriptTask"),
            Map.entry("businessRuleTask", "BusinessRuleTask"), Map.entry("manualTask", "ManualTask"),
            Map.entry("task", "Task"), Map.entry("callActivity", "CallActivity"), Map.entry("subProcess", "SubProcess"),
            Map.entry("sequenceFlow", "Flow"), Map.entry("lane", "Lane"), Map.entry("participant", "Participant"),
            Map.entry("message", "Message"), Map.entry("error", "Error"), Map.entry("signal", "Signal"),
            Map.entry("escalation", "Escalation"), Map.entry("dataObjectReference", "DataObjectReference"),
            Map.entry("dataObject", "DataObject"), Map.entry("dataStoreReference", "DataStoreReference"),
            Map.entry("textAnnotation", "TextAnnotation"), Map.entry("association", "Association"));

    /** Start event property naming the variables the code that starts the process passes. */
    public static final String START_VARIABLES = "startVariables";

    private final Map<String, FormSchema> forms;
    private final Map<String, DelegateContract> contracts;
    private final Set<String> fixedGroups;

    /**
     * @param forms     the forms of {@code forms/} by their id
     * @param contracts the delegates' contracts by bean name
     */
    public ModelChecker(Map<String, FormSchema> forms, Map<String, DelegateContract> contracts) {
        this.forms = forms;
        this.contracts = contracts;
        this.fixedGroups = fixedGroups();
    }

    static Set<String> fixedGroups() {
        Set<String> groups = new HashSet<>();
        for (Field field : Groups.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().endsWith("_SUFFIX")) {
                try {
                    groups.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return groups;
    }

    /** Checks a set of models together (call activities between them are followed); violations per resource name. */
    public Map<String, List<String>> check(Map<String, byte[]> models) {
        Map<String, List<String>> violations = new TreeMap<>();
        Map<String, BpmnModelInstance> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> model : models.entrySet()) {
            List<String> list = violations.computeIfAbsent(model.getKey(), k -> new ArrayList<>());
            try {
                parsed.put(model.getKey(), Bpmn.readModelFromStream(new ByteArrayInputStream(model.getValue())));
            } catch (RuntimeException e) {
                list.add("does not parse: " + e.getMessage());
            }
        }
        // variables callers map into called processes
        Map<String, Set<String>> mappedIn = new HashMap<>();
        for (BpmnModelInstance model : parsed.values()) {
            for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
                for (CamundaIn in : call.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.ExtensionElements.class)
                        .stream().flatMap(e -> e.getChildElementsByType(CamundaIn.class).stream()).toList()) {
                    if (in.getCamundaTarget() != null) {
                        mappedIn.computeIfAbsent(call.getCalledElement(), k -> new HashSet<>()).add(in.getCamundaTarget());
                    }
                }
            }
        }
        Set<String> called = new HashSet<>();
        for (BpmnModelInstance model : parsed.values()) {
            model.getModelElementsByType(CallActivity.class).forEach(call -> called.add(call.getCalledElement()));
        }
        parsed.forEach((name, model) -> violations.get(name).addAll(check(model, mappedIn, called)));
        return violations;
    }

    List<String> check(BpmnModelInstance model, Map<String, Set<String>> mappedIn, Set<String> called) {
        List<String> out = new ArrayList<>();
        checkIds(model, out);
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.getCamundaHistoryTimeToLiveString() == null || process.getCamundaHistoryTimeToLiveString().isBlank()) {
                out.add(process.getId() + ": no camunda:historyTimeToLive");
            }
        }
        checkForms(model, called, out);
        checkGroups(model, out);
        checkDiagram(model, out);
        for (Process process : model.getModelElementsByType(Process.class)) {
            checkVariables(process, mappedIn.getOrDefault(process.getId(), Set.of()), out);
        }
        return out;
    }

    void checkIds(BpmnModelInstance model, List<String> out) {
        Collection<BaseElement> elements = new ArrayList<>();
        elements.addAll(model.getModelElementsByType(FlowElement.class));
        elements.addAll(model.getModelElementsByType(Lane.class));
        elements.addAll(model.getModelElementsByType(Participant.class));
        elements.addAll(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Message.class));
        elements.addAll(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Error.class));
        elements.addAll(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Signal.class));
        for (BaseElement element : elements) {
            String type = element.getElementType().getTypeName();
            String id = element.getId();
            Matcher matcher = ID.matcher(id == null ? "" : id);
            String expected = PREFIXES.get(type);
            if (!matcher.matches()) {
                out.add(id + ": id is not Type_PascalCase (" + type + ")");
            } else if (expected != null && !expected.equals(matcher.group(1))) {
                out.add(id + ": id of a " + type + " must start with " + expected + "_");
            } else if (MODELER_SUFFIX.matcher(matcher.group(2)).matches() || matcher.group(1).equals("Activity")) {
                out.add(id + ": Modeler-generated id");
            }
            if (id != null && id.matches(".*_[0-9][0-9a-z]{6}$")) {
                out.add(id + ": Modeler-generated id");
            }
        }
    }

    /**
     * A none start event of a process needs a form unless nobody starts the process by hand: it is
     * called by a call activity, or marked {@code camunda:isStartableInTasklist="false"} (started by code).
     */
    void checkForms(BpmnModelInstance model, Set<String> called, List<String> out) {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            checkFormRef(task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding(), out);
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            boolean processLevel = start.getParentElement() instanceof Process;
            boolean startedByHand = processLevel && !called.contains(((Process) start.getParentElement()).getId())
                    && ((Process) start.getParentElement()).isCamundaStartableInTasklist();
            if (startedByHand && start.getEventDefinitions().isEmpty()) {
                checkFormRef(start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding(), out);
            } else if (start.getCamundaFormRef() != null) {
                checkFormRef(start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding(), out);
            }
        }
    }

    private void checkFormRef(String elementId, String formRef, String binding, List<String> out) {
        if (formRef == null || formRef.isBlank()) {
            out.add(elementId + ": no camunda:formRef");
            return;
        }
        if (!"deployment".equals(binding)) {
            out.add(elementId + ": camunda:formRefBinding must be \"deployment\"");
        }
        if (!forms.containsKey(formRef)) {
            out.add(elementId + ": form " + formRef + " is not in forms/");
        }
    }

    void checkGroups(BpmnModelInstance model, List<String> out) {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String groups = task.getCamundaCandidateGroups();
            if (groups == null) {
                continue;
            }
            for (String group : groups.split(",")) {
                String g = group.trim();
                if (!fixedGroups.contains(g) && !HEADS.matcher(g).matches() && !COORDINATORS.matcher(g).matches()
                        && !WORKING_GROUP.matcher(g).matches()) {
                    out.add(task.getId() + ": candidate group " + g + " is not a group of the directory scheme");
                }
            }
        }
    }

    void checkDiagram(BpmnModelInstance model, List<String> out) {
        Set<String> shapes = new HashSet<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() != null && shape.getBounds() != null) {
                shapes.add(shape.getBpmnElement().getId());
            }
        }
        Set<String> edges = new HashSet<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (edge.getBpmnElement() != null && edge.getWaypoints().size() >= 2) {
                edges.add(edge.getBpmnElement().getId());
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!shapes.contains(node.getId())) {
                out.add(node.getId() + ": no diagram shape");
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!edges.contains(flow.getId())) {
                out.add(flow.getId() + ": no diagram edge with waypoints");
            }
        }
    }

    // ---- variables ----

    void checkVariables(Process process, Set<String> mappedIn, List<String> out) {
        List<FlowNode> nodes = new ArrayList<>(process.getChildElementsByType(FlowNode.class));
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof SubProcess sub) {
                nodes.addAll(sub.getChildElementsByType(FlowNode.class));
            }
        }
        // sourceRef/targetRef, not the optional <incoming>/<outgoing> children
        Map<FlowNode, List<SequenceFlow>> outgoing = new HashMap<>();
        Map<FlowNode, List<FlowNode>> predecessors = new HashMap<>();
        for (SequenceFlow flow : process.getModelInstance().getModelElementsByType(SequenceFlow.class)) {
            outgoing.computeIfAbsent(flow.getSource(), k -> new ArrayList<>()).add(flow);
            predecessors.computeIfAbsent(flow.getTarget(), k -> new ArrayList<>()).add(flow.getSource());
        }
        Map<FlowNode, Set<String>> writes = new HashMap<>();
        Map<FlowNode, Map<String, String>> reads = new HashMap<>();
        for (FlowNode node : nodes) {
            Set<String> written = new HashSet<>();
            Map<String, String> read = new LinkedHashMap<>();
            collect(node, outgoing.getOrDefault(node, List.of()), written, read, out);
            if (node instanceof StartEvent && node.getParentElement() instanceof Process) {
                written.addAll(mappedIn);
            }
            writes.put(node, written);
            reads.put(node, read);
        }
        for (FlowNode reader : nodes) {
            for (Map.Entry<String, String> read : reads.get(reader).entrySet()) {
                String variable = read.getKey();
                boolean found = writes.get(reader).contains(variable)
                        || upstream(reader, predecessors).stream().anyMatch(w -> writes.getOrDefault(w, Set.of()).contains(variable));
                if (!found) {
                    out.add(reader.getId() + ": reads " + variable + " (" + read.getValue()
                            + ") but nothing upstream writes it");
                }
            }
        }
    }

    private void collect(FlowNode node, List<SequenceFlow> outgoing, Set<String> writes, Map<String, String> reads,
            List<String> out) {
        for (SequenceFlow flow : outgoing) {
            ConditionExpression condition = flow.getConditionExpression();
            if (condition != null && node instanceof Gateway) {
                for (String variable : identifiers(condition.getTextContent())) {
                    reads.putIfAbsent(variable, "condition of " + flow.getId());
                }
            }
        }
        String formRef = node instanceof UserTask task ? task.getCamundaFormRef()
                : node instanceof StartEvent start ? start.getCamundaFormRef() : null;
        if (formRef != null && forms.containsKey(formRef)) {
            for (FormField field : forms.get(formRef).fields()) {
                writes.add(field.path().get(0));
            }
        }
        if (node instanceof StartEvent start && start.getCamundaInitiator() != null) {
            writes.add(start.getCamundaInitiator());
        }
        if (node instanceof StartEvent && node.getExtensionElements() != null) {
            // a process started by code declares what the code passes:
            // <camunda:properties><camunda:property name="startVariables" value="mailId, kind" /></camunda:properties>
            for (CamundaProperty property : node.getExtensionElements().getElementsQuery()
                    .filterByType(CamundaProperties.class).list().stream()
                    .flatMap(p -> p.getCamundaProperties().stream()).toList()) {
                if (START_VARIABLES.equals(property.getCamundaName()) && property.getCamundaValue() != null) {
                    for (String variable : property.getCamundaValue().split(",")) {
                        writes.add(variable.trim());
                    }
                }
            }
        }
        if (node instanceof Activity activity
                && activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop) {
            if (loop.getCamundaElementVariable() != null) {
                writes.add(loop.getCamundaElementVariable());
            }
            if (loop.getCamundaCollection() != null) {
                for (String variable : identifiers(loop.getCamundaCollection())) {
                    reads.putIfAbsent(variable, "multi-instance collection");
                }
            }
        }
        List<String> delegates = new ArrayList<>();
        if (node instanceof ServiceTask service && service.getCamundaDelegateExpression() != null) {
            delegates.add(service.getCamundaDelegateExpression());
        }
        if (node instanceof ServiceTask service && service.getCamundaClass() != null) {
            delegates.add("class:" + service.getCamundaClass());
        }
        for (ModelElementInstance ext : extensions(node)) {
            if (ext instanceof CamundaInputParameter input) {
                writes.add(input.getCamundaName());
            } else if (ext instanceof CamundaOut outMapping && outMapping.getCamundaTarget() != null) {
                writes.add(outMapping.getCamundaTarget());
            } else if (ext instanceof CamundaIn in) {
                if (in.getCamundaSource() != null) {
                    reads.putIfAbsent(in.getCamundaSource(), "call activity in-mapping");
                }
            } else if (ext instanceof CamundaTaskListener listener) {
                if (listener.getCamundaDelegateExpression() != null) {
                    delegates.add(listener.getCamundaDelegateExpression());
                } else if (listener.getCamundaClass() != null) {
                    delegates.add("class:" + listener.getCamundaClass());
                }
            } else if (ext instanceof CamundaExecutionListener listener) {
                if (listener.getCamundaDelegateExpression() != null) {
                    delegates.add(listener.getCamundaDelegateExpression());
                } else if (listener.getCamundaClass() != null) {
                    delegates.add("class:" + listener.getCamundaClass());
                }
            }
        }
        for (String expression : delegates) {
            String bean;
            DelegateContract contract;
            if (expression.startsWith("class:")) {
                bean = expression.substring("class:".length());
                contract = contractOfClass(bean);
            } else {
                // ${bean} or ${bean.method(...)}: the bean's contract
                bean = expression.replaceAll("^[$#]\\{\\s*|\\s*\\}$", "").split("[.(\\s]")[0];
                contract = contracts.get(bean);
            }
            if (contract == null) {
                out.add(node.getId() + ": delegate " + expression + " declares no @DelegateContract");
                continue;
            }
            for (String variable : contract.reads()) {
                reads.putIfAbsent(variable, "read by " + bean);
            }
            writes.addAll(List.of(contract.writes()));
        }
    }

    private static DelegateContract contractOfClass(String className) {
        try {
            return Class.forName(className).getAnnotation(DelegateContract.class);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static List<ModelElementInstance> extensions(FlowNode node) {
        List<ModelElementInstance> all = new ArrayList<>();
        if (node.getExtensionElements() == null) {
            return all;
        }
        Deque<ModelElementInstance> todo = new ArrayDeque<>(node.getExtensionElements().getElements());
        while (!todo.isEmpty()) {
            ModelElementInstance element = todo.poll();
            all.add(element);
            if (element instanceof org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput io) {
                todo.addAll(io.getCamundaInputParameters());
            }
        }
        return all;
    }

    /** The nodes from which a path of sequence flows (and boundary attachments, sub-process nesting) leads to the node. */
    private static Set<FlowNode> upstream(FlowNode target, Map<FlowNode, List<FlowNode>> incoming) {
        Set<FlowNode> seen = new HashSet<>();
        Deque<FlowNode> todo = new ArrayDeque<>();
        todo.add(target);
        while (!todo.isEmpty()) {
            FlowNode node = todo.poll();
            List<FlowNode> predecessors = new ArrayList<>(incoming.getOrDefault(node, List.of()));
            if (node instanceof BoundaryEvent boundary) {
                predecessors.add(boundary.getAttachedTo());
            }
            if (node.getParentElement() instanceof SubProcess sub) {
                predecessors.add(sub);
            }
            if (node instanceof SubProcess sub) {
                predecessors.addAll(sub.getChildElementsByType(FlowNode.class));
            }
            for (FlowNode predecessor : predecessors) {
                if (seen.add(predecessor)) {
                    todo.add(predecessor);
                }
            }
        }
        return seen;
    }

    static Set<String> identifiers(String text) {
        Set<String> names = new HashSet<>();
        if (text == null) {
            return names;
        }
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            String body = STRING_LITERAL.matcher(expression.group(1)).replaceAll("''");
            Matcher identifier = IDENTIFIER.matcher(body);
            while (identifier.find()) {
                if (!EL_WORDS.contains(identifier.group(1))) {
                    names.add(identifier.group(1));
                }
            }
        }
        return names;
    }
}
