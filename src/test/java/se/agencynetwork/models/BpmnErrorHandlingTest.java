package se.agencynetwork.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import se.agencynetwork.costsharing.CostSharingErrors;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.PreventsBpmnError;

/**
 * Issue 17 item 7, no dead ends: every BpmnError code the application's code can throw is, at every
 * element of every model whose delegate or listener may throw it ({@link DelegateContract#errors()}),
 * either caught there (an error boundary event on the element, or an error event sub-process around
 * it) or made impossible by a form rule before it ({@link PreventsBpmnError}). An uncaught BpmnError
 * would reach the user who completed the step as a 500 and leave the case stuck.
 */
class BpmnErrorHandlingTest {

    private static final Pattern LITERAL_ERROR = Pattern.compile("new BpmnError\\(\\s*\"([^\"]+)\"");

    /** The codes from the code: the cost-sharing codes and every literal {@code new BpmnError("...")}. */
    static List<String> codes() throws IOException {
        TreeSet<String> codes = new TreeSet<>();
        for (Field field : CostSharingErrors.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    codes.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher literal = LITERAL_ERROR.matcher(Files.readString(source));
                while (literal.find()) {
                    codes.add(literal.group(1));
                }
            }
        }
        return List.copyOf(codes);
    }

    record CallSite(String model, FlowNode node, String bean) {
        @Override
        public String toString() {
            return model + "/" + node.getId() + " (${" + bean + "})";
        }
    }

    /** Every element that calls a bean with a contract: service tasks, task and execution listeners. */
    static List<CallSite> callSites() throws Exception {
        List<CallSite> sites = new ArrayList<>();
        for (Map.Entry<String, byte[]> model : ModelCheckerTest.filesUnder(Path.of("processes"), ".bpmn").entrySet()) {
            BpmnModelInstance instance = Bpmn.readModelFromStream(new ByteArrayInputStream(model.getValue()));
            for (FlowNode node : instance.getModelElementsByType(FlowNode.class)) {
                List<String> expressions = new ArrayList<>();
                if (node instanceof ServiceTask service && service.getCamundaDelegateExpression() != null) {
                    expressions.add(service.getCamundaDelegateExpression());
                }
                ExtensionElements extensions = node.getExtensionElements();
                if (extensions != null) {
                    for (ModelElementInstance ext : extensions.getElements()) {
                        if (ext instanceof CamundaTaskListener listener && listener.getCamundaDelegateExpression() != null) {
                            expressions.add(listener.getCamundaDelegateExpression());
                        } else if (ext instanceof CamundaExecutionListener listener
                                && listener.getCamundaDelegateExpression() != null) {
                            expressions.add(listener.getCamundaDelegateExpression());
                        }
                    }
                }
                for (String expression : expressions) {
                    String bean = expression.replaceAll("^[$#]\\{\\s*|\\s*\\}$", "").split("[.(\\s]")[0];
                    sites.add(new CallSite(model.getKey(), node, bean));
                }
            }
        }
        return sites;
    }

    /** The form rules' preventions: "element code". */
    static List<String> preventions() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(PreventsBpmnError.class));
        List<String> preventions = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("se.agencynetwork")) {
            PreventsBpmnError prevents = Class.forName(definition.getBeanClassName()).getAnnotation(PreventsBpmnError.class);
            for (String code : prevents.codes()) {
                preventions.add(prevents.element() + " " + code);
            }
        }
        return preventions;
    }

    /** An error boundary event on the node or an error start event of an event sub-process around it. */
    static String catcher(FlowNode node, String code) {
        for (BoundaryEvent boundary : node.getModelInstance().getModelElementsByType(BoundaryEvent.class)) {
            if (boundary.getAttachedTo() == node && catches(boundary.getEventDefinitions(), code)) {
                return boundary.getId();
            }
        }
        for (ModelElementInstance scope = node.getParentElement(); scope != null; scope = scope.getParentElement()) {
            for (SubProcess sub : scope.getChildElementsByType(SubProcess.class)) {
                if (sub.triggeredByEvent()) {
                    for (StartEvent start : sub.getChildElementsByType(StartEvent.class)) {
                        if (catches(start.getEventDefinitions(), code)) {
                            return sub.getId();
                        }
                    }
                }
            }
        }
        return null;
    }

    private static boolean catches(java.util.Collection<? extends ModelElementInstance> definitions, String code) {
        for (ModelElementInstance definition : definitions) {
            if (definition instanceof ErrorEventDefinition error
                    && (error.getError() == null || code.equals(error.getError().getErrorCode()))) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codes")
    void everyElementThatMayThrowTheCodeCatchesItOrAFormPreventsIt(String code) throws Exception {
        Map<String, DelegateContract> contracts = ModelCheckerTest.contracts();
        List<String> preventions = preventions();
        List<String> throwers = new ArrayList<>();
        List<String> unhandled = new ArrayList<>();
        for (CallSite site : callSites()) {
            DelegateContract contract = contracts.get(site.bean());
            if (contract == null || !List.of(contract.errors()).contains(code)) {
                continue;
            }
            throwers.add(site.toString());
            boolean caught = catcher(site.node(), code) != null;
            boolean prevented = preventions.contains(site.node().getId() + " " + code);
            if (!caught && !prevented) {
                unhandled.add(site.toString());
            }
        }
        assertThat(contracts.values().stream().anyMatch(c -> List.of(c.errors()).contains(code)))
                .as("some delegate declares that it throws " + code + " (@DelegateContract(errors = ...))").isTrue();
        assertThat(unhandled).as(code + " thrown at " + throwers + " but neither caught in the model nor prevented"
                + " by a form rule at").isEmpty();
    }

    @Test
    void theCheckFindsAnUncaughtError() throws Exception {
        BpmnModelInstance bare = Bpmn.createExecutableProcess("bare").startEvent()
                .serviceTask("ServiceTask_Book").camundaDelegateExpression("${bookCourseCosts}").endEvent().done();
        FlowNode book = bare.getModelElementById("ServiceTask_Book");
        assertThat(catcher(book, CostSharingErrors.INVALID)).isNull();

        BpmnModelInstance caught = Bpmn.createExecutableProcess("caught").startEvent()
                .serviceTask("ServiceTask_Book").camundaDelegateExpression("${bookCourseCosts}")
                .boundaryEvent("BoundaryEvent_Invalid").error(CostSharingErrors.INVALID).endEvent()
                .moveToActivity("ServiceTask_Book").endEvent().done();
        assertThat(catcher(caught.getModelElementById("ServiceTask_Book"), CostSharingErrors.INVALID))
                .isEqualTo("BoundaryEvent_Invalid");
        assertThat(catcher(caught.getModelElementById("ServiceTask_Book"), CostSharingErrors.NOT_FOUND)).isNull();
        assertThat(preventions()).contains("ServiceTask_BookFinalCosts " + CostSharingErrors.INVALID);
    }

}
