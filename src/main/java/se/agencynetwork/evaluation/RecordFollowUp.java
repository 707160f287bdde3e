package se.agencynetwork.evaluation;

import static se.agencynetwork.evaluation.EvaluationVariables.*;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;

/** Task listener (complete) of the level-3 follow-up: stores the agency's answer. */
@Component("recordFollowUp")
@DelegateContract(reads = {COURSE_KEY, AGENCY, WORK_CHANGED, FOLLOW_UP_NOTES})
public class RecordFollowUp implements TaskListener {

    private final SurveyRepository repository;

    public RecordFollowUp(SurveyRepository repository) {
        this.repository = repository;
    }

    @Override
    public void notify(DelegateTask task) {
        repository.recordFollowUp((String) task.getVariable(COURSE_KEY), (String) task.getVariable(AGENCY),
                (String) task.getVariable(WORK_CHANGED), (String) task.getVariable(FOLLOW_UP_NOTES),
                task.getAssignee() != null ? task.getAssignee()
                        : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
                        : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId(),
                LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault()));
    }
}
