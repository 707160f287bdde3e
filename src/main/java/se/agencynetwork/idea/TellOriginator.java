package se.agencynetwork.idea;

import static se.agencynetwork.idea.IdeaVariables.INITIATOR;
import static se.agencynetwork.idea.IdeaVariables.TITLE;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import se.agencynetwork.notification.MailContext;
import se.agencynetwork.notification.MailKind;
import se.agencynetwork.notification.Notifications;
import se.agencynetwork.notification.Recipients;

/**
 * Mails the person who submitted the idea what became of it: the council's decision (approved, as
 * a listener on "Hur genomförs den?", or rejected, at the end of "Meddela idégivaren avslaget") with
 * its reason, or a merge into an existing idea with the coordinator's comment. The listeners:
 * {@link TellOriginatorDecision}, {@link TellOriginatorMerged}.
 */
public abstract class TellOriginator implements ExecutionListener {

    static final String APPROVED_AT = "Gateway_Delivery";

    private final Notifications notifications;
    private final Recipients recipients;

    TellOriginator(Notifications notifications, Recipients recipients) {
        this.notifications = notifications;
        this.recipients = recipients;
    }

    void tell(DelegateExecution execution, boolean approved, String reason) {
        String initiator = INITIATOR.get(execution);
        if (initiator == null) {
            return; // started by code without a person behind it
        }
        Map<String, Object> model = new HashMap<>();
        model.put("ideaTitle", execution.getVariable(TITLE));
        model.put("decisionApproved", approved);
        model.put("decisionReason", reason);
        notifications.send(MailKind.IDEA_DECISION, recipients.user(initiator).stream().toList(), model,
                MailContext.of(execution.getProcessInstanceId(), execution.getProcessBusinessKey()),
                execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId(), null);
    }
}
