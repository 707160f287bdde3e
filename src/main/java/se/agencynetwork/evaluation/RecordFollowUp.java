package se.agencynetwork.evaluation;

import static se.agencynetwork.evaluation.EvaluationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import se.agencynetwork.evaluation.EvaluationVariables.Names;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;

/** Task listener (complete) of the level-3 follow-up: stores the agency's answer. */
@Component("recordFollowUp")
@DelegateContract(reads = {Names.COURSE_KEY, Names.AGENCY, Names.WORK_CHANGED, Names.FOLLOW_UP_NOTES})
public record RecordFollowUp(SurveyRepository repository) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        repository.recordFollowUp(COURSE_KEY.get(task), AGENCY.get(task), WORK_CHANGED.get(task),
                FOLLOW_UP_NOTES.get(task), answeredBy(task), NetworkTime.localNow());
    }

    /** The task's assignee, else whoever completes it. */
    private static String answeredBy(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }
}
