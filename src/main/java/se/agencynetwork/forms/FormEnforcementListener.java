package se.agencynetwork.forms;

import se.agencynetwork.process.TextSafety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;

/**
 * Validates the values a user task is completed with ({@code complete} task listener) or a
 * process is started with ({@code start} listener of the start event) against the element's
 * Camunda Form and the form's {@link FormRule}s. It runs inside the engine command that
 * completes the task or starts the process, for {@code TaskService.complete},
 * {@code FormService.submitTaskForm}, {@code RuntimeService.start...} and
 * {@code FormService.submitStartForm} and their engine REST endpoints alike; a refusal throws
 * {@link FormRefusedException} and the command, with every variable it set, is rolled back.
 *
 * <p>The values checked are the ones the task (or the new instance) sees at that moment: the
 * submitted variables over the ones it already had. A field the form shows pre-filled therefore
 * keeps its value when a client does not send it again.
 *
 * <p>When the command is a user's submission ({@link UserSubmissionInterceptor}: the outermost command
 * completes this task, or starts this process through this start event), the submission may write only
 * what the form offers ({@link OfferedVariables}): anything else, a business key at a start included,
 * is refused with its name. Starts by call activities, messages, timers and code inside a command are
 * the process's own and are not held to that rule; their values are still validated.
 */
public record FormEnforcementListener(
        String elementId,
        String formRef,
        String binding,
        DeployedForms forms,
        Supplier<List<FormRule>> rules) implements TaskListener, ExecutionListener {

    @Override
    public void notify(DelegateTask task) {
        UserSubmission submission = UserSubmissionInterceptor.current();
        enforce(task.getExecution(), task::getVariable, texts(task),
                submission != null && submission.completes(task.getId()) ? submission : null, false);
    }

    @Override
    public void notify(DelegateExecution execution) {
        UserSubmission submission = UserSubmissionInterceptor.current();
        enforce(execution, execution::getVariable, texts(execution),
                submission != null && submission.starts(execution) ? submission : null, true);
    }

    /** The form this listener enforces, as deployed with the given deployment (or latest, by its binding). */
    FormSchema schema(String deploymentId) {
        return forms.find(formRef, binding, deploymentId);
    }

    private void enforce(DelegateExecution execution, Function<String, Object> variables, Map<String, String> texts,
            UserSubmission submission, boolean start) {
        String deploymentId = ((ExecutionEntity) execution).getProcessDefinition().getDeploymentId();
        FormSchema schema = schema(deploymentId);
        List<FormViolation> violations = new ArrayList<>();
        if (submission != null) {
            violations.addAll(OfferedVariables.check(schema, submission, variables, start));
        }
        violations.addAll(FormValidator.validate(schema, variables));
        violations.addAll(unstorableVariables(schema, texts));
        if (violations.isEmpty()) {
            FormSubmission values = new FormSubmission(schema.id(), elementId,
                    execution.getProcessBusinessKey(), variables);
            for (FormRule rule : rules.get()) {
                if (rule.formId().equals(schema.id())) {
                    violations.addAll(rule.check(values));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new FormRefusedException(schema.id(), violations);
        }
    }

    /**
     * Text variables beside the form's fields that the engine could not store (too long, NUL, half
     * surrogate pairs): refused here with the variable's name instead of failing as a database
     * error when the command ends. Stored variables can never be such text, so only what this
     * submission brings can be refused.
     */
    private static List<FormViolation> unstorableVariables(FormSchema schema, Map<String, String> texts) {
        Set<String> fields = schema.fields().stream().map(f -> f.path().get(0)).collect(Collectors.toSet());
        List<FormViolation> violations = new ArrayList<>();
        texts.forEach((name, text) -> {
            if (!fields.contains(name) && text != null) {
                String problem = TextSafety.unstorable(text);
                if (problem != null) {
                    violations.add(FormViolation.of(name, name, problem));
                }
            }
        });
        return violations;
    }

    /**
     * The text variables the scope sees, each name as {@code getVariables()} would give it (the nearest
     * scope's variable hides its parents'). Only the type of the other variables is looked at: reading
     * their values would load every JSON and object variable of the instance from its byte array, one
     * statement each, at every completion.
     */
    private static Map<String, String> texts(VariableScope scope) {
        Map<String, String> texts = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (AbstractVariableScope level = (AbstractVariableScope) scope; level != null; level = level.getParentVariableScope()) {
            for (CoreVariableInstance variable : level.getVariableInstancesLocal()) {
                if (seen.add(variable.getName()) && isText(variable)) {
                    texts.put(variable.getName(), (String) variable.getTypedValue(false).getValue());
                }
            }
        }
        return texts;
    }

    private static boolean isText(CoreVariableInstance variable) {
        if (variable instanceof VariableInstanceEntity stored) {
            return ValueType.STRING.getName().equals(stored.getTypeName());
        }
        return variable.getTypedValue(false) instanceof StringValue; // a transient variable, held in memory
    }
}
