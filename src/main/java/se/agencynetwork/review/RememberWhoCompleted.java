package se.agencynetwork.review;

import static se.agencynetwork.review.ReviewVariables.COMPLETED_BY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.review.ReviewVariables.Names;

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
@DelegateContract(writes = {Names.COMPLETED_BY})
class RememberWhoCompleted implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        COMPLETED_BY.setLocal(task.getExecution(), Actors.completedBy(task));
    }
}
