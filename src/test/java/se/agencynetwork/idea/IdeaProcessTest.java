package se.agencynetwork.idea;

import se.agencynetwork.models.ids.IdeaModel;

import java.util.ArrayList;
import org.camunda.spin.json.SpinJsonNode;
import se.agencynetwork.process.ProcessJson;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.agencynetwork.idea.IdeaVariables.DESCRIPTION;
import static se.agencynetwork.idea.IdeaVariables.EXPECTED_PARTICIPANTS;
import static se.agencynetwork.idea.IdeaVariables.KIND;
import static se.agencynetwork.idea.IdeaVariables.Names.AGENCY_OPTIONS;
import static se.agencynetwork.idea.IdeaVariables.Names.AGENCY_PARTICIPANTS;
import static se.agencynetwork.idea.IdeaVariables.Names.CO_FUNDING;
import static se.agencynetwork.idea.IdeaVariables.Names.DECISION;
import static se.agencynetwork.idea.IdeaVariables.Names.DECISION_REASON;
import static se.agencynetwork.idea.IdeaVariables.Names.DUPLICATE_OF;
import static se.agencynetwork.idea.IdeaVariables.Names.ENOUGH_INTEREST;
import static se.agencynetwork.idea.IdeaVariables.Names.INITIATOR;
import static se.agencynetwork.idea.IdeaVariables.Names.INTERESTED_AGENCIES;
import static se.agencynetwork.idea.IdeaVariables.Names.INTEREST_DEADLINE;
import static se.agencynetwork.idea.IdeaVariables.Names.ORIGINATING_AGENCY;
import static se.agencynetwork.idea.IdeaVariables.Names.REMINDED_AGENCIES;
import static se.agencynetwork.idea.IdeaVariables.Names.SCREENING_COMMENT;
import static se.agencynetwork.idea.IdeaVariables.Names.SCREENING_OUTCOME;
import static se.agencynetwork.idea.IdeaVariables.Names.TOTAL_PARTICIPANTS;
import static se.agencynetwork.idea.IdeaVariables.ORIGIN_TYPE;
import static se.agencynetwork.idea.IdeaVariables.ROUGH_COST;
import static se.agencynetwork.idea.IdeaVariables.TARGET_GROUP;
import static se.agencynetwork.idea.IdeaVariables.WANTED_START;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

import se.agencynetwork.forms.FormRefusedException;
import se.agencynetwork.idea.IdeaRepository.InterestAnswer;
import se.agencynetwork.idea.IdeaRepository.Outcome;
import se.agencynetwork.testsupport.LoggedIn;
import se.agencynetwork.testsupport.StoredVariables;
import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.delivery.DeliveryVariables;
import se.agencynetwork.procurement.ProcurementVariables;
import se.agencynetwork.recruitment.RecruitmentVariables;

