package se.agencynetwork.delivery;

import static se.agencynetwork.delivery.DeliveryVariables.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.notification.MailContext;
import se.agencynetwork.notification.MailKind;
import se.agencynetwork.notification.Notifications;
import se.agencynetwork.notification.Recipient;
import se.agencynetwork.process.DelegateContract;

/** {@code ${sendCourseReminders}}: a reminder to every registered participant before the first day. */
@Component("sendCourseReminders")
@DelegateContract(reads = {Names.COURSE_TITLE, Names.COURSE_START, Names.COURSE_END, Names.COURSE_VENUE})
record SendCourseReminders(CourseParticipants participants, Notifications notifications) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        LocalDate start = COURSE_START.require(execution);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("courseTitle", COURSE_TITLE.get(execution));
        model.put("courseStart", Invitations.swedishPeriod(start, COURSE_END.require(execution)));
        model.put("courseVenue", COURSE_VENUE.get(execution));
        // one reminder per first day: a later change of venue only does not remind twice, a new date does
        for (CourseParticipants.Participant p : participants.of(key)) {
            notifications.send(MailKind.COURSE_REMINDER, List.of(Recipient.address(p.email())), model,
                    MailContext.of(execution.getProcessInstanceId(), key), "course:" + key + ":reminder:" + start, null);
        }
    }
}
