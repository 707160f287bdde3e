package se.agencynetwork.forms;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What one user submission (the outermost engine command completing a task or starting a process)
 * brings: the variables exactly as the caller sent them, and for a task the value each of them had
 * for that task before the command wrote anything. Recorded by {@link UserSubmissionInterceptor},
 * checked by {@link FormEnforcementListener} once the engine has authorized the command.
 */
final class UserSubmission {

    enum Kind { TASK, START }

    private final Kind kind;
    private final String taskId;
    private final String processDefinitionId;
    private final String processDefinitionKey;
    private final String businessKey;
    private final Map<String, Object> variables;
    private final Map<String, TypedValue> before;
    private boolean startMatched;

    private UserSubmission(Kind kind, String taskId, String processDefinitionId, String processDefinitionKey,
            String businessKey, Map<String, Object> variables, Map<String, TypedValue> before) {
        this.kind = kind;
        this.taskId = taskId;
        this.processDefinitionId = processDefinitionId;
        this.processDefinitionKey = processDefinitionKey;
        this.businessKey = businessKey;
        this.variables = variables == null ? Map.of() : variables;
        this.before = before;
    }

    static UserSubmission task(String taskId, Map<String, Object> variables, Map<String, TypedValue> before) {
        return new UserSubmission(Kind.TASK, taskId, null, null, null, variables, before);
    }

    static UserSubmission start(String processDefinitionId, String processDefinitionKey, String businessKey,
            Map<String, Object> variables) {
        return new UserSubmission(Kind.START, null, processDefinitionId, processDefinitionKey, businessKey, variables,
                Map.of());
    }

    /** True when this submission completes that task. */
    boolean completes(String id) {
        return kind == Kind.TASK && taskId.equals(id);
    }

    /**
     * True, once, when this submission starts the instance whose start event the execution is at: an
     * instance of the definition the caller named that no call activity started. A second instance of
     * the same definition started inside the same command (by code) is not the user's.
     */
    boolean starts(DelegateExecution execution) {
        if (kind != Kind.START || startMatched || ((ExecutionEntity) execution).getSuperExecution() != null) {
            return false;
        }
        ProcessDefinitionEntity definition = ((ExecutionEntity) execution).getProcessDefinition();
        boolean named = processDefinitionId != null ? processDefinitionId.equals(definition.getId())
                : definition.getKey().equals(processDefinitionKey);
        startMatched = named;
        return named;
    }

    String businessKey() {
        return businessKey;
    }

    Map<String, Object> variables() {
        return variables;
    }

    /** The value the variable had for the task before this submission; null when it had none (or for a start). */
    TypedValue before(String name) {
        return before.get(name);
    }
}
