package se.agencynetwork.forms;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractGetFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Knows, inside the engine, what a user's submission writes and what a user's read of a task may see.
 *
 * <p><b>Why here, and why the command.</b> Forms are submitted over two REST mounts
 * ({@code /engine-rest} and the webapps' {@code /camunda/api/engine}, which Tasklist uses) and the Java
 * API; all of them end in the same engine commands. This command interceptor sits inside the
 * engine's command context (a "post" interceptor) and looks at the outermost command of each call:
 * when it completes a task ({@code CompleteTaskCmd}, {@code SubmitTaskFormCmd}), writes a task's
 * variables on the way (resolve, BPMN error, escalation: checked here after the command, before it
 * commits, as no complete listener runs) or starts a process ({@code StartProcessInstanceCmd},
 * {@code SubmitStartFormCmd}), it records the variables exactly as the caller sent them and, for a
 * task, the value each of them had for the task before anything was written. The form's complete or
 * start listener ({@link FormEnforcementListener}) then refuses, after the engine's own authorization
 * check, every variable the form does not offer as an editable input. Reading the command is exact:
 * it is what this caller sent, independent of the history level (a history event handler would see
 * nothing below level {@code audit}) and of writes the engine or the process make in the same command
 * ({@code camunda:initiator}, listeners). Only the outermost command counts, so whatever the process
 * does inside it with the Java API (a delegate starting an idea, a call activity, a message) is the
 * process's own way in, not a user submission. The commands are engine implementation classes; their
 * fields are read by reflection here and nowhere else, and the form tests fail if a Camunda upgrade
 * renames one.
 *
 * <p>It also refuses start instructions ({@code startInstructions}, starting a process somewhere after
 * its start form) to every authenticated user but the administrators, and trims what
 * {@code GET /task/{id}/form-variables}, {@code /variables}, {@code /localVariables} and
 * {@code /variables/{name}} return to a user who is not an administrator to the variables the task's
 * form displays ({@link FormSchema#displayed()}).
 */
public class UserSubmissionInterceptor extends CommandInterceptor {

    private static final ThreadLocal<Boolean> INSIDE = new ThreadLocal<>();
    private static final ThreadLocal<UserSubmission> CURRENT = new ThreadLocal<>();

    /** The user submission the current outermost command makes, or null. */
    static UserSubmission current() {
        return CURRENT.get();
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (Boolean.TRUE.equals(INSIDE.get())) {
            return next.execute(command);
        }
        INSIDE.set(Boolean.TRUE);
        try {
            CommandContext context = Context.getCommandContext();
            refuseStartInstructions(command, context);
            UserSubmission submission = submission(command, context);
            CURRENT.set(submission);
            FormSchema withoutCompletion = submission != null && writesWithoutCompleting(command)
                    ? formOf((String) field(command, "taskId"), context) : null;
            // what the form's conditions read, as the task has it now (a BPMN error ends the task and its scope)
            Map<String, TypedValue> conditions = withoutCompletion == null ? Map.of()
                    : conditionValues(withoutCompletion, (String) field(command, "taskId"), context);
            T result = next.execute(command);
            if (withoutCompletion != null) {
                // resolve, BPMN error and escalation write the task's variables without completing it, so no
                // complete listener sees them: the same rule is applied here, before the command commits, with
                // the conditions evaluated on what was sent over what the task had (a condition may read a
                // variable the process set earlier, such as the idea's kind)
                List<FormViolation> violations = OfferedVariables.check(withoutCompletion, submission,
                        name -> submission.variables().containsKey(name) ? submission.variables().get(name)
                                : conditions.get(name), false);
                if (!violations.isEmpty()) {
                    throw new FormRefusedException(withoutCompletion.id(), violations);
                }
            }
            return readable(command, result, context);
        } finally {
            CURRENT.remove();
            INSIDE.remove();
        }
    }

    /** The task's current values of the variables the form's conditions name. */
    private static Map<String, TypedValue> conditionValues(FormSchema schema, String taskId, CommandContext context) {
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        Map<String, TypedValue> values = new HashMap<>();
        if (task != null) {
            for (String name : OfferedVariables.conditionNames(schema)) {
                TypedValue value = task.getVariableTyped(name, false);
                if (value != null) {
                    values.put(name, value);
                }
            }
        }
        return values;
    }

    private static boolean writesWithoutCompleting(Command<?> command) {
        return command instanceof ResolveTaskCmd || command instanceof HandleTaskBpmnErrorCmd
                || command instanceof HandleTaskEscalationCmd;
    }

    @SuppressWarnings("unchecked")
    private static UserSubmission submission(Command<?> command, CommandContext context) {
        if (command instanceof CompleteTaskCmd || command instanceof HandleTaskBpmnErrorCmd
                || command instanceof HandleTaskEscalationCmd) {
            return taskSubmission(context, (String) field(command, "taskId"), (Map<String, Object>) field(command, "variables"));
        }
        if (command instanceof SubmitTaskFormCmd) {
            return taskSubmission(context, (String) field(command, "taskId"), (VariableMap) field(command, "properties"));
        }
        if (command instanceof SubmitStartFormCmd) {
            return UserSubmission.start((String) field(command, "processDefinitionId"), null,
                    (String) field(command, "businessKey"), (VariableMap) field(command, "variables"));
        }
        if (command instanceof StartProcessInstanceCmd) {
            ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl) field(command, "instantiationBuilder");
            return UserSubmission.start(builder.getProcessDefinitionId(), builder.getProcessDefinitionKey(),
                    builder.getBusinessKey(), builder.getVariables());
        }
        return null;
    }

    private static UserSubmission taskSubmission(CommandContext context, String taskId, Map<String, Object> variables) {
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            return null; // the command itself answers that the task does not exist
        }
        Map<String, TypedValue> before = new HashMap<>();
        if (variables != null) {
            for (String name : variables.keySet()) {
                TypedValue value = task.getVariableTyped(name, false);
                if (value != null) {
                    before.put(name, value);
                }
            }
        }
        return UserSubmission.task(taskId, variables, before);
    }

    private static void refuseStartInstructions(Command<?> command, CommandContext context) {
        if (command instanceof StartProcessInstanceAtActivitiesCmd && isUserButNotAdministrator(context)) {
            throw new FormRefusedException(null, List.of(FormViolation.of("startInstructions", "Startinstruktioner",
                    "får bara användas av administratörer: en process startas från sin början, med sitt startformulär.")));
        }
    }

    private static boolean isUserButNotAdministrator(CommandContext context) {
        Authentication user = context.getAuthentication();
        return user != null && user.getUserId() != null
                && (user.getGroupIds() == null || !user.getGroupIds().contains(Groups.CAMUNDA_ADMIN));
    }

    /** A non-administrator's read of a task's variables, trimmed to what the task's form displays. */
    @SuppressWarnings("unchecked")
    private static <T> T readable(Command<T> command, T result, CommandContext context) {
        String taskId;
        String single = null;
        if (command instanceof GetTaskFormVariablesCmd) {
            taskId = ((AbstractGetFormVariablesCmd) command).resourceId;
        } else if (command instanceof GetTaskVariablesCmd) {
            taskId = (String) field(command, "taskId");
        } else if (command instanceof GetTaskVariableCmd || command instanceof GetTaskVariableCmdTyped) {
            taskId = (String) field(command, "taskId");
            single = (String) field(command, "variableName");
        } else {
            return result;
        }
        if (result == null || !isUserButNotAdministrator(context)) {
            return result;
        }
        Set<String> shown = displayedBy(taskId, context);
        if (shown == null) {
            return result;
        }
        if (single != null) {
            return shown.contains(single) ? result : null;
        }
        VariableMap all = (VariableMap) result;
        VariableMap visible = Variables.createVariables();
        for (String name : all.keySet()) {
            if (shown.contains(name)) {
                visible.putValueTyped(name, all.getValueTyped(name));
            }
        }
        return (T) visible;
    }

    /** The variables the form of the task displays; null when the task has no Camunda Form. */
    static Set<String> displayedBy(String taskId, CommandContext context) {
        FormSchema schema = formOf(taskId, context);
        return schema == null ? null : schema.displayed();
    }

    /** The Camunda Form of the task; null when it has none. */
    static FormSchema formOf(String taskId, CommandContext context) {
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task == null || task.getProcessDefinitionId() == null) {
            return null;
        }
        TaskDefinition definition = task.getTaskDefinition();
        if (definition == null) {
            return null;
        }
        List<TaskListener> listeners = definition.getBuiltinTaskListenersForEvent(TaskListener.EVENTNAME_COMPLETE);
        if (listeners == null) {
            return null;
        }
        for (TaskListener listener : listeners) {
            if (listener instanceof FormEnforcementListener form) {
                return form.schema(task.getProcessDefinition().getDeploymentId());
            }
        }
        return null;
    }

    /** A field of an engine command, found up its class hierarchy. */
    private static Object field(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(command);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
            }
        }
        throw new IllegalStateException("Engine command " + command.getClass().getName() + " has no field " + name
                + ": the form enforcement must be adapted to this Camunda version");
    }
}
