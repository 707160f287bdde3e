package se.agencynetwork.process;

import java.util.Collection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The task each agency answers in a round (a parallel multi-instance user task, one instance per
 * agency), opened the same way in every process that asks the agencies something.
 */
public final class AgencyTasks {

    private AgencyTasks() {
    }

    /**
     * Names the task after the agency, keeps the agency's name on its execution and gives that
     * execution its own, empty answer: a submitted form then writes its values there and not on the
     * process instance, where the agencies would overwrite each other.
     *
     * @param nameVariable the variable the agency's name is kept in (local to the agency's execution)
     * @param answer       the variables of the agency's form
     */
    public static void open(DelegateTask task, String agencyName, ProcessVariable<String> nameVariable,
            Collection<? extends ProcessVariable<?>> answer) {
        DelegateExecution agencyExecution = task.getExecution();
        task.setName(task.getName() + " – " + agencyName);
        nameVariable.setLocal(agencyExecution, agencyName);
        answer.forEach(variable -> agencyExecution.setVariableLocal(variable.name(), null));
    }
}
