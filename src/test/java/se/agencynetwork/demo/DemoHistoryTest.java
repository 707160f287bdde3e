package se.agencynetwork.demo;

import se.agencynetwork.models.ids.IdeaModel;
import se.agencynetwork.models.ids.ProcurementModel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import se.agencynetwork.overview.Overview;
import se.agencynetwork.overview.OverviewQueries;

/**
 * The demo profile's two years of history, written once at start-up of a fresh database as the embedded
 * run does it: every instance it made has ended at an end event or waits at a task or timer, no incident
 * is left, the engine's clock is the wall clock again, and the history holds what the overview needs
 * (ideas decided every way, procurements, courses with registrations, attendance and evaluations,
 * network reviews, cost allocations).
 */
@SpringBootTest(properties = "network.demo.history.enabled=true")
class DemoHistoryTest {

    @Autowired
    HistoryService historyService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OverviewQueries overview;

    @Test
    void twoYearsOfTheNetworkEndOrWaitWhereTheyShouldWithoutIncidents() {
        assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), Instant.now()).abs())
                .as("the engine's clock is the wall clock again").isLessThan(Duration.ofMinutes(5));
        assertThat(runtimeService.createIncidentQuery().list()).as("incidents").isEmpty();
        assertThat(managementService.createJobQuery().withException().list()).as("failed jobs").isEmpty();

        List<String> stuck = new ArrayList<>();
        for (HistoricProcessInstance instance : historyService.createHistoricProcessInstanceQuery().list()) {
            if (instance.getEndTime() != null) {
                assertThat(instance.getDeleteReason()).as(instance.getProcessDefinitionKey() + " " + instance.getBusinessKey()
                        + " ended normally").isNull();
                assertThat(instance.getEndActivityId()).as("end event of " + instance.getBusinessKey()).isNotNull();
                continue;
            }
            long waiting = taskService.createTaskQuery().processInstanceId(instance.getId()).count()
                    + managementService.createJobQuery().processInstanceId(instance.getId()).timers().count()
                    + runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).count();
            if (waiting == 0) {
                stuck.add(instance.getProcessDefinitionKey() + " " + instance.getBusinessKey());
            }
        }
        assertThat(stuck).as("running instances that wait for nothing").isEmpty();
        assertThat(managementService.createJobQuery().executable().count()).as("jobs left due").isZero();

        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_VARIABLE where TYPE_ = 'serializable'", Integer.class))
                .as("Java-serialized variables").isZero();
        long ideas = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("idea").count();
        // 16 planned cases and one idea from each year's needs inventory
        assertThat(ideas).isEqualTo(18);
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("needs-inventory").finished().count())
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from needs_report", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from yh_application where decision = 'approved'", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from yh_letter_of_intent where answer = 'signed'", Integer.class)).isPositive();
        assertThat(jdbc.queryForList("select outcome from idea_outcome", String.class)).contains("rejected", "merged");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("procurement").finished().count())
                .isGreaterThanOrEqualTo(4);
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("course-evaluation").count())
                .isGreaterThanOrEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from evaluation_survey where responses >= 5", Integer.class))
                .isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from evaluation_follow_up", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from cost_allocation where status = 'FINAL'", Integer.class))
                .isGreaterThanOrEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from network_review where decision is not null", Integer.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from course_participant", Integer.class)).isPositive();

        // where today's network stands: an open interest round, heads' approvals, a coming course
        assertThat(taskService.createTaskQuery().taskDefinitionKey(IdeaModel.USER_TASK_STATE_INTEREST).count()).isPositive();
        assertThat(taskService.createTaskQuery().taskDefinitionKey(ProcurementModel.USER_TASK_APPROVE_START).count()).isPositive();

        int year = overview.today().getYear();
        Overview thisYear = overview.overview(year, null);
        Overview lastYear = overview.overview(year - 1, null);
        assertThat(thisYear.interestRounds()).isNotEmpty();
        assertThat(thisYear.approvals()).isNotEmpty();
        assertThat(thisYear.money()).isNotEmpty();
        assertThat(lastYear.funnel().get(0).count() + thisYear.funnel().get(0).count()).isGreaterThanOrEqualTo(13);
        assertThat(thisYear.reviews()).hasSize(2);
    }
}
