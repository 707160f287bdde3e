package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.PERIOD_END;
import static se.agencynetwork.mentorship.MentorshipVariables.PERIOD_START;
import static se.agencynetwork.mentorship.MentorshipVariables.TITLE;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.notification.MailKind;
import se.agencynetwork.notification.Notifications;
import se.agencynetwork.notification.Recipient;
import se.agencynetwork.notification.Recipients;
import se.agencynetwork.notification.StepMail;
import se.agencynetwork.process.DelegateContract;

/**
 * "Bjud in paren till uppstart": on the first day of the period every running pair's adept and mentor
 * (by the addresses their agencies gave) and their training coordinators get the kick-off mail, once.
 */
@Component("inviteMentorshipPairs")
@DelegateContract(reads = {Names.TITLE, Names.PERIOD_START, Names.PERIOD_END})
record InviteToKickOff(MentorshipService service, MentorshipRepository repository, Notifications notifications,
        Recipients recipients) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        Map<String, Person> byParty = repository.persons(key).stream()
                .collect(Collectors.toMap(Person::party, p -> p));
        for (Pair pair : service.runningPairs(key)) {
            Person adept = byParty.get(Role.ADEPT.party(pair.adeptAgency()));
            Person mentor = byParty.get(Role.MENTOR.party(pair.mentorAgency()));
            List<Recipient> to = new java.util.ArrayList<>(List.of(new Recipient(null, adept.email(), adept.name()),
                    new Recipient(null, mentor.email(), mentor.name())));
            to.addAll(recipients.trainingCoordinatorsOf(pair.adeptAgency()));
            to.addAll(recipients.trainingCoordinatorsOf(pair.mentorAgency()));
            StepMail.of(MailKind.MENTORSHIP, execution)
                    .with("headline", "Välkommen till mentorprogrammets uppstart")
                    .with("programmeName", TITLE.require(execution))
                    .with("text", "Mentorprogrammet startar i dag. Boka ert första möte; er utbildningssamordnare"
                            + " följer upp antalet möten vid halvtid och vid programmets slut.")
                    .with("pairText", "Adept: " + adept.name() + " (" + service.agencyName(adept.agency()) + ")\n"
                            + "Mentor: " + mentor.name() + " (" + service.agencyName(mentor.agency()) + ")")
                    .with("periodText", PERIOD_START.require(execution) + " – " + PERIOD_END.require(execution))
                    .send(notifications, to, "mentorship:" + key + ":kick-off:" + pair.id());
        }
    }
}