/**
 * Every path of {@code idea}, with the real delegates, forms enforced and the demo directory's 16
 * agencies; the processes it calls are test-only stand-ins. Timers are driven by executing their
 * jobs with the engine clock moved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ProcessCoverageConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdeaProcessTest {

    static final Date NOW = Date.from(Instant.parse("2026-03-02T09:00:00Z"));

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;
    @Autowired
    IdeaRepository ideas;
    @Autowired
    JdbcTemplate jdbc;

    String standIns;

    @BeforeAll
    void deployStandIns() {
        standIns = repositoryService.createDeployment().name("idea-stand-ins")
                .addClasspathResource("idea/stand-in-procurement.bpmn")
                .addClasspathResource("idea/stand-in-course-delivery.bpmn")
                .addClasspathResource("idea/stand-in-yh-application.bpmn")
                .addClasspathResource("idea/stand-in-recruitment-activity.bpmn")
                .deploy().getId();
    }

    @AfterAll
    void removeStandIns() {
        repositoryService.deleteDeployment(standIns, true);
    }

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

    ProcessInstance submitIdea(String title) {
        return submitIdea(title, "course");
    }

    ProcessInstance submitIdea(String title, String kind) {
        Map<String, Object> values = new HashMap<>();
        values.put(IdeaVariables.TITLE, title);
        values.put(DESCRIPTION, "Grundkurs i klarspråk för handläggare som skriver beslut.");
        values.put(KIND, kind);
        values.put(TARGET_GROUP, "Handläggare");
        values.put(ORIGIN_TYPE, "agency");
        values.put(EXPECTED_PARTICIPANTS, 40L);
        values.put(ROUGH_COST, 120000L);
        values.put(WANTED_START, "2026-09-01");
        LoggedIn.as(identityService, "utbkoord-spv");
        try {
            return runtimeService.startProcessInstanceByKey(IdeaVariables.PROCESS_KEY, values);
        } finally {
            identityService.clearAuthentication();
        }
    }

    Task task(ProcessInstance instance, String activity) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).singleResult();
    }

    void screen(ProcessInstance instance, String outcome, String comment, String duplicateOf) {
        Map<String, Object> values = new HashMap<>();
        values.put(SCREENING_OUTCOME, outcome);
        values.put(SCREENING_COMMENT, comment);
        values.put(DUPLICATE_OF, duplicateOf);
        taskService.complete(task(instance, IdeaModel.USER_TASK_SCREEN_IDEA).getId(), values);
    }

    void shape(ProcessInstance instance, String delivery) {
        taskService.complete(task(instance, IdeaModel.USER_TASK_SHAPE_IDEA).getId(), Map.of(
                "format", "course", "delivery", delivery, CostSharingVariables.COST_KEY, "participants",
                "estimatedCost", 150000L, INTEREST_DEADLINE, "2026-03-20"));
    }

    void answer(ProcessInstance instance, String agency, long participants, boolean coFunding) {
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(IdeaModel.USER_TASK_STATE_INTEREST).taskCandidateGroup(agency + "-training-coordinators")
                .singleResult();
        taskService.complete(task.getId(), Map.of(AGENCY_PARTICIPANTS, participants, CO_FUNDING, coFunding));
    }

    void decide(ProcessInstance instance, String decision) {
        taskService.complete(task(instance, IdeaModel.USER_TASK_DECIDE_IDEA).getId(), Map.of(
                DECISION, decision, DECISION_REASON, "Rådets motivering till beslutet."));
    }

    Job timer(ProcessInstance instance, String activity) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activity).singleResult();
    }

    void interestFromThreeAgencies(ProcessInstance instance) {
        answer(instance, "spv", 6, true);
        answer(instance, "csn", 4, false);
        answer(instance, "msb", 5, true);
    }

    @Test
    void anIdeaWithEnoughInterestGoesToProcurementWithItsDataAndBusinessKey() {
        ProcessInstance instance = submitIdea("Klarspråk");
        String key = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getBusinessKey();
        Assertions.assertThat(key).matches("IDEA-2026-\\d{4}");
        assertThat(instance).isWaitingAt(IdeaModel.USER_TASK_SCREEN_IDEA).task().hasCandidateGroup("network-coordinators");
        assertThat(instance).variables().containsEntry(ORIGINATING_AGENCY, "spv").containsEntry(INITIATOR, "utbkoord-spv");
        // the agencies of the screening form in Swedish order: Å, Ä, Ö after Z
        List<String> labels = new ArrayList<>();
        ((SpinJsonNode) runtimeService.getVariable(instance.getId(), AGENCY_OPTIONS)).elements()
                .forEach(option -> labels.add(option.prop("label").stringValue()));
        Assertions.assertThat(labels).hasSize(16).endsWith("Tullverket", "Ångermanlands tingsrätt",
                "Överklagandenämnden för studiestöd").startsWith("Bolagsverket", "Centrala studiestödsnämnden (CSN)");

        screen(instance, "complete", null, null);
        assertThat(instance).isWaitingAt(IdeaModel.USER_TASK_SHAPE_IDEA).task().hasCandidateGroup("education-council");
        shape(instance, "external");

        List<Task> round = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(IdeaModel.USER_TASK_STATE_INTEREST).list();
        Assertions.assertThat(round).hasSize(16);
        Assertions.assertThat(round).as("every agency's task tells the case").extracting(Task::getName)
                .containsOnly("Anmäl intresse – " + key + " Klarspråk");
        assertThat(instance).variables().containsEntry("caseLabel", key + " Klarspråk");
        Assertions.assertThat(round).allSatisfy(t -> Assertions.assertThat(t.getDueDate())
                .isEqualTo(Date.from(Instant.parse("2026-03-20T22:59:00Z"))));
        interestFromThreeAgencies(instance);

        // the reminder goes out three days before the deadline and records who is still silent
        Job reminder = timer(instance, IdeaModel.BOUNDARY_EVENT_INTEREST_REMINDER);
        Assertions.assertThat(reminder.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-03-17T22:59:00Z")));
        ClockUtil.setCurrentTime(reminder.getDuedate());
        managementService.executeJob(reminder.getId());
        assertThat(instance).hasPassed(IdeaModel.SERVICE_TASK_REMIND_AGENCIES, IdeaModel.END_EVENT_REMINDED);
        List<String> reminded = ProcessJson.strings(runtimeService.getVariable(instance.getId(), REMINDED_AGENCIES));
        Assertions.assertThat(reminded).hasSize(13).doesNotContain("spv", "csn", "msb");
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(IdeaModel.USER_TASK_STATE_INTEREST).count()).isEqualTo(13);

        for (Task silent : taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(IdeaModel.USER_TASK_STATE_INTEREST).list()) {
            taskService.complete(silent.getId(), Map.of(AGENCY_PARTICIPANTS, 0L, CO_FUNDING, false));
        }
        assertThat(instance).isWaitingAt(IdeaModel.USER_TASK_DECIDE_IDEA);
        Assertions.assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(IdeaModel.BOUNDARY_EVENT_INTEREST_DEADLINE).count()).as("closed by answers, not the deadline").isZero();
        assertThat(instance).variables().containsEntry(INTERESTED_AGENCIES, 3).containsEntry(TOTAL_PARTICIPANTS, 15)
                .containsEntry(ENOUGH_INTEREST, true);
        Assertions.assertThat(ideas.answers(key)).hasSize(16)
                .contains(new InterestAnswer("spv", true, 6, true, null, null));

        decide(instance, "approve");
        handOver(instance, IdeaModel.CALL_ACTIVITY_PROCUREMENT);
        ProcessInstance procurement = runtimeService.createProcessInstanceQuery().processDefinitionKey("procurement")
                .superProcessInstanceId(instance.getId()).singleResult();
        Assertions.assertThat(procurement.getBusinessKey()).isEqualTo(key);
        Assertions.assertThat(runtimeService.getVariables(procurement.getId()))
                .containsEntry("ideaKey", key).containsEntry(ProcurementVariables.TITLE, "Klarspråk").containsEntry(ProcurementVariables.Names.ESTIMATED_COST, 150000L)
                .containsEntry(TOTAL_PARTICIPANTS, 15);
        Assertions.assertThat(ProcessJson.strings(runtimeService.getVariable(procurement.getId(), ProcurementVariables.CO_FUNDING_AGENCIES)))
                .as("handed over as Spin JSON").containsExactly("msb", "spv");
        runtimeService.setVariable(procurement.getId(), ProcurementVariables.OUTCOME, "CONTRACTED");
        runtimeService.setVariable(procurement.getId(), ProcurementVariables.SUPPLIER, "Klartext HB");
        runtimeService.setVariable(procurement.getId(), ProcurementVariables.Names.CONTRACT_PRICE, "140000.00");
        taskService.complete(taskService.createTaskQuery().processInstanceId(procurement.getId()).singleResult().getId());

        // a contract: the procured course goes on to delivery with the contract's supplier and price
        handOver(instance, IdeaModel.CALL_ACTIVITY_PROCURED_COURSE_DELIVERY);
        Assertions.assertThat(decisionMails(key)).singleElement()
                .satisfies(mail -> Assertions.assertThat((String) mail.get("body_text")).contains("har godkänts"));
        ProcessInstance delivery = runtimeService.createProcessInstanceQuery().processDefinitionKey("course-delivery")
                .superProcessInstanceId(instance.getId()).singleResult();
        Assertions.assertThat(delivery.getBusinessKey()).isEqualTo(key);
        Assertions.assertThat(runtimeService.getVariables(delivery.getId()))
                .containsEntry("ideaKey", key).containsEntry(DeliveryVariables.SUPPLIER, "Klartext HB")
                .containsEntry(DeliveryVariables.Names.CONTRACT_PRICE, "140000.00");
        finishCalled(instance, "course-delivery");

        assertThat(instance).hasPassedInOrder(IdeaModel.START_EVENT_IDEA_SUBMITTED, IdeaModel.SERVICE_TASK_REGISTER_IDEA, IdeaModel.USER_TASK_SCREEN_IDEA,
                IdeaModel.USER_TASK_SHAPE_IDEA, IdeaModel.SERVICE_TASK_PREPARE_INTEREST_ROUND, IdeaModel.USER_TASK_STATE_INTEREST,
                IdeaModel.SERVICE_TASK_SUMMARIZE_INTEREST, IdeaModel.USER_TASK_DECIDE_IDEA, IdeaModel.CALL_ACTIVITY_PROCUREMENT,
                IdeaModel.GATEWAY_PROCUREMENT_OUTCOME, IdeaModel.CALL_ACTIVITY_PROCURED_COURSE_DELIVERY)
                .isEnded().hasPassed(IdeaModel.END_EVENT_TO_PROCURED_COURSE_DELIVERY);
        Assertions.assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("followUpOutcome").singleResult().getValue()).isEqualTo("CONTRACTED");
    }

    @Test
    void aProcurementWithoutContractGoesBackToTheCouncilWithItsReason() {
        ProcessInstance instance = submitIdea("Statistik i R");
        screen(instance, "complete", null, null);
        shape(instance, "external");
        interestFromThreeAgencies(instance);
        for (Task silent : taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(IdeaModel.USER_TASK_STATE_INTEREST).list()) {
            taskService.complete(silent.getId(), Map.of(AGENCY_PARTICIPANTS, 0L, CO_FUNDING, false));
        }
        decide(instance, "approve");
        handOver(instance, IdeaModel.CALL_ACTIVITY_PROCUREMENT);
        ProcessInstance procurement = runtimeService.createProcessInstanceQuery().processDefinitionKey("procurement")
                .superProcessInstanceId(instance.getId()).singleResult();
        runtimeService.setVariable(procurement.getId(), ProcurementVariables.OUTCOME, "BACK_TO_COUNCIL");
        runtimeService.setVariable(procurement.getId(), ProcurementVariables.OUTCOME_REASON, "Inga anbud kom in.");
        taskService.complete(taskService.createTaskQuery().processInstanceId(procurement.getId()).singleResult().getId());

        // no contract: the council decides again, knowing why
        assertThat(instance).hasPassed(IdeaModel.GATEWAY_PROCUREMENT_OUTCOME).isWaitingAt(IdeaModel.USER_TASK_DECIDE_IDEA);
        assertThat(instance).variables().containsEntry("followUpReason", "Inga anbud kom in.");
        decide(instance, "reject");
        assertThat(instance).isEnded().hasPassed(IdeaModel.END_EVENT_REJECTED);
    }

    @Test
    void silenceAtTheDeadlineCountsAsNotThisTimeAndTheCouncilMustReject() {
        ProcessInstance instance = submitIdea("Excel för ekonomer");
        String key = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getBusinessKey();
        screen(instance, "complete", null, null);
        shape(instance, "internal");
        answer(instance, "spv", 3, false);

        Job deadline = timer(instance, IdeaModel.BOUNDARY_EVENT_INTEREST_DEADLINE);
        ClockUtil.setCurrentTime(deadline.getDuedate());
        managementService.executeJob(deadline.getId());

        assertThat(instance).hasPassed(IdeaModel.BOUNDARY_EVENT_INTEREST_DEADLINE)
                .isWaitingAt(IdeaModel.USER_TASK_DECIDE_IDEA);
        Assertions.assertThat(ideas.answers(key)).hasSize(16)
                .filteredOn(a -> !a.answered()).hasSize(15).allSatisfy(a -> Assertions.assertThat(a.participants()).isZero());
        assertThat(instance).variables().containsEntry(ENOUGH_INTEREST, false).containsEntry(INTERESTED_AGENCIES, 1);

        // the council cannot approve below the minimums: the form refuses and nothing moves
        Task decision = task(instance, IdeaModel.USER_TASK_DECIDE_IDEA);
        Assertions.assertThatThrownBy(() -> decide(instance, "approve")).isInstanceOf(FormRefusedException.class)
                .hasMessageContaining("(decision)").hasMessageContaining("minst 3 myndigheter");
        assertThat(instance).isWaitingAt(IdeaModel.USER_TASK_DECIDE_IDEA);
        Assertions.assertThat(taskService.createTaskQuery().taskId(decision.getId()).count()).isEqualTo(1);

        decide(instance, "reject");
        assertThat(instance).hasPassed(IdeaModel.SERVICE_TASK_RECORD_REJECTION).isEnded().hasPassed(IdeaModel.END_EVENT_REJECTED);
        Assertions.assertThat(ideas.outcomes(key)).containsExactly(
                new Outcome(key, "rejected", "Rådets motivering till beslutet.", "utbkoord-spv", null));
        // the originator is told why
        Assertions.assertThat(decisionMails(key)).singleElement().satisfies(mail -> {
            Assertions.assertThat(mail.get("recipient_address")).isEqualTo("utbkoord-spv@spv.example");
            Assertions.assertThat((String) mail.get("body_text")).contains("går inte vidare")
                    .contains("Rådets motivering till beslutet.");
        });
    }

    List<Map<String, Object>> decisionMails(String businessKey) {
        return jdbc.queryForList("select recipient_address, subject, body_text from notification_mail"
                + " where kind = 'idea-decision' and business_key = ?", businessKey);
    }

    @Test
    void anApprovedInternalIdeaGoesToCourseDelivery() {
        ProcessInstance instance = submitIdea("Intern kurs");
        screen(instance, "complete", null, null);
        shape(instance, "internal");
        runThrough(instance);
        decide(instance, "approve");
        handOver(instance, IdeaModel.CALL_ACTIVITY_COURSE_DELIVERY);
        finishCalled(instance, "course-delivery");
        assertThat(instance).isEnded().hasPassed(IdeaModel.END_EVENT_TO_COURSE_DELIVERY);
    }

    @Test
    void anApprovedYhIdeaGoesToTheYhApplication() {
        ProcessInstance instance = submitIdea("YH-utbildning i informationssäkerhet");
        screen(instance, "complete", null, null);
        shape(instance, "yh");
        runThrough(instance);
        decide(instance, "approve");
        handOver(instance, IdeaModel.CALL_ACTIVITY_YH_APPLICATION);
        finishCalled(instance, "yh-application");
        assertThat(instance).isEnded().hasPassed(IdeaModel.END_EVENT_TO_YH_APPLICATION);
    }

    @Test
    void anApprovedRecruitmentIdeaGoesToTheRecruitmentActivityAndIsNotAskedHowACourseIsDelivered() {
        ProcessInstance instance = submitIdea("Gemensam monter på Jobbmässan", "recruitment");
        String key = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getBusinessKey();
        screen(instance, "complete", null, null);
        // format and delivery describe a course: the shaping form hides them for a recruitment activity, and the
        // server refuses them as it refuses any field the form does not offer
        String shaping = task(instance, IdeaModel.USER_TASK_SHAPE_IDEA).getId();
        Assertions.assertThatThrownBy(() -> taskService.complete(shaping, Map.of("format", "course", "delivery", "external",
                CostSharingVariables.COST_KEY, "equal", "estimatedCost", 24000L, INTEREST_DEADLINE, "2026-03-20")))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("(delivery)").hasMessageContaining("(format)");
        taskService.complete(shaping, Map.of(CostSharingVariables.COST_KEY, "equal", "estimatedCost", 24000L,
                INTEREST_DEADLINE, "2026-03-20"));
        Assertions.assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKeys("format", "delivery");
        runThrough(instance);
        decide(instance, "approve");
        handOver(instance, IdeaModel.CALL_ACTIVITY_RECRUITMENT_ACTIVITY);
        ProcessInstance called = runtimeService.createProcessInstanceQuery().processDefinitionKey("recruitment-activity")
                .superProcessInstanceId(instance.getId()).singleResult();
        Assertions.assertThat(called.getBusinessKey()).isEqualTo(key);
        Assertions.assertThat(runtimeService.getVariables(called.getId()))
                .containsEntry(RecruitmentVariables.Names.IDEA_KEY, key)
                .containsEntry(RecruitmentVariables.Names.TITLE, "Gemensam monter på Jobbmässan")
                .containsEntry(RecruitmentVariables.Names.INITIATOR, "utbkoord-spv")
                .doesNotContainKey(CostSharingVariables.COST_KEY);
        assertThat(instance).hasNotPassed(IdeaModel.CALL_ACTIVITY_PROCUREMENT);
        Assertions.assertThat(jdbc.queryForList("select recipient_address from notification_mail where business_key = ?"
                + " and kind = 'idea-decision'", String.class, key)).containsExactly("utbkoord-spv@spv.example");
        finishCalled(instance, "recruitment-activity");
        assertThat(instance).isEnded().hasPassed(IdeaModel.END_EVENT_TO_RECRUITMENT_ACTIVITY);
    }

    @Test
    void anIncompleteIdeaGoesBackToItsOriginatorAndADuplicateIsMerged() {
        ProcessInstance existing = submitIdea("Ledarskap för nya chefer");
        String existingKey = runtimeService.createProcessInstanceQuery().processInstanceId(existing.getId())
                .singleResult().getBusinessKey();
        ProcessInstance instance = submitIdea("Ledarskap");
        String key = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getBusinessKey();

        // sending back needs a comment for the originator
        Assertions.assertThatThrownBy(() -> screen(instance, "incomplete", null, null))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("(screeningComment)");
        screen(instance, "incomplete", "Beskriv målgruppen närmare.", null);
        assertThat(instance).isWaitingAt(IdeaModel.USER_TASK_COMPLETE_IDEA).task().isAssignedTo("utbkoord-spv");
        taskService.complete(task(instance, IdeaModel.USER_TASK_COMPLETE_IDEA).getId(), Map.of(
                IdeaVariables.TITLE, "Ledarskap", DESCRIPTION, "Ledarskap för nya chefer i nätverkets myndigheter.",
                TARGET_GROUP, "Nya chefer", EXPECTED_PARTICIPANTS, 25L, ROUGH_COST, 90000L));
        assertThat(instance).hasPassed(IdeaModel.USER_TASK_COMPLETE_IDEA).isWaitingAt(IdeaModel.USER_TASK_SCREEN_IDEA);
        assertThat(instance).variables().containsEntry(TARGET_GROUP, "Nya chefer");

        Assertions.assertThatThrownBy(() -> screen(instance, "duplicate", "Finns redan.", "IDEA-2026-9999"))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("IDEA-2026-9999 finns inte");
        screen(instance, "duplicate", "Finns redan som egen idé.", existingKey);
        assertThat(instance).hasPassed(IdeaModel.SERVICE_TASK_MERGE_DUPLICATE).isEnded()
                .hasPassed(IdeaModel.END_EVENT_MERGED);
        Assertions.assertThat(ideas.outcomes(key)).containsExactly(
                new Outcome(key, "merged", "Finns redan som egen idé.", "utbkoord-spv", existingKey));
        runtimeService.deleteProcessInstance(existing.getId(), "test done");
    }

    @Test
    void participantsAboveTheAgencysHeadcountAndAPastDeadlineAreRefused() {
        ProcessInstance instance = submitIdea("Stor kurs");
        screen(instance, "complete", null, null);
        Assertions.assertThatThrownBy(() -> taskService.complete(task(instance, IdeaModel.USER_TASK_SHAPE_IDEA).getId(), Map.of(
                "format", "course", "delivery", "internal", CostSharingVariables.COST_KEY, "equal", "estimatedCost", 1000L,
                INTEREST_DEADLINE, "2026-03-01"))).isInstanceOf(FormRefusedException.class)
                .hasMessageContaining("(interestDeadline) måste ligga efter i dag");
        shape(instance, "internal");
        Task ons = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskCandidateGroup("ons-training-coordinators").singleResult();
        Assertions.assertThatThrownBy(() -> taskService.complete(ons.getId(), Map.of(AGENCY_PARTICIPANTS, 21L)))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("(agencyParticipants)")
                .hasMessageContaining("20 anställda");
        runtimeService.deleteProcessInstance(instance.getId(), "test done");
    }

    void runThrough(ProcessInstance instance) {
        interestFromThreeAgencies(instance);
        Job deadline = timer(instance, IdeaModel.BOUNDARY_EVENT_INTEREST_DEADLINE);
        ClockUtil.setCurrentTime(deadline.getDuedate());
        managementService.executeJob(deadline.getId());
        assertThat(instance).isWaitingAt(IdeaModel.USER_TASK_DECIDE_IDEA);
    }

    /**
     * Handing over to another process is asynchronous (the council's decision commits even when the
     * called process cannot start; the failure becomes a Cockpit incident): run that job.
     */
    void handOver(ProcessInstance instance, String callActivity) {
        assertThat(instance).isWaitingAt(callActivity);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(callActivity).singleResult().getId());
    }

    void finishCalled(ProcessInstance instance, String key) {
        ProcessInstance called = runtimeService.createProcessInstanceQuery().processDefinitionKey(key)
                .superProcessInstanceId(instance.getId()).singleResult();
        taskService.complete(taskService.createTaskQuery().processInstanceId(called.getId()).singleResult().getId());
    }

    /** Issue 17: whatever path ran, no variable is stored as a Java object (lists and maps are Spin JSON). */
    @AfterEach
    void noVariableIsStoredAsAJavaObject() {
        StoredVariables.assertNoneStoredAsJava(jdbc);
    }
}
