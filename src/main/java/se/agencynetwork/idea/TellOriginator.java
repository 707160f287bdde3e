package se.agencynetwork.idea;

import static se.agencynetwork.idea.IdeaVariables.DECISION_REASON;
import static se.agencynetwork.idea.IdeaVariables.INITIATOR;
import static se.agencynetwork.idea.IdeaVariables.SCREENING_COMMENT;
import static se.agencynetwork.idea.IdeaVariables.TITLE;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.notification.MailContext;
import se.agencynetwork.notification.MailKind;
import se.agencynetwork.notification.Notifications;
import se.agencynetwork.notification.Recipients;

/**
 * Mails the person who submitted the idea what became of it: the council's decision (approved, as
 * a listener on "Hur genomförs den?", or rejected, at the end of "Meddela idégivaren avslaget") with
 * its reason, or a merge into an existing idea with the coordinator's comment.
 */
public abstract class TellOriginator implements ExecutionListener {

    static final String APPROVED_AT = "Gateway_Delivery";

    private final Notifications notifications;
    private final Recipients recipients;

    TellOriginator(Notifications notifications, Recipients recipients) {
        this.notifications = notifications;
        this.recipients = recipients;
    }

    /** {@code ${tellOriginatorDecision}}: the council approved or rejected the idea. */
    @Component("tellOriginatorDecision")
    @DelegateContract(reads = {TITLE, INITIATOR, DECISION_REASON})
    public static class Decision extends TellOriginator {
        public Decision(Notifications notifications, Recipients recipients) {
            super(notifications, recipients);
        }

        @Override
        public void notify(DelegateExecution execution) {
            tell(execution, APPROVED_AT.equals(execution.getCurrentActivityId()), execution.getVariable(DECISION_REASON));
        }
    }

    /** {@code ${tellOriginatorMerged}}: the coordinator merged the idea into an existing one. */
    @Component("tellOriginatorMerged")
    @DelegateContract(reads = {TITLE, INITIATOR, SCREENING_COMMENT})
    public static class Merged extends TellOriginator {
        public Merged(Notifications notifications, Recipients recipients) {
            super(notifications, recipients);
        }

        @Override
        public void notify(DelegateExecution execution) {
            tell(execution, false, execution.getVariable(SCREENING_COMMENT));
        }
    }

    void tell(DelegateExecution execution, boolean approved, Object reason) {
        Object initiator = execution.getVariable(INITIATOR);
        if (initiator == null) {
            return; // started by code without a person behind it
        }
        Map<String, Object> model = new HashMap<>();
        model.put("ideaTitle", execution.getVariable(TITLE));
        model.put("decisionApproved", approved);
        model.put("decisionReason", reason);
        notifications.send(MailKind.IDEA_DECISION, recipients.user(initiator.toString()).stream().toList(), model,
                MailContext.of(execution.getProcessInstanceId(), execution.getProcessBusinessKey()),
                execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId(), null);
    }
}
