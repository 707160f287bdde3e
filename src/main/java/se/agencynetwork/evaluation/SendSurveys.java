package se.agencynetwork.evaluation;

import static se.agencynetwork.evaluation.EvaluationVariables.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.agencynetwork.notification.MailContext;
import se.agencynetwork.notification.MailKind;
import se.agencynetwork.notification.NotificationProperties;
import se.agencynetwork.notification.Notifications;
import se.agencynetwork.notification.Recipient;
import se.agencynetwork.process.ProcessJson;

/**
 * Opens the survey: one personal link per participant who attended (only its hash is stored),
 * mailed with the {@code course-survey} template. Sets the closing time and the follow-up time from
 * the course's last day and the configured periods, and the agencies to follow up with.
 */
@Component("sendSurveys")
@DelegateContract(reads = {COURSE_KEY, COURSE_TITLE, COURSE_END_DATE, PARTICIPANTS_JSON},
        writes = {SURVEY_CLOSES_AT, FOLLOW_UP_AT, INVITED_COUNT, FOLLOW_UP_AGENCIES})
public class SendSurveys implements JavaDelegate {

    private final SurveyRepository repository;
    private final Notifications notifications;
    private final NotificationProperties notificationProperties;
    private final EvaluationProperties properties;
    private final ObjectMapper json = new ObjectMapper();

    public SendSurveys(SurveyRepository repository, Notifications notifications,
            NotificationProperties notificationProperties, EvaluationProperties properties) {
        this.repository = repository;
        this.notifications = notifications;
        this.notificationProperties = notificationProperties;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        String courseKey = (String) execution.getVariable(COURSE_KEY);
        String title = (String) execution.getVariable(COURSE_TITLE);
        LocalDate endDate = LocalDate.parse((String) execution.getVariable(COURSE_END_DATE));
        LocalDateTime closesAt = endDate.plus(properties.surveyPeriod()).atTime(23, 59);
        LocalDateTime followUpAt = endDate.plus(properties.followUpDelay()).atTime(9, 0);
        LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());

        JsonNode participants = json.readTree((String) execution.getVariable(PARTICIPANTS_JSON));
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
        repository.createSurvey(courseKey, execution.getProcessInstanceId(), title, endDate, closesAt, attended.size());
        Set<String> agencies = new LinkedHashSet<>();
        MailContext context = MailContext.of(execution.getProcessInstanceId(), execution.getProcessBusinessKey());
        for (JsonNode p : attended) {
            String token = SurveyTokens.newToken();
            String name = p.path("name").asText("");
            String email = p.path("email").asText();
            String agency = p.path("agency").asText("");
            repository.insertInvitation(SurveyTokens.hash(token), courseKey, name, email, agency, closesAt, now);
            if (!agency.isBlank()) {
                agencies.add(agency);
            }
            Map<String, Object> model = new HashMap<>();
            model.put("courseTitle", title);
            model.put("surveyLink", notificationProperties.baseUrl() + "/survey/" + token);
            model.put("surveyCloses", closesAt.toLocalDate().toString());
            notifications.send(MailKind.COURSE_SURVEY, List.of(new Recipient(null, email, name.isBlank() ? email : name)),
                    model, context, "survey:" + courseKey, null);
        }
        execution.setVariable(SURVEY_CLOSES_AT, closesAt.toString());
        execution.setVariable(FOLLOW_UP_AT, followUpAt.toString());
        execution.setVariable(INVITED_COUNT, attended.size());
        execution.setVariable(FOLLOW_UP_AGENCIES, ProcessJson.list(agencies));
    }
}
