package se.agencynetwork.forms;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Server-side enforcement of every Camunda Form (README "Form integrity"): while a BPMN model is
 * parsed, every user task and every process start event that references a form with
 * {@code camunda:formRef} gets a {@link FormEnforcementListener} as a built-in listener, so no
 * model has to declare anything and no client can skip it. A {@link UserSubmissionInterceptor}
 * tells those listeners what a user's submission brings (only what the form offers may be written)
 * and trims a user's reads of a task's variables to what its form shows. A
 * {@link FormRefusalUnwrapper} makes the refusal reach the caller as the engine's form validation
 * exception.
 */
@Component
public class FormEnforcementPlugin extends AbstractProcessEnginePlugin {

    private final DeployedForms forms = new DeployedForms();
    private final ObjectProvider<FormRule> rules;

    public FormEnforcementPlugin(ObjectProvider<FormRule> rules) {
        this.rules = rules;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(new ParseListener());

        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired();
        if (interceptors == null) {
            interceptors = new ArrayList<>();
            configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
        }
        interceptors.add(0, new FormRefusalUnwrapper());

        List<CommandInterceptor> inside = configuration.getCustomPostCommandInterceptorsTxRequired();
        if (inside == null) {
            inside = new ArrayList<>();
            configuration.setCustomPostCommandInterceptorsTxRequired(inside);
        }
        inside.add(0, new UserSubmissionInterceptor());
    }

    private FormEnforcementListener listenerFor(Element element, String elementId) {
        String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
        if (formRef == null || formRef.isBlank()) {
            return null;
        }
        String binding = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRefBinding");
        return new FormEnforcementListener(elementId, formRef, binding == null ? "latest" : binding, forms,
                () -> rules.orderedStream().toList());
    }

    private final class ParseListener extends AbstractBpmnParseListener {

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            FormEnforcementListener listener = listenerFor(element, activity.getId());
            if (listener != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
            }
        }

        @Override
        public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            FormEnforcementListener listener = listenerFor(element, activity.getId());
            if (listener != null) {
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, listener);
            }
        }
    }
}
