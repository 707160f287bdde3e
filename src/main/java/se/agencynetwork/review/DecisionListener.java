package se.agencynetwork.review;

import static se.agencynetwork.review.NetworkReviewProcess.Vars.DECIDED_AT;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.DECIDED_BY;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.DECISION;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.DECISION_NOTES;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.SEND_BACK;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * On completion of "Besluta om nästa års inriktning": either the summary goes back with a note on
 * what to complete, or a decision is made; who decided and when are kept for the record.
 */
@Component("checkNetworkReviewDecision")
class DecisionListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        boolean sendBack = ReviewFormRules.flag(SEND_BACK, task.getVariable(SEND_BACK));
        if (sendBack) {
            ReviewFormRules.requiredText(DECISION_NOTES, task.getVariable(DECISION_NOTES),
                    ReviewFormRules.SUMMARY_TEXT_MAX);
        } else {
            ReviewFormRules.choice(DECISION, task.getVariable(DECISION), ReviewDecision.Decision.class);
            ReviewFormRules.optionalText(DECISION_NOTES, task.getVariable(DECISION_NOTES),
                    ReviewFormRules.SUMMARY_TEXT_MAX);
            task.setVariable(DECIDED_BY, Variables.stringValue(Actors.completedBy(task)));
            task.setVariable(DECIDED_AT, Variables.dateValue(ClockUtil.getCurrentTime()));
        }
        // the gateway after the task reads a boolean, also when the checkbox was never touched
        task.setVariable(SEND_BACK, Variables.booleanValue(sendBack));
    }
}
