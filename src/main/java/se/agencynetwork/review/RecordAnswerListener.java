package se.agencynetwork.review;

import static se.agencynetwork.review.NetworkReviewProcess.Vars.AGENCY;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.BENEFIT_RATING;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.COMPLETED_BY;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.MOST_USEFUL;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.SHOULD_CHANGE;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.WANTS_TO_CONTINUE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;

/**
 * At the end of an agency's "Bedöm nätverkets nytta": checks the answer on the server and stores
 * it. The answer variables are local to the agency's execution ({@link OpenAnswerListener}). An
 * instance cancelled by the deadline timer has no answer and records nothing.
 */
@Component("recordNetworkReviewAnswer")
@DelegateContract(reads = {AGENCY, COMPLETED_BY})
class RecordAnswerListener implements ExecutionListener {

    private final NetworkReviewService service;

    RecordAnswerListener(NetworkReviewService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        service.recordAnswer(
                execution.getProcessBusinessKey(),
                (String) execution.getVariable(AGENCY),
                execution.getVariableLocal(BENEFIT_RATING),
                execution.getVariableLocal(WANTS_TO_CONTINUE),
                execution.getVariableLocal(MOST_USEFUL),
                execution.getVariableLocal(SHOULD_CHANGE),
                (String) execution.getVariableLocal(COMPLETED_BY),
                ClockUtil.getCurrentTime().toInstant());
    }
}
