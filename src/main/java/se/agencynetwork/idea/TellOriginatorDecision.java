package se.agencynetwork.idea;

import static se.agencynetwork.idea.IdeaVariables.DECISION_REASON;
import static se.agencynetwork.idea.IdeaVariables.TITLE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.agencynetwork.idea.IdeaVariables.Names;
import se.agencynetwork.notification.Notifications;
import se.agencynetwork.notification.Recipients;
import se.agencynetwork.process.DelegateContract;

/** {@code ${tellOriginatorDecision}}: the council approved or rejected the idea. */
@Component("tellOriginatorDecision")
@DelegateContract(reads = {TITLE, Names.INITIATOR, Names.DECISION_REASON})
public class TellOriginatorDecision extends TellOriginator {

    public TellOriginatorDecision(Notifications notifications, Recipients recipients) {
        super(notifications, recipients);
    }

    @Override
    public void notify(DelegateExecution execution) {
        tell(execution, APPROVED_AT.equals(execution.getCurrentActivityId()), DECISION_REASON.get(execution));
    }
}
