package se.agencynetwork.review;

import static se.agencynetwork.review.NetworkReviewProcess.Vars.NEXT_YEAR_PROPOSAL;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.REVIEW_SUMMARY;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.SEND_BACK;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;

/**
 * At the end of "Sammanställ nyttoutvärderingen": summary and proposal are required. A request for
 * completion has now been answered, so the steering group's form opens with the box unticked.
 */
@Component("checkNetworkReviewSummary")
@DelegateContract(reads = {REVIEW_SUMMARY, NEXT_YEAR_PROPOSAL}, writes = {SEND_BACK})
class CompleteSummaryListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        ReviewFormRules.requiredText(REVIEW_SUMMARY, execution.getVariable(REVIEW_SUMMARY),
                ReviewFormRules.SUMMARY_TEXT_MAX);
        ReviewFormRules.requiredText(NEXT_YEAR_PROPOSAL, execution.getVariable(NEXT_YEAR_PROPOSAL),
                ReviewFormRules.SUMMARY_TEXT_MAX);
        execution.setVariable(SEND_BACK, Variables.booleanValue(false));
    }
}
