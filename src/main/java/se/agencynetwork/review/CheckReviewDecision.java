package se.agencynetwork.review;

import static se.agencynetwork.review.ReviewVariables.COMPLETED_BY;
import static se.agencynetwork.review.ReviewVariables.DECIDED_AT;
import static se.agencynetwork.review.ReviewVariables.DECIDED_BY;
import static se.agencynetwork.review.ReviewVariables.DECISION;
import static se.agencynetwork.review.ReviewVariables.DECISION_NOTES;
import static se.agencynetwork.review.ReviewVariables.SEND_BACK;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.review.ReviewVariables.Names;

/**
 * At the end of "Besluta om nästa års inriktning": either the summary goes back with a note on
 * what to complete, or a decision is made; who decided and when are kept for the record.
 */
@Component("checkNetworkReviewDecision")
@DelegateContract(reads = {Names.COMPLETED_BY}, writes = {Names.DECIDED_BY, Names.DECIDED_AT, Names.SEND_BACK})
class CheckReviewDecision implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        boolean sendBack = ReviewFormRules.flag(execution, SEND_BACK);
        if (sendBack) {
            ReviewFormRules.requiredText(execution, DECISION_NOTES, ReviewFormRules.SUMMARY_TEXT_MAX);
        } else {
            ReviewFormRules.choice(execution, DECISION, ReviewDecision.Decision.class);
            ReviewFormRules.optionalText(execution, DECISION_NOTES, ReviewFormRules.SUMMARY_TEXT_MAX);
            DECIDED_BY.set(execution, COMPLETED_BY.get(execution));
            DECIDED_AT.set(execution, NetworkTime.now());
        }
        // the gateway after the task reads a boolean, also when the checkbox was never touched
        SEND_BACK.set(execution, sendBack);
    }
}
