package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.EVALUATION_OVERALL;
import static se.agencynetwork.mentorship.MentorshipVariables.EVALUATION_REPORT;
import static se.agencynetwork.mentorship.MentorshipVariables.TITLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

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

/**
 * "Skicka rapporten till rådet och myndigheterna": the network coordinator's conclusions and the compiled
 * results, as the report form showed them (so nothing below the minimum of answers), go to the education
 * council, which opened the programme, and to the training coordinators of every agency whose adept or
 * mentor took part in a pair that ran (completed or ended early): the agencies that shared its cost.
 */
@Component("sendMentorshipEvaluationReport")
@DelegateContract(reads = {Names.TITLE, Names.EVALUATION_REPORT, Names.EVALUATION_OVERALL})
record SendEvaluationReport(MentorshipRepository repository, Notifications notifications, Recipients recipients)
        implements JavaDelegate {

    private static final Set<String> RAN = Set.of(Pair.COMPLETED, Pair.ENDED_EARLY);

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        List<Recipient> to = new ArrayList<>(recipients.group(Groups.EDUCATION_COUNCIL));
        agenciesThatTookPart(key).forEach(agency -> to.addAll(recipients.trainingCoordinatorsOf(agency)));
        String title = TITLE.require(execution);
        StepMail.of(MailKind.MENTORSHIP, execution)
                .with("headline", "Rapport om utvärderingen")
                .with("programmeName", title)
                .with("text", "Nätverkskoordinatorn har skrivit rapporten om adepternas och mentorernas utvärdering"
                        + " av " + title + ". Svaren är anonyma; resultat och kommentarer visas bara när tillräckligt"
                        + " många har svarat.")
                .with("reportText", "Slutsatser:\n" + EVALUATION_REPORT.require(execution).strip()
                        + "\n\nSammanställning av svaren:\n" + EVALUATION_OVERALL.require(execution))
                .send(notifications, to, "mentorship:" + key + ":evaluation-report");
    }

    private List<String> agenciesThatTookPart(String key) {
        return repository.pairs(key).stream().filter(pair -> RAN.contains(pair.status()))
                .flatMap(pair -> Stream.of(pair.adeptAgency(), pair.mentorAgency())).distinct().sorted().toList();
    }
}
