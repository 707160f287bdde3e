package se.agencynetwork.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Makes every user task of every process tell its case: when a task is created its name becomes
 * the step's name (as the BPMN element names it, with whatever the model's own listeners added,
 * such as the agency) followed by the case, e.g. {@code "Anmäl intresse – IDEA-2026-0042 Klarspråk
 * i myndighetstexter"}, and the process instance carries the case as the variable
 * {@value #CASE_LABEL}, which the shared Tasklist filters show as a column. The models name no
 * listener: it is added while a model is parsed, like the form enforcement.
 *
 * <p>The case is the business key and the title: the variable {@code title}, else
 * {@code courseTitle}, else (for the yearly rounds, whose business key carries the year) the
 * process's own name. The listener is registered as a pre-parse listener so that it runs after
 * the model's own create listeners and before the Spring task events (the "new task" mail), which
 * then show the full name.
 */
@Component
public class CaseNames extends AbstractProcessEnginePlugin {

    /** Process variable with the case ("IDEA-2026-0042 Klarspråk i myndighetstexter"). */
    public static final String CASE_LABEL = "caseLabel";

    static final String SEPARATOR = " – ";
    /** ACT_RU_TASK.NAME_ and ACT_HI_TASKINST.NAME_ hold 255 characters. */
    static final int MAX_NAME_LENGTH = 255;

    private static final List<String> TITLE_VARIABLES = List.of("title", "courseTitle");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPreBPMNParseListeners(listeners);
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, CaseNames::name);
                }
            }
        });
    }

    static void name(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        if (execution == null) {
            return;
        }
        String label = label(execution.getProcessBusinessKey(), title(execution));
        if (label == null) {
            return;
        }
        task.setName(fit(task.getName(), label));
        DelegateExecution instance = execution.getProcessInstance();
        if (!Objects.equals(instance.getVariable(CASE_LABEL), label)) {
            instance.setVariable(CASE_LABEL, label);
        }
    }

    /** "KEY Title", "KEY" or "Title"; null when there is neither. */
    static String label(String businessKey, String title) {
        String key = blankToNull(businessKey);
        String text = blankToNull(title);
        if (key == null) {
            return text;
        }
        return text == null ? key : key + " " + text;
    }

    /** The step's name and the case, shortened (the title first) to what the task tables hold. */
    static String fit(String step, String label) {
        String name = step == null || step.isBlank() ? label : step + SEPARATOR + label;
        if (name.length() <= MAX_NAME_LENGTH) {
            return name;
        }
        return name.substring(0, MAX_NAME_LENGTH - 1).stripTrailing() + "…";
    }

    private static String title(DelegateExecution execution) {
        for (String variable : TITLE_VARIABLES) {
            if (execution.getVariable(variable) instanceof String title && !title.isBlank()) {
                return title.strip().replaceAll("\\s+", " ");
            }
        }
        // the cached definition, read without an authorization check: the user who completed the
        // previous step need not be allowed to read the definition of the task it creates
        return ((ExecutionEntity) execution).getProcessDefinition().getName();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
