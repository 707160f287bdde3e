package se.agencynetwork.review;

import static se.agencynetwork.review.NetworkReviewProcess.Vars.AGENCY;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.AGENCY_NAME;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.BENEFIT_RATING;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.MOST_USEFUL;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.SHOULD_CHANGE;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.WANTS_TO_CONTINUE;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;

/**
 * On creation of an agency's "Bedöm nätverkets nytta" task: puts the agency's name in the task
 * name and declares the answer variables on the agency's own execution, so that a submitted form
 * writes them there and not on the process instance, where the agencies would overwrite each other.
 */
@Component("openNetworkReviewAnswer")
@DelegateContract(reads = {AGENCY}, writes = {AGENCY_NAME, BENEFIT_RATING, WANTS_TO_CONTINUE, MOST_USEFUL, SHOULD_CHANGE})
class OpenAnswerListener implements TaskListener {

    static final List<String> ANSWER_VARIABLES = List.of(BENEFIT_RATING, WANTS_TO_CONTINUE, MOST_USEFUL, SHOULD_CHANGE);

    private final NetworkReviewService service;

    OpenAnswerListener(NetworkReviewService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution agencyExecution = task.getExecution();
        String agencyName = service.agencyName((String) agencyExecution.getVariableLocal(AGENCY));
        task.setName(task.getName() + " – " + agencyName);
        agencyExecution.setVariableLocal(AGENCY_NAME, agencyName);
        ANSWER_VARIABLES.forEach(name -> agencyExecution.setVariableLocal(name, null));
    }
}
