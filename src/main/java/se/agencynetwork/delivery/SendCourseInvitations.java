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
@DelegateContract(reads = {COURSE_TITLE, COURSE_START, COURSE_END, VENUE_AGENCY, VENUE_ADDRESS, TRAINER},
        writes = {PARTICIPANT_OPTIONS, PARTICIPANT_COUNT, REMINDER_AT, COURSE_VENUE, COURSE_STARTS_AT,
                ANNOUNCED_OCCASION, INVITATION_SEQUENCE})
record SendCourseInvitations(OccasionAnnouncements announcements, NetworkDirectory directory) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        List<Map<String, String>> options = new ArrayList<>();
        for (CourseParticipants.Participant p : announcements.announce(execution, MailKind.COURSE_INVITATION, 0, Map.of())) {
            options.add(Map.of("label", p.name() + " (" + directory.agencyName(p.agency()) + ")", "value", p.email()));
        }
        Var.PARTICIPANT_OPTIONS.set(execution, ProcessJson.options(options));
        Var.PARTICIPANT_COUNT.set(execution, options.size());
    }
}
