package se.agencynetwork.evaluation;

import static se.agencynetwork.evaluation.EvaluationVariables.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.agencynetwork.evaluation.EvaluationVariables.Names;
import se.agencynetwork.notification.MailKind;
import se.agencynetwork.notification.Notifications;
import se.agencynetwork.notification.Recipient;
import se.agencynetwork.notification.StepMail;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.survey.Surveys;

/**
 * Opens the survey: a round of the {@link CourseQuestionnaire} keyed by the course (shared survey
 * package, {@link Surveys}), one personal link per participant who attended (only its hash is stored,
 * with no name), mailed with the {@code course-survey} template. Keeps the course's title, last day and
 * invited count in {@code evaluation_survey} and how many attended per agency, for the overview. Sets
 * the closing time and the follow-up time from the course's last day and the configured periods, and
 * the agencies to follow up with. A course has one survey: a second evaluation of the same course key
 * fails here ("survey round ... is open already"), before anything is stored or mailed.
 */
@Component("sendSurveys")
@DelegateContract(reads = {Names.COURSE_KEY, Names.COURSE_TITLE, Names.COURSE_END_DATE, Names.PARTICIPANTS_JSON},
        writes = {Names.SURVEY_CLOSES_AT, Names.FOLLOW_UP_AT, Names.INVITED_COUNT, Names.FOLLOW_UP_AGENCIES})
public class SendSurveys implements JavaDelegate {

    private final SurveyRepository repository;
    private final Surveys surveys;
    private final Notifications notifications;
    private final EvaluationProperties properties;
    private final ObjectMapper json = new ObjectMapper();

    public SendSurveys(SurveyRepository repository, Surveys surveys, Notifications notifications,
            EvaluationProperties properties) {
        this.repository = repository;
        this.surveys = surveys;
        this.notifications = notifications;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        String courseKey = COURSE_KEY.require(execution);
        String title = COURSE_TITLE.get(execution);
        LocalDate endDate = COURSE_END_DATE.require(execution);
        LocalDateTime closesAt = endDate.plus(properties.surveyPeriod()).atTime(23, 59);
        LocalDateTime followUpAt = endDate.plus(properties.followUpDelay()).atTime(9, 0);

        JsonNode participants = json.readTree(PARTICIPANTS_JSON.require(execution));
        List<JsonNode> attended = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        if (participants != null && participants.isArray()) {
            participants.forEach(p -> {
                // one link per address: a participant listed twice gets one mail and one link
                if (p.path("attended").asBoolean(false) && !p.path("email").asText("").isBlank()
                        && seen.add(p.path("email").asText().trim().toLowerCase(java.util.Locale.ROOT))) {
                    attended.add(p);
                }
            });
        }
        surveys.open(courseKey, CourseQuestionnaire.KEY, title, closesAt, execution.getProcessInstanceId());
        repository.createSurvey(courseKey, execution.getProcessInstanceId(), title, endDate, closesAt, attended.size());
        Set<String> agencies = new LinkedHashSet<>();
        Map<String, Integer> attendedPerAgency = new TreeMap<>();
        for (JsonNode p : attended) {
            String name = p.path("name").asText("");
            String email = p.path("email").asText();
            String agency = p.path("agency").asText("");
            attendedPerAgency.merge(agency, 1, Integer::sum);
            if (!agency.isBlank()) {
                agencies.add(agency);
            }
            StepMail.of(MailKind.COURSE_SURVEY, execution)
                    .with("courseTitle", title)
                    .with("surveyLink", surveys.invite(courseKey, CourseQuestionnaire.PARTICIPANT))
                    .with("surveyCloses", closesAt.toLocalDate().toString())
                    .send(notifications, List.of(new Recipient(null, email, name.isBlank() ? email : name)),
                            "survey:" + courseKey);
        }
        repository.recordAttendance(courseKey, attendedPerAgency);
        SURVEY_CLOSES_AT.set(execution, closesAt);
        FOLLOW_UP_AT.set(execution, followUpAt);
        INVITED_COUNT.set(execution, attended.size());
        FOLLOW_UP_AGENCIES.set(execution, List.copyOf(agencies));
    }
}
