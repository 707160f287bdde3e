package se.agencynetwork.delivery;

import static se.agencynetwork.delivery.DeliveryVariables.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.notification.MailAttachment;
import se.agencynetwork.notification.MailContext;
import se.agencynetwork.notification.MailKind;
import se.agencynetwork.notification.Notifications;
import se.agencynetwork.notification.Recipient;
import se.agencynetwork.process.DelegateContract;

/**
 * {@code ${sendCourseUpdate}}: the date or venue changed: every participant gets an updated
 * invitation whose calendar entry (same UID, next SEQUENCE) replaces the earlier one.
 */
@Component("sendCourseUpdate")
@DelegateContract(reads = {COURSE_TITLE, COURSE_START, COURSE_END, VENUE_AGENCY, VENUE_ADDRESS, TRAINER,
        INVITATION_SEQUENCE, CHANGE_REASON},
        writes = {REMINDER_AT, COURSE_VENUE, COURSE_STARTS_AT, ANNOUNCED_OCCASION, INVITATION_SEQUENCE})
class SendCourseUpdate implements JavaDelegate {
    private final CourseParticipants participants;
    private final Notifications notifications;
    private final NetworkDirectory directory;
    private final DeliveryProperties properties;

    SendCourseUpdate(CourseParticipants participants, Notifications notifications, NetworkDirectory directory,
            DeliveryProperties properties) {
        this.participants = participants;
        this.notifications = notifications;
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        int sequence = Var.INVITATION_SEQUENCE.require(execution) + 1;
        Occasion occasion = Occasion.of(execution, directory);
        Map<String, Object> model = occasion.model();
        model.put("changeReason", Var.CHANGE_REASON.get(execution));
        MailAttachment ics = MailAttachment.calendar(occasion.calendar(sequence));
        for (CourseParticipants.Participant p : participants.of(key)) {
            notifications.send(MailKind.COURSE_UPDATE, List.of(Recipient.address(p.email())), model,
                    MailContext.of(execution.getProcessInstanceId(), key), "course:" + key + ":invitation:" + sequence, ics);
        }
        participants.setCourseEnd(key, occasion.end());
        occasion.announce(execution, sequence, properties);
    }
}
