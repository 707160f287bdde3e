package se.agencynetwork.review;

import static se.agencynetwork.review.NetworkReviewProcess.Vars.AGENCY;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.BENEFIT_RATING;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.MOST_USEFUL;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.SHOULD_CHANGE;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.WANTS_TO_CONTINUE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * On completion of an agency's "Bedöm nätverkets nytta" task: checks the answer on the server and
 * stores it. The answer variables are local to the agency's task instance (input mapping), so
 * agencies never overwrite each other.
 */
@Component("recordNetworkReviewAnswer")
class RecordAnswerListener implements TaskListener {

    private final NetworkReviewService service;

    RecordAnswerListener(NetworkReviewService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.recordAnswer(
                task.getExecution().getProcessBusinessKey(),
                (String) task.getVariable(AGENCY),
                task.getVariable(BENEFIT_RATING),
                task.getVariable(WANTS_TO_CONTINUE),
                task.getVariable(MOST_USEFUL),
                task.getVariable(SHOULD_CHANGE),
                Actors.completedBy(task),
                ClockUtil.getCurrentTime().toInstant());
    }
}
