package se.agencynetwork.evaluation;

import se.agencynetwork.models.ids.CourseDeliveryModel;
import se.agencynetwork.delivery.DeliveryVariables;

import static org.assertj.core.api.Assertions.assertThat;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.COURSE_END_DATE;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.COURSE_KEY;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.COURSE_TITLE;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.PARTICIPANTS_JSON;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.WORK_CHANGED;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The participants' data of a course leaves the engine's history and the application's tables on
 * the evaluation's retention (365 days after the last day), although the engine on its own would
 * keep it as long as the root process instance says: a called instance (course-evaluation under
 * course-delivery, both under idea in production) inherits the removal time of its root, the
 * root's end plus the root's historyTimeToLive, not its own definition's.
 */
@SpringBootTest
class ParticipantDataRetentionTest {

    static final String PARTICIPANTS = """
            [{"name":"Anna Andersson","email":"anna@spv.example","agency":"spv","attended":true},
             {"name":"Bo Berg","email":"bo@csn.example","agency":"csn","attended":true},
             {"name":"Cia Dahl","email":"cia@csn.example","agency":"csn","attended":false}]""";

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired EvaluationRetention retention;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private Map<String, Object> course(String key, LocalDate lastDay) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(COURSE_KEY, key);
        variables.put(COURSE_TITLE, "Klarspråk");
        variables.put(COURSE_END_DATE, lastDay.toString());
        variables.put(PARTICIPANTS_JSON, PARTICIPANTS);
        return variables;
    }

    private void executeTimer(String processInstanceId) {
        Job timer = managementService.createJobQuery().processInstanceId(processInstanceId).timers().singleResult();
        assertThat(timer).isNotNull();
        managementService.executeJob(timer.getId());
    }

    private HistoricProcessInstance history(String processInstanceId) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    }

    private List<HistoricVariableInstance> variables(String processInstanceId) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).list();
    }

    /** Runs the set-removal-time batches as the job executor would: seed, the batch's jobs, monitor. */
    private void executeRemovalTimeBatches() {
        List<Batch> batches = managementService.createBatchQuery().type(Batch.TYPE_PROCESS_SET_REMOVAL_TIME).list();
        assertThat(batches).isNotEmpty();
        for (Batch batch : batches) {
            for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                    batch.getMonitorJobDefinitionId())) {
                for (Job job : managementService.createJobQuery().jobDefinitionId(definition).list()) {
                    managementService.executeJob(job.getId());
                }
            }
        }
    }

    @Test
    void aCalledEvaluationKeepsItsRootsRemovalTimeAndRetentionRemovesTheParticipantsFromBothOnDay365() {
        String key = "COURSE-2026-7001";
        LocalDate lastDay = LocalDate.now(clock).minusDays(1);
        // course-delivery as the root, at its hand-over to course-evaluation (the earlier steps are
        // CourseDeliveryProcessTest's business)
        ProcessInstance delivery = runtimeService.createProcessInstanceByKey("course-delivery").businessKey(key)
                .setVariables(course(key, lastDay)).startBeforeActivity(CourseDeliveryModel.CALL_ACTIVITY_COURSE_EVALUATION).execute();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(delivery.getId())
                .activityId(CourseDeliveryModel.CALL_ACTIVITY_COURSE_EVALUATION).singleResult().getId());
        ProcessInstance evaluation = runtimeService.createProcessInstanceQuery()
                .superProcessInstanceId(delivery.getId()).singleResult();
        assertThat(evaluation.getBusinessKey()).isEqualTo(key);
        assertThat(jdbc.queryForObject("select count(*) from notification_mail where business_key = ? and kind = ?",
                Integer.class, key, "course-survey")).as("a survey mail per attendee").isEqualTo(2);

        // nobody answers: the survey closes, the follow-up is due, each agency's coordinator answers
        executeTimer(evaluation.getId());
        executeTimer(evaluation.getId());
        List<Task> followUps = taskService.createTaskQuery().processInstanceId(evaluation.getId()).list();
        assertThat(followUps).hasSize(2);
        followUps.forEach(task -> taskService.complete(task.getId(), Map.of(WORK_CHANGED, "unknown")));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(delivery.getId()).count())
                .as("the delivery ended after its evaluation").isZero();

        // the engine: the removal time of the whole hierarchy is the root's end + the root's time to
        // live (course-delivery: 1 825 days); course-evaluation's own 365 days play no part
        HistoricProcessInstance deliveryHistory = history(delivery.getId());
        HistoricProcessInstance evaluationHistory = history(evaluation.getId());
        assertThat(evaluationHistory.getRootProcessInstanceId()).isEqualTo(delivery.getId());
        assertThat(deliveryHistory.getRemovalTime())
                .isEqualTo(Date.from(deliveryHistory.getEndTime().toInstant().plus(Duration.ofDays(1825))));
        assertThat(evaluationHistory.getRemovalTime()).isEqualTo(deliveryHistory.getRemovalTime())
                .isNotEqualTo(Date.from(evaluationHistory.getEndTime().toInstant().plus(Duration.ofDays(365))));
        HistoricVariableInstance participants = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(evaluation.getId()).variableName(PARTICIPANTS_JSON).singleResult();
        assertThat((String) participants.getValue()).contains("Anna Andersson");
        assertThat(participants.getRemovalTime()).isEqualTo(deliveryHistory.getRemovalTime());
        assertThat(variables(delivery.getId())).extracting(HistoricVariableInstance::getName).contains(DeliveryVariables.Names.PARTICIPANTS_JSON);

        // day 365 after the last day: nothing goes yet
        retention.anonymise(lastDay.plusDays(365));
        assertThat(variables(evaluation.getId())).isNotEmpty();
        assertThat(history(evaluation.getId()).getRemovalTime()).isEqualTo(deliveryHistory.getRemovalTime());

        // day 366: the variables of both instances go now, and both get a removal time of now
        Date before = new Date(System.currentTimeMillis() - 1000);
        retention.anonymise(lastDay.plusDays(366));
        executeRemovalTimeBatches();
        Date after = new Date(System.currentTimeMillis() + 1000);

        for (String instance : List.of(delivery.getId(), evaluation.getId())) {
            assertThat(variables(instance)).as("history variables of " + instance).isEmpty();
            assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance).count())
                    .as("history details of " + instance).isZero();
            assertThat(history(instance).getRemovalTime()).isBetween(before, after);
            assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance).list())
                    .allSatisfy(a -> assertThat(a.getRemovalTime()).isBetween(before, after));
        }
        assertThat(jdbc.queryForObject("select count(*) from survey_link where round_key = ?", Integer.class, key))
                .as("the survey's links stay, holding no person").isEqualTo(2);
        assertThat(jdbc.queryForList("select kind from notification_mail where business_key = ?", String.class, key))
                .as("the mails to participants go, those to staff stay").isNotEmpty()
                .doesNotContainAnyElementsOf(EvaluationRetention.PARTICIPANT_MAILS);
        assertThat(jdbc.queryForObject("select count(*) from evaluation_survey where course_key = ?"
                + " and history_removed_at is not null", Integer.class, key)).isEqualTo(1);

        // the engine's history cleanup then removes both instances
        managementService.executeJob(historyService.cleanUpHistoryAsync(true).getId());
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processInstanceIds(java.util.Set.of(delivery.getId(), evaluation.getId())).count()).isZero();
        // the follow-up answers per agency stay: they hold no person
        assertThat(jdbc.queryForObject("select count(*) from evaluation_follow_up where course_key = ?",
                Integer.class, key)).isEqualTo(2);
    }

    @Test
    void anEvaluationStillRunningAfterTheRetentionPeriodIsLeftForALaterDay() {
        String key = "COURSE-2026-7002";
        LocalDate lastDay = LocalDate.now(clock).minusDays(400);
        ProcessInstance evaluation = runtimeService.startProcessInstanceByKey("course-evaluation", key,
                course(key, lastDay));
        assertThat(jdbc.queryForObject("select count(*) from notification_mail where business_key = ? and kind = ?",
                Integer.class, key, "course-survey")).as("a survey mail per attendee").isEqualTo(2);

        assertThat(retention.anonymise(LocalDate.now(clock))).isPositive();

        assertThat(variables(evaluation.getId())).extracting(HistoricVariableInstance::getName)
                .contains(PARTICIPANTS_JSON);
        assertThat(jdbc.queryForObject("select count(*) from evaluation_survey where course_key = ?"
                + " and history_removed_at is null", Integer.class, key)).isEqualTo(1);
        assertThat(jdbc.queryForList("select kind from notification_mail where business_key = ?", String.class, key))
                .as("the mails to participants, the application's last record of them, go on time")
                .doesNotContainAnyElementsOf(EvaluationRetention.PARTICIPANT_MAILS);
    }
}
