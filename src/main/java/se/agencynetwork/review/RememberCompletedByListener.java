package se.agencynetwork.review;

import static se.agencynetwork.review.NetworkReviewProcess.Vars.COMPLETED_BY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;

/**
 * On completion of a user task: notes who completed it (the authenticated user, else the assignee)
 * on the task's execution, for the end listener that checks and records the form.
 *
 * <p>The checks themselves run in execution listeners on the task's end, not in task listeners:
 * the engine wraps any exception of a task listener in a plain ProcessEngineException (REST 500),
 * while a {@code FormFieldValidationException} from an execution listener reaches the caller as it
 * is (REST 400).
 */
@Component("rememberWhoCompleted")
@DelegateContract(writes = {COMPLETED_BY})
class RememberCompletedByListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        task.getExecution().setVariableLocal(COMPLETED_BY, Variables.stringValue(Actors.completedBy(task)));
    }
}
