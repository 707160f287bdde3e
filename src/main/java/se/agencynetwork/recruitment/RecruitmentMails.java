package se.agencynetwork.recruitment;

import static se.agencynetwork.recruitment.RecruitmentVariables.ACTIVITY_DATE;
import static se.agencynetwork.recruitment.RecruitmentVariables.ACTIVITY_PLACE;
import static se.agencynetwork.recruitment.RecruitmentVariables.TITLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.Groups;
import se.agencynetwork.notification.MailKind;
import se.agencynetwork.notification.Notifications;
import se.agencynetwork.notification.Recipient;
import se.agencynetwork.notification.Recipients;
import se.agencynetwork.notification.StepMail;

/** The activity's mails ({@code recruitment-activity}) and who gets them; the steps say what and when. */
@Component
record RecruitmentMails(Notifications notifications, Recipients recipients) {

    /**
     * A mail about the step's activity (title, date and place from the process) to {@code to}, once per
     * {@code occasion} and recipient.
     */
    void tell(DelegateExecution step, Collection<Recipient> to, String headline, String text, LocalDate due,
            String occasion) {
        StepMail mail = StepMail.of(MailKind.RECRUITMENT_ACTIVITY, step)
                .with("headline", headline)
                .with("activityTitle", TITLE.get(step))
                .with("messageText", text);
        LocalDate date = ACTIVITY_DATE.get(step);
        if (date != null) {
            mail.with("activityDate", date.toString()).with("activityPlace", ACTIVITY_PLACE.get(step));
        }
        if (due != null) {
            mail.with("dueDate", due.toString());
        }
        mail.send(notifications, to, "recruitment:" + step.getProcessBusinessKey() + ":" + occasion);
    }

    List<Recipient> coordinators() {
        return recipients.group(Groups.NETWORK_COORDINATORS);
    }

    /** The training coordinators (the agency's HR contact) of these agencies. */
    List<Recipient> trainingCoordinatorsOf(Collection<String> agencies) {
        List<Recipient> to = new ArrayList<>();
        agencies.forEach(agency -> to.addAll(recipients.trainingCoordinatorsOf(agency)));
        return to;
    }

    /** The training coordinators and the heads of these agencies. */
    List<Recipient> agenciesConcerned(Collection<String> agencies) {
        List<Recipient> to = trainingCoordinatorsOf(agencies);
        agencies.forEach(agency -> to.addAll(recipients.headsOf(agency)));
        return to;
    }

    List<Recipient> headsOf(String agency) {
        return recipients.headsOf(agency);
    }

    /** The person who submitted the idea, when known. */
    List<Recipient> user(String userId) {
        return recipients.user(userId).stream().toList();
    }
}
