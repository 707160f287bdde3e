package se.agencynetwork.delivery;

import static se.agencynetwork.delivery.DeliveryVariables.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.notification.MailKind;
import se.agencynetwork.process.DelegateContract;

/**
 * {@code ${sendCourseUpdate}}: the date or venue changed: every participant gets an updated
 * invitation whose calendar entry (same UID, next SEQUENCE) replaces the earlier one.
 */
@Component("sendCourseUpdate")
@DelegateContract(reads = {COURSE_TITLE, COURSE_START, COURSE_END, VENUE_AGENCY, VENUE_ADDRESS, TRAINER,
        INVITATION_SEQUENCE, CHANGE_REASON},
        writes = {REMINDER_AT, COURSE_VENUE, COURSE_STARTS_AT, ANNOUNCED_OCCASION, INVITATION_SEQUENCE})
record SendCourseUpdate(OccasionAnnouncements announcements) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> reason = new HashMap<>();
        reason.put("changeReason", Var.CHANGE_REASON.get(execution));
        announcements.announce(execution, MailKind.COURSE_UPDATE, Var.INVITATION_SEQUENCE.require(execution) + 1, reason);
    }
}
