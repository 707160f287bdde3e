package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.*;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.notification.MailKind;
import se.agencynetwork.notification.Notifications;
import se.agencynetwork.notification.Recipient;
import se.agencynetwork.notification.StepMail;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.survey.Surveys;

/**
 * "Skicka utvärderingen till adepter och mentorer": on the programme's last day a survey round (keyed by the
 * programme's business key) opens until {@code network.mentorship.evaluation-period} after the last day, 23:59; every
 * adept and mentor of the pairs that ran gets one personal link, in the group of their role, by the
 * {@code mentorship-survey} mail, once. The link is the only thing that ties the mail to the survey: the survey keeps
 * its hash and the role, never the person.
 */
@Component("sendMentorshipEvaluation")
@DelegateContract(reads = {Names.TITLE, Names.PERIOD_END}, writes = {Names.EVALUATION_CLOSES_AT, Names.EVALUATION_INVITED})
record SendEvaluation(MentorshipService service, MentorshipRepository repository, Surveys surveys,
        Notifications notifications, MentorshipProperties properties) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        String title = TITLE.require(execution);
        LocalDateTime closes = PERIOD_END.require(execution).plus(properties.evaluationPeriod())
                .atTime(MentorshipProperties.END_OF_DAY);
        Instant closesAt = closes.atZone(NetworkTime.ZONE).toInstant();
        List<Person> respondents = service.evaluationRespondents(key);
        surveys.open(key, MentorshipQuestionnaire.KEY, title, closes, execution.getProcessInstanceId());
        for (Person person : respondents) {
            String link = surveys.invite(key, person.role().surveyGroup());
            StepMail.of(MailKind.MENTORSHIP_SURVEY, execution)
                    .with("programmeName", title)
                    .with("roleText", person.role().swedish())
                    .with("surveyLink", link)
                    .with("surveyCloses", closes.toLocalDate().toString())
                    .send(notifications, List.of(new Recipient(null, person.email(), person.name())),
                            "mentorship:" + key + ":evaluation:" + person.party());
        }
        repository.recordEvaluationSent(key, closesAt, respondents.size());
        EVALUATION_CLOSES_AT.set(execution, closesAt);
        EVALUATION_INVITED.set(execution, respondents.size());
    }
}
