package se.agencynetwork.delivery;

import static se.agencynetwork.delivery.DeliveryVariables.*;

import java.util.ArrayList;
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
import se.agencynetwork.notification.Recipients;
import se.agencynetwork.process.DelegateContract;

/**
 * {@code ${cancelCourse}}: the council cancelled the occasion: everyone on the lists, the
 * agencies' training coordinators and heads are told; nothing is charged (no final
 * allocation is booked) and the lists are removed.
 */
@Component("cancelCourse")
@DelegateContract(reads = {Names.COURSE_TITLE, Names.COURSE_START, Names.COURSE_END, Names.REGISTRATION_AGENCIES, Names.DECISION_REASON},
        writes = {Names.OUTCOME})
record CancelCourse(
        CourseParticipants participants,
        Notifications notifications,
        Recipients recipients) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("courseTitle", COURSE_TITLE.get(execution));
        model.put("courseStart", Invitations.swedishPeriod(COURSE_START.require(execution),
                COURSE_END.require(execution)));
        model.put("reason", DECISION_REASON.get(execution));
        List<Recipient> to = new ArrayList<>(); // Notifications writes one mail per distinct recipient
        participants.everyone(key).forEach(p -> to.add(Recipient.address(p.email())));
        for (String code : REGISTRATION_AGENCIES.get(execution, List.of())) {
            to.addAll(recipients.trainingCoordinatorsOf(code));
            to.addAll(recipients.headsOf(code));
        }
        notifications.send(MailKind.COURSE_CANCELLED, to, model, MailContext.of(execution.getProcessInstanceId(), key),
                "course:" + key + ":cancelled", null);
        participants.removeCourse(key);
        OUTCOME.set(execution, CANCELLED);
    }
}
