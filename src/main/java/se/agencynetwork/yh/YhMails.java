package se.agencynetwork.yh;

import static se.agencynetwork.yh.YhVariables.WORKING_GROUP;
import static se.agencynetwork.yh.YhVariables.programme;

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

/** The application's reminder and outcome mails and who gets them; the steps say what and when. */
@Component
record YhMails(Notifications notifications, Recipients recipients) {

    /** A reminder ({@code yh-reminder}) about the step's application, due on {@code due}. */
    void remind(DelegateExecution step, Collection<Recipient> to, String text, LocalDate due, String occasion) {
        StepMail.of(MailKind.YH_REMINDER, step)
                .with("programmeName", programme(step))
                .with("reminderText", text)
                .with("dueDate", YhDates.swedish(due))
                .send(notifications, to, "yh:" + step.getProcessBusinessKey() + ":" + occasion);
    }

    /** How the application ended ({@code yh-outcome}); {@code figures} (the letters' figures) may be null. */
    void tellOutcome(DelegateExecution step, Collection<Recipient> to, String headline, String text, String figures,
            String occasion) {
        StepMail mail = StepMail.of(MailKind.YH_OUTCOME, step)
                .with("programmeName", programme(step))
                .with("outcomeHeadline", headline)
                .with("outcomeText", text);
        if (figures != null) {
            mail.with("supportFigures", figures);
        }
        mail.send(notifications, to, "yh:" + step.getProcessBusinessKey() + ":" + occasion);
    }

    /** A signing agency's heads are asked to prepare their LIA places ({@code yh-lia-places}). */
    void askForLiaPlaces(DelegateExecution step, LetterOfIntent letter, String programmeStart) {
        StepMail.of(MailKind.YH_LIA_PLACES, step)
                .with("programmeName", programme(step))
                .with("programmeStart", programmeStart)
                .with("agencyName", letter.agencyName())
                .with("liaPlaces", letter.liaPlaces())
                .send(notifications, recipients.headsOf(letter.agency()),
                        "yh:" + step.getProcessBusinessKey() + ":lia-places:" + letter.agency());
    }

    List<Recipient> headsOf(String agency) {
        return recipients.headsOf(agency);
    }

    List<Recipient> coordinators() {
        return recipients.group(Groups.NETWORK_COORDINATORS);
    }

    /** The education council, then the coordinators. */
    List<Recipient> councilAndCoordinators() {
        List<Recipient> to = new ArrayList<>(recipients.group(Groups.EDUCATION_COUNCIL));
        to.addAll(coordinators());
        return to;
    }

    /** Everyone concerned by an application: coordinators, the working group, the council and the agencies' heads. */
    List<Recipient> everyone(DelegateExecution step, Collection<String> agencies) {
        List<Recipient> all = new ArrayList<>(coordinators());
        String workingGroup = WORKING_GROUP.get(step);
        if (workingGroup != null) {
            all.addAll(recipients.group(workingGroup));
        }
        all.addAll(recipients.group(Groups.EDUCATION_COUNCIL));
        agencies.forEach(agency -> all.addAll(recipients.headsOf(agency)));
        return all;
    }
}
