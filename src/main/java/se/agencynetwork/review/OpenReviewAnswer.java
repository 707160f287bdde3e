package se.agencynetwork.review;

import static se.agencynetwork.review.ReviewVariables.AGENCY;
import static se.agencynetwork.review.ReviewVariables.AGENCY_NAME;
import static se.agencynetwork.review.ReviewVariables.BENEFIT_RATING;
import static se.agencynetwork.review.ReviewVariables.MOST_USEFUL;
import static se.agencynetwork.review.ReviewVariables.SHOULD_CHANGE;
import static se.agencynetwork.review.ReviewVariables.WANTS_TO_CONTINUE;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.AgencyTasks;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.ProcessVariable;
import se.agencynetwork.review.ReviewVariables.Names;

/**
 * On creation of an agency's "Bedöm nätverkets nytta" task: puts the agency's name in the task
 * name and declares the answer variables on the agency's own execution, so that a submitted form
 * writes them there and not on the process instance, where the agencies would overwrite each other.
 */
@Component("openNetworkReviewAnswer")
@DelegateContract(reads = {Names.AGENCY}, writes = {Names.AGENCY_NAME, Names.BENEFIT_RATING, Names.WANTS_TO_CONTINUE,
        Names.MOST_USEFUL, Names.SHOULD_CHANGE})
class OpenReviewAnswer implements TaskListener {

    static final List<ProcessVariable<?>> ANSWER_VARIABLES = List.of(BENEFIT_RATING, WANTS_TO_CONTINUE, MOST_USEFUL,
            SHOULD_CHANGE);

    private final NetworkReviewService service;

    OpenReviewAnswer(NetworkReviewService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        AgencyTasks.open(task, service.agencyName(AGENCY.require(task.getExecution())), AGENCY_NAME, ANSWER_VARIABLES);
    }
}
