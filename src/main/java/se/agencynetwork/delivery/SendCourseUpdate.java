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
@DelegateContract(reads = {Names.COURSE_TITLE, Names.COURSE_START, Names.COURSE_END, Names.VENUE_AGENCY, Names.VENUE_ADDRESS, Names.TRAINER,
        Names.INVITATION_SEQUENCE, Names.CHANGE_REASON},
        writes = {Names.REMINDER_AT, Names.COURSE_VENUE, Names.COURSE_STARTS_AT, Names.ANNOUNCED_OCCASION, Names.INVITATION_SEQUENCE})
record SendCourseUpdate(OccasionAnnouncements announcements) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> reason = new HashMap<>();
        reason.put("changeReason", CHANGE_REASON.get(execution));
        announcements.announce(execution, MailKind.COURSE_UPDATE, INVITATION_SEQUENCE.require(execution) + 1, reason);
    }
}
