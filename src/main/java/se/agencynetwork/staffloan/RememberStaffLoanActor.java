package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.COMPLETED_BY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * On completion of a staff-loan task: notes who completed it (the authenticated user, else the
 * assignee) on the task's execution, for the end listener that records the step. The records run in
 * execution listeners, whose refusals reach the REST API as 400 (a task listener's would be 500).
 */
@Component("rememberStaffLoanActor")
@DelegateContract(writes = {Names.COMPLETED_BY})
class RememberStaffLoanActor implements TaskListener {

    static final String UNKNOWN = "okänd";

    @Override
    public void notify(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String user = authentication != null && authentication.getUserId() != null ? authentication.getUserId()
                : task.getAssignee() != null ? task.getAssignee() : UNKNOWN;
        COMPLETED_BY.setLocal(task.getExecution(), user);
    }
}
