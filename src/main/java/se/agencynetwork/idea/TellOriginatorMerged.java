package se.agencynetwork.idea;

import static se.agencynetwork.idea.IdeaVariables.SCREENING_COMMENT;
import static se.agencynetwork.idea.IdeaVariables.TITLE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.agencynetwork.idea.IdeaVariables.Names;
import se.agencynetwork.notification.Notifications;
import se.agencynetwork.notification.Recipients;
import se.agencynetwork.process.DelegateContract;

/** {@code ${tellOriginatorMerged}}: the coordinator merged the idea into an existing one. */
@Component("tellOriginatorMerged")
@DelegateContract(reads = {TITLE, Names.INITIATOR, Names.SCREENING_COMMENT})
public class TellOriginatorMerged extends TellOriginator {

    public TellOriginatorMerged(Notifications notifications, Recipients recipients) {
        super(notifications, recipients);
    }

    @Override
    public void notify(DelegateExecution execution) {
        tell(execution, false, SCREENING_COMMENT.get(execution));
    }
}
