package se.agencynetwork.delivery;

import static se.agencynetwork.delivery.DeliveryVariables.*;

import java.util.ArrayList;
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
import se.agencynetwork.process.ProcessJson;

/** {@code ${sendCourseInvitations}}: a mail with an iCalendar invitation to every registered participant. */
@Component("sendCourseInvitations")
@DelegateContract(reads = {COURSE_TITLE, COURSE_START, COURSE_END, VENUE_AGENCY, VENUE_ADDRESS, TRAINER},
        writes = {PARTICIPANT_OPTIONS, PARTICIPANT_COUNT, REMINDER_AT, COURSE_VENUE, COURSE_STARTS_AT,
                ANNOUNCED_OCCASION, INVITATION_SEQUENCE})
class SendCourseInvitations implements JavaDelegate {
    private final CourseParticipants participants;
    private final Notifications notifications;
    private final NetworkDirectory directory;
    private final DeliveryProperties properties;

    SendCourseInvitations(CourseParticipants participants, Notifications notifications, NetworkDirectory directory,
            DeliveryProperties properties) {
        this.participants = participants;
        this.notifications = notifications;
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        Occasion occasion = Occasion.of(execution, directory);
        MailAttachment ics = MailAttachment.calendar(occasion.calendar(0));
        List<Map<String, String>> options = new ArrayList<>();
        for (CourseParticipants.Participant p : participants.of(key)) {
            notifications.send(MailKind.COURSE_INVITATION, List.of(Recipient.address(p.email())), occasion.model(),
                    MailContext.of(execution.getProcessInstanceId(), key), "course:" + key + ":invitation:0", ics);
            options.add(Map.of("label", p.name() + " (" + directory.agencyName(p.agency()) + ")", "value", p.email()));
        }
        participants.setCourseEnd(key, occasion.end());
        Var.PARTICIPANT_OPTIONS.set(execution, ProcessJson.options(options));
        Var.PARTICIPANT_COUNT.set(execution, options.size());
        occasion.announce(execution, 0, properties);
    }
}
