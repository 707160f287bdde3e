package se.agencynetwork.needs;

import se.agencynetwork.models.ids.IdeaModel;
import se.agencynetwork.models.ids.NeedsInventoryModel;
import se.agencynetwork.models.ids.NeedsInventoryYearlyModel;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.agencynetwork.needs.NeedsVariables.Names.CHOSEN_NEEDS;
import static se.agencynetwork.needs.NeedsVariables.Names.HAS_NEEDS;
import static se.agencynetwork.needs.NeedsVariables.Names.NEEDS;
import static se.agencynetwork.needs.NeedsVariables.Names.NEEDS_COUNT;
import static se.agencynetwork.needs.NeedsVariables.Names.REPORT_DEADLINE;
import static se.agencynetwork.needs.NeedsVariables.Names.STARTED_IDEAS;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;

import se.agencynetwork.forms.FormRefusedException;
import se.agencynetwork.idea.IdeaVariables;
import se.agencynetwork.testsupport.LoggedIn;
import se.agencynetwork.testsupport.StoredVariables;
import se.agencynetwork.process.ProcessJson;

/**
 * Every path of {@code needs-inventory}: yearly timer and manual start, reports per agency with a
 * dynamic list, the deadline, the council's plan starting one idea per chosen need with the
 * reporting agencies pre-filled. The ideas it starts are covered by the idea process test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(NeedsProcessTest.Coverage.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedsProcessTest {

    /** Coverage gate at 100% for needs-inventory; the ideas it starts do not count here. */
    @TestConfiguration
    @Import(ProcessEngineCoverageConfiguration.class)
    static class Coverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties gatedCoverageProperties() {
            return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0)
                    .excludeProcessDefinitionKeys(IdeaVariables.PROCESS_KEY).build();
        }
    }

    static final Date NOW = Date.from(Instant.parse("2026-09-01T05:00:00Z"));

    @Autowired

    JdbcTemplate jdbc;


    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    NeedsRepository needs;


    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(NOW);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        identityService.clearAuthentication();
        BpmnAwareTests.reset();
    }

    Task reportTask(ProcessInstance instance, String agency) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(NeedsInventoryModel.USER_TASK_REPORT_NEEDS)
                .taskCandidateGroup(agency + "-training-coordinators").singleResult();
    }

    /** A dynamic list as Tasklist submits it: Spin JSON. */
    static Object json(Object value) {
        return ProcessJson.json(value);
    }

    static Map<String, Object> need(String title, String kind, int participants) {
        return Map.of("title", title, "description", "Behov av " + title.toLowerCase(), "kind", kind,
                "targetGroup", "Handläggare", "participants", participants);
    }

    @Test
    void aManualInventoryTurnsTheChosenNeedsIntoIdeasWithTheirAgencies() {
        LoggedIn.as(identityService, "koordinator");
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(NeedsVariables.PROCESS_KEY,
                Map.of(REPORT_DEADLINE, "2026-09-30"));
        identityService.clearAuthentication();
        String key = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getBusinessKey();
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).list())
                .as("every agency's task tells the case").extracting(Task::getName)
                .containsOnly("Rapportera behov – " + key + " Behovsinventering");
        Assertions.assertThat(key).matches("NEEDS-2026-\\d{4}");
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(NeedsInventoryModel.USER_TASK_REPORT_NEEDS).list()).hasSize(16)
                .allSatisfy(t -> Assertions.assertThat(t.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-09-30T21:59:00Z"))));

        // "yes" without a need, and a need without its title, are refused
        Task spv = reportTask(instance, "spv");
        Assertions.assertThatThrownBy(() -> taskService.complete(spv.getId(), Map.of(HAS_NEEDS, "yes")))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("(needs)");
        Assertions.assertThatThrownBy(() -> taskService.complete(spv.getId(), Map.of(HAS_NEEDS, "yes",
                NEEDS, json(List.of(Map.of("kind", "course", "targetGroup", "Chefer", "participants", 3))))))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("(needs[0].title)");

        taskService.complete(spv.getId(), Map.of(HAS_NEEDS, "yes", NEEDS,
                json(List.of(need("Klarspråk", "course", 8), need("Arkivering", "seminar", 4)))));
        taskService.complete(reportTask(instance, "csn").getId(), Map.of(HAS_NEEDS, "yes", NEEDS,
                json(List.of(need("klarspråk ", "course", 5)))));
        taskService.complete(reportTask(instance, "msb").getId(), Map.of(HAS_NEEDS, "no"));
        Assertions.assertThat(needs.needs(key)).extracting(NeedsRepository.Need::id)
                .containsExactly("csn#1", "spv#1", "spv#2");

        Job deadline = managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(NeedsInventoryModel.BOUNDARY_EVENT_REPORT_DEADLINE).singleResult();
        ClockUtil.setCurrentTime(deadline.getDuedate());
        managementService.executeJob(deadline.getId());
        assertThat(instance).hasPassed(NeedsInventoryModel.BOUNDARY_EVENT_REPORT_DEADLINE, NeedsInventoryModel.SERVICE_TASK_COMPILE_NEEDS)
                .isWaitingAt(NeedsInventoryModel.USER_TASK_CONSOLIDATE_NEEDS).task().hasCandidateGroup("education-council");
        assertThat(instance).variables().containsEntry(NEEDS_COUNT, 3);

        Task plan = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        // the council member who completes the plan starts the ideas (and becomes their initiator)
        LoggedIn.as(identityService, "koordinator");
        taskService.complete(plan.getId(),
                Map.of(CHOSEN_NEEDS, json(List.of("spv#1", "csn#1", "spv#2")),
                        "planSummary", "Klarspråk och arkivering blir idéer i år."));
        identityService.clearAuthentication();

        assertThat(instance).hasPassedInOrder(NeedsInventoryModel.START_EVENT_INVENTORY_STARTED, NeedsInventoryModel.SERVICE_TASK_PREPARE_INVENTORY,
                NeedsInventoryModel.USER_TASK_REPORT_NEEDS, NeedsInventoryModel.SERVICE_TASK_COMPILE_NEEDS, NeedsInventoryModel.USER_TASK_CONSOLIDATE_NEEDS, NeedsInventoryModel.SERVICE_TASK_START_IDEAS)
                .isEnded().hasPassed(NeedsInventoryModel.END_EVENT_PLAN_DECIDED);
        List<String> started = ProcessJson.strings(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(STARTED_IDEAS).singleResult().getValue());
        Assertions.assertThat(started).hasSize(2);
        ProcessInstance klarsprak = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(started.get(0))
                .singleResult();
        assertThat(klarsprak).isWaitingAt(IdeaModel.USER_TASK_SCREEN_IDEA);
        assertThat(klarsprak).variables().containsEntry(IdeaVariables.TITLE, "Klarspråk").containsEntry(IdeaVariables.EXPECTED_PARTICIPANTS, 13L)
                .containsEntry(IdeaVariables.Names.ORIGINATING_AGENCY, "spv")
                .containsEntry(IdeaVariables.Names.INITIATOR, "koordinator").containsEntry("needsInventoryKey", key);
        ProcessInstance arkivering = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(started.get(1))
                .singleResult();
        assertThat(arkivering).variables().containsEntry(IdeaVariables.KIND, "seminar");
        Assertions.assertThat(ProcessJson.strings(runtimeService.getVariable(klarsprak.getId(), IdeaVariables.PROPOSED_AGENCIES)))
                .containsExactly("spv", "csn");
        Assertions.assertThat(ProcessJson.strings(runtimeService.getVariable(arkivering.getId(), IdeaVariables.PROPOSED_AGENCIES)))
                .containsExactly("spv");
    }

    @Test
    void theYearlyTimerStartsAnInventoryThatEndsWithoutIdeasWhenNoneIsChosen() {
        Job yearly = managementService.createJobQuery().activityId(NeedsInventoryYearlyModel.START_EVENT_YEARLY).singleResult();
        Assertions.assertThat(yearly.getDuedate()).isNotNull();
        managementService.executeJob(yearly.getId());
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(NeedsVariables.PROCESS_KEY)
                .active().list().stream().filter(p -> taskService.createTaskQuery().processInstanceId(p.getId()).count() > 0)
                .findFirst().orElseThrow();
        List<Task> reports = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(NeedsInventoryModel.USER_TASK_REPORT_NEEDS).list();
        Assertions.assertThat(reports).hasSize(16).allSatisfy(t -> Assertions.assertThat(t.getDueDate())
                .isEqualTo(Date.from(Instant.parse("2026-10-01T21:59:00Z"))));
        for (Task report : reports) {
            taskService.complete(report.getId(), Map.of(HAS_NEEDS, "no"));
        }
        assertThat(instance).isWaitingAt(NeedsInventoryModel.USER_TASK_CONSOLIDATE_NEEDS);
        assertThat(instance).variables().containsEntry(NEEDS_COUNT, 0);
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId(),
                Map.of("planSummary", "Inga nya behov rapporterades i år."));
        assertThat(instance).hasPassedInOrder(NeedsInventoryModel.START_EVENT_INVENTORY_STARTED, NeedsInventoryModel.SERVICE_TASK_PREPARE_INVENTORY,
                NeedsInventoryModel.USER_TASK_REPORT_NEEDS, NeedsInventoryModel.SERVICE_TASK_COMPILE_NEEDS, NeedsInventoryModel.USER_TASK_CONSOLIDATE_NEEDS, NeedsInventoryModel.SERVICE_TASK_START_IDEAS)
                .isEnded();
        Assertions.assertThat(ProcessJson.strings(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(STARTED_IDEAS).singleResult().getValue()))
                .isEqualTo(List.of());
    }

    /** Issue 17: whatever path ran, no variable is stored as a Java object (lists and maps are Spin JSON). */
    @AfterEach
    void noVariableIsStoredAsAJavaObject() {
        StoredVariables.assertNoneStoredAsJava(jdbc);
    }
}
