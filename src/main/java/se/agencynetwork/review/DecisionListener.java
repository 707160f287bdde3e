package se.agencynetwork.review;

import static se.agencynetwork.review.NetworkReviewProcess.Vars.COMPLETED_BY;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.DECIDED_AT;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.DECIDED_BY;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.DECISION;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.DECISION_NOTES;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.SEND_BACK;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;

/**
 * At the end of "Besluta om nästa års inriktning": either the summary goes back with a note on
 * what to complete, or a decision is made; who decided and when are kept for the record.
 */
@Component("checkNetworkReviewDecision")
@DelegateContract(reads = {COMPLETED_BY}, writes = {DECIDED_BY, DECIDED_AT, SEND_BACK})
class DecisionListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        boolean sendBack = ReviewFormRules.flag(SEND_BACK, execution.getVariable(SEND_BACK));
        if (sendBack) {
            ReviewFormRules.requiredText(DECISION_NOTES, execution.getVariable(DECISION_NOTES),
                    ReviewFormRules.SUMMARY_TEXT_MAX);
        } else {
            ReviewFormRules.choice(DECISION, execution.getVariable(DECISION), ReviewDecision.Decision.class);
            ReviewFormRules.optionalText(DECISION_NOTES, execution.getVariable(DECISION_NOTES),
                    ReviewFormRules.SUMMARY_TEXT_MAX);
            execution.setVariable(DECIDED_BY, Variables.stringValue((String) execution.getVariable(COMPLETED_BY)));
            execution.setVariable(DECIDED_AT, Variables.dateValue(ClockUtil.getCurrentTime()));
        }
        // the gateway after the task reads a boolean, also when the checkbox was never touched
        execution.setVariable(SEND_BACK, Variables.booleanValue(sendBack));
    }
}
