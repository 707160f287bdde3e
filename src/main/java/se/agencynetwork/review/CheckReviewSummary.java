package se.agencynetwork.review;

import static se.agencynetwork.review.ReviewVariables.NEXT_YEAR_PROPOSAL;
import static se.agencynetwork.review.ReviewVariables.REVIEW_SUMMARY;
import static se.agencynetwork.review.ReviewVariables.SEND_BACK;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.review.ReviewVariables.Names;

/**
 * At the end of "Sammanställ nyttoutvärderingen": summary and proposal are required. A request for
 * completion has now been answered, so the steering group's form opens with the box unticked.
 */
@Component("checkNetworkReviewSummary")
@DelegateContract(reads = {Names.REVIEW_SUMMARY, Names.NEXT_YEAR_PROPOSAL}, writes = {Names.SEND_BACK})
class CheckReviewSummary implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        ReviewFormRules.requiredText(execution, REVIEW_SUMMARY, ReviewFormRules.SUMMARY_TEXT_MAX);
        ReviewFormRules.requiredText(execution, NEXT_YEAR_PROPOSAL, ReviewFormRules.SUMMARY_TEXT_MAX);
        SEND_BACK.set(execution, false);
    }
}
