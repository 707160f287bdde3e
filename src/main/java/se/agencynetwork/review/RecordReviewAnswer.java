package se.agencynetwork.review;

import static se.agencynetwork.review.ReviewVariables.AGENCY;
import static se.agencynetwork.review.ReviewVariables.BENEFIT_RATING;
import static se.agencynetwork.review.ReviewVariables.COMPLETED_BY;
import static se.agencynetwork.review.ReviewVariables.MOST_USEFUL;
import static se.agencynetwork.review.ReviewVariables.SHOULD_CHANGE;
import static se.agencynetwork.review.ReviewVariables.WANTS_TO_CONTINUE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.review.ReviewVariables.Names;

/**
 * At the end of an agency's "Bedöm nätverkets nytta": checks the answer on the server and stores
 * it. The answer variables are local to the agency's execution ({@link OpenReviewAnswer}). An
 * instance cancelled by the deadline timer has no answer and records nothing.
 */
@Component("recordNetworkReviewAnswer")
@DelegateContract(reads = {Names.AGENCY, Names.COMPLETED_BY})
record RecordReviewAnswer(NetworkReviewService service) implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        // the form's fields as submitted: the service checks them and names a wrong one
        service.recordAnswer(
                execution.getProcessBusinessKey(),
                AGENCY.get(execution),
                execution.getVariableLocal(BENEFIT_RATING.name()),
                execution.getVariableLocal(WANTS_TO_CONTINUE.name()),
                execution.getVariableLocal(MOST_USEFUL.name()),
                execution.getVariableLocal(SHOULD_CHANGE.name()),
                COMPLETED_BY.get(execution),
                NetworkTime.now());
    }
}
