package se.agencynetwork.review;

import static se.agencynetwork.review.NetworkReviewProcess.Vars.NEXT_YEAR_PROPOSAL;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.REVIEW_SUMMARY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completion of "Sammanställ nyttoutvärderingen": summary and proposal are required. */
@Component("checkNetworkReviewSummary")
class CompleteSummaryListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        ReviewFormRules.requiredText(REVIEW_SUMMARY, task.getVariable(REVIEW_SUMMARY),
                ReviewFormRules.SUMMARY_TEXT_MAX);
        ReviewFormRules.requiredText(NEXT_YEAR_PROPOSAL, task.getVariable(NEXT_YEAR_PROPOSAL),
                ReviewFormRules.SUMMARY_TEXT_MAX);
    }
}
