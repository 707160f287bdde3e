package se.agencynetwork.delivery;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.notification.MailAttachment;
import se.agencynetwork.notification.MailContext;
import se.agencynetwork.notification.MailKind;
import se.agencynetwork.notification.Notifications;
import se.agencynetwork.notification.Recipient;

/**
 * Tells every registered participant the occasion (the first invitation or an update): one mail each with
 * the calendar entry of the given SEQUENCE (a higher one replaces the earlier in their calendars), then
 * records the course's last day on its lists and what was announced ({@link Occasion#announce}).
 */
@Component
record OccasionAnnouncements(
        CourseParticipants participants,
        Notifications notifications,
        NetworkDirectory directory,
        DeliveryProperties properties) {

    /**
     * Sends {@code kind} with the occasion's model plus {@code extra} (e.g. the reason for a change);
     * returns the participants told.
     */
    List<CourseParticipants.Participant> announce(DelegateExecution execution, MailKind kind, int sequence,
            Map<String, Object> extra) {
        String key = execution.getProcessBusinessKey();
        Occasion occasion = Occasion.of(execution, directory);
        Map<String, Object> model = occasion.model();
        model.putAll(extra);
        MailAttachment ics = MailAttachment.calendar(occasion.calendar(sequence));
        List<CourseParticipants.Participant> told = participants.of(key);
        for (CourseParticipants.Participant p : told) {
            notifications.send(kind, List.of(Recipient.address(p.email())), model,
                    MailContext.of(execution.getProcessInstanceId(), key), "course:" + key + ":invitation:" + sequence, ics);
        }
        participants.setCourseEnd(key, occasion.end());
        occasion.announce(execution, sequence, properties);
        return told;
    }
}
