package se.agencynetwork.delivery;

import static se.agencynetwork.delivery.DeliveryVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.notification.MailKind;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.ProcessJson;

/** {@code ${sendCourseInvitations}}: a mail with an iCalendar invitation to every registered participant. */
@Component("sendCourseInvitations")
@DelegateContract(reads = {Names.COURSE_TITLE, Names.COURSE_START, Names.COURSE_END, Names.VENUE_AGENCY, Names.VENUE_ADDRESS, Names.TRAINER},
        writes = {Names.PARTICIPANT_OPTIONS, Names.REMINDER_AT, Names.COURSE_VENUE, Names.COURSE_STARTS_AT,
                Names.ANNOUNCED_OCCASION, Names.INVITATION_SEQUENCE})
record SendCourseInvitations(OccasionAnnouncements announcements, NetworkDirectory directory) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        List<Map<String, String>> options = new ArrayList<>();
        for (CourseParticipants.Participant p : announcements.announce(execution, MailKind.COURSE_INVITATION, 0, Map.of())) {
            options.add(Map.of("label", p.name() + " (" + directory.agencyName(p.agency()) + ")", "value", p.email()));
        }
        PARTICIPANT_OPTIONS.set(execution, ProcessJson.options(options));
    }
}
