package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.NOMINATING_AGENCIES;
import static se.agencynetwork.mentorship.MentorshipVariables.TITLE;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.Groups;
import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.notification.MailKind;
import se.agencynetwork.notification.Notifications;
import se.agencynetwork.notification.Recipient;
import se.agencynetwork.notification.Recipients;
import se.agencynetwork.notification.StepMail;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;

/**
 * "Meddela att programmet ställs in": no pair could be formed or none accepted; the coordinators and
 * the training coordinators of the agencies that nominated someone are told, the programme is closed
 * as cancelled.
 */
@Component("cancelMentorship")
@DelegateContract(reads = {Names.TITLE, Names.NOMINATING_AGENCIES})
record CancelProgramme(MentorshipService service, Notifications notifications, Recipients recipients)
        implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        List<Recipient> to = new ArrayList<>(recipients.group(Groups.NETWORK_COORDINATORS));
        NOMINATING_AGENCIES.get(execution, List.of()).forEach(agency -> to.addAll(recipients.trainingCoordinatorsOf(agency)));
        StepMail.of(MailKind.MENTORSHIP, execution)
                .with("headline", "Mentorprogrammet ställs in")
                .with("programmeName", TITLE.require(execution))
                .with("text", "Programmet ställs in: inga par kunde bildas mellan myndigheternas godkända adepter"
                        + " och mentorer, eller inget par tackade ja.")
                .send(notifications, to, "mentorship:" + key + ":cancelled");
        service.cancel(key, NetworkTime.now());
    }
}
