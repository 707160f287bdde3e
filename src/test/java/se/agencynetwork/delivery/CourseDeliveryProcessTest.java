package se.agencynetwork.delivery;

import se.agencynetwork.models.ids.CourseDeliveryModel;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.agencynetwork.delivery.DeliveryVariables.COST_KEY;
import static se.agencynetwork.delivery.DeliveryVariables.Names.AGENCY_INTEREST;
import static se.agencynetwork.delivery.DeliveryVariables.Names.ATTENDED;
import static se.agencynetwork.delivery.DeliveryVariables.Names.CAPACITY;
import static se.agencynetwork.delivery.DeliveryVariables.Names.CHANGE_REASON;
import static se.agencynetwork.delivery.DeliveryVariables.Names.COURSE_END;
import static se.agencynetwork.delivery.DeliveryVariables.Names.COURSE_END_DATE;
import static se.agencynetwork.delivery.DeliveryVariables.Names.COURSE_KEY;
import static se.agencynetwork.delivery.DeliveryVariables.Names.COURSE_START;
import static se.agencynetwork.delivery.DeliveryVariables.Names.COURSE_TITLE;
import static se.agencynetwork.delivery.DeliveryVariables.Names.CO_FUNDING_AGENCIES;
import static se.agencynetwork.delivery.DeliveryVariables.Names.DECISION_REASON;
import static se.agencynetwork.delivery.DeliveryVariables.Names.ESTIMATED_COST;
import static se.agencynetwork.delivery.DeliveryVariables.Names.MINIMUM_PARTICIPANTS;
import static se.agencynetwork.delivery.DeliveryVariables.Names.OUTCOME;
import static se.agencynetwork.delivery.DeliveryVariables.Names.PARTICIPANTS;
import static se.agencynetwork.delivery.DeliveryVariables.Names.PARTICIPANTS_JSON;
import static se.agencynetwork.delivery.DeliveryVariables.Names.PROMOTED_COUNT;
import static se.agencynetwork.delivery.DeliveryVariables.Names.REGISTERED_COUNT;
import static se.agencynetwork.delivery.DeliveryVariables.Names.REGISTRATION_CLOSES;
import static se.agencynetwork.delivery.DeliveryVariables.Names.RESERVES;
import static se.agencynetwork.delivery.DeliveryVariables.Names.RESERVE_COUNT;
import static se.agencynetwork.delivery.DeliveryVariables.Names.SEATS_BY_AGENCY;
import static se.agencynetwork.delivery.DeliveryVariables.Names.TITLE;
import static se.agencynetwork.delivery.DeliveryVariables.Names.TRAINER;
import static se.agencynetwork.delivery.DeliveryVariables.Names.UNUSED_SEATS;
import static se.agencynetwork.delivery.DeliveryVariables.Names.VENUE_ADDRESS;
import static se.agencynetwork.delivery.DeliveryVariables.Names.VENUE_AGENCY;
import static se.agencynetwork.delivery.DeliveryVariables.TOO_FEW_DECISION;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.Spin;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import se.agencynetwork.costsharing.AllocationKind;
import se.agencynetwork.costsharing.BookedAllocation;
import se.agencynetwork.costsharing.CostLedger;
import se.agencynetwork.evaluation.EvaluationProperties;
import se.agencynetwork.evaluation.EvaluationRetention;
import se.agencynetwork.forms.FormRefusedException;
import se.agencynetwork.process.Money;
import se.agencynetwork.process.ProcessJson;
import se.agencynetwork.idea.IdeaRepository;
import se.agencynetwork.idea.IdeaRepository.InterestAnswer;
import se.agencynetwork.testsupport.StoredVariables;

/**
 * course-delivery with the real delegates, form enforcement, ledger and outbox, every path: a full
 * course (seats by interest within the capacity, registration with reserves, unused seats to the
 * waiting list, calendar invitations, a changed date with an updated invitation, reminder,
 * attendance, final shares on the registered seats, hand-over to course-evaluation, retention of
 * the lists); registration closing with an agency silent and the council letting too few go ahead;
 * the council cancelling (everyone told, nothing charged, no names kept).
 */
@SpringBootTest
@Import(CourseDeliveryProcessTest.CoverageGate.class)
class CourseDeliveryProcessTest {

    @TestConfiguration
    @Import(ProcessEngineCoverageConfiguration.class)
    static class CoverageGate {
        @Bean
        @Primary
        ProcessEngineCoverageProperties courseDeliveryCoverage() {
            return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0)
                    .excludeProcessDefinitionKeys("course-evaluation").build();
        }
    }

    static final String KEY = "IDEA-2026-0500";

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FormService formService;
    @Autowired ManagementService managementService;
    @Autowired IdeaRepository ideas;
    @Autowired CourseParticipants participants;
    @Autowired CostLedger ledger;
    @Autowired JdbcTemplate jdbc;
    @Autowired EvaluationRetention retention;
    @Autowired EvaluationProperties evaluationProperties;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void reset() {
        BpmnAwareTests.reset();
    }

    @Test
    void unusedSeatsGoToTheWaitingListAChangedDateSendsAnUpdateAndTheCourseIsChargedAndHandedToEvaluation() {
        Date now = new Date();
        ideas.saveAnswer(KEY, new InterestAnswer("csn", true, 6, true, null, "utbkoord-csn"), now);
        ideas.saveAnswer(KEY, new InterestAnswer("spv", true, 3, true, null, "utbkoord-spv"), now);
        ideas.saveAnswer(KEY, new InterestAnswer("msb", true, 3, true, null, "utbkoord-msb"), now);
        ideas.saveAnswer(KEY, new InterestAnswer("ons", true, 0, false, null, "utbkoord-ons"), now);
        ProcessInstance delivery = start(KEY, List.of("csn", "msb", "spv"));

        assertThat(delivery).isWaitingAt(CourseDeliveryModel.USER_TASK_PLAN_OCCASION).task().hasCandidateGroup("training-administrators");
        Assertions.assertThat(runtimeService.getVariable(delivery.getId(), MINIMUM_PARTICIPANTS))
                .as("the plan form shows the configured minimum").isEqualTo(6L);
        Task plan = taskService.createTaskQuery().processInstanceId(delivery.getId()).singleResult();
        Assertions.assertThat(plan.getName()).as("the task tells its case").isEqualTo("Planera kurstillfället – " + KEY + " Klarspråk");
        // the server refuses a course that ends before it starts, naming the field; nothing moves
        Assertions.assertThatThrownBy(() -> formService.submitTaskForm(plan.getId(), plan("2099-05-12", "2099-05-11", 8L)))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("(courseEnd)");
        Map<String, Object> lateClosing = plan("2099-05-11", "2099-05-12", 8L);
        lateClosing.put(REGISTRATION_CLOSES, "2099-05-11");
        Assertions.assertThatThrownBy(() -> formService.submitTaskForm(plan.getId(), lateClosing))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("(registrationCloses)");
        Map<String, Object> unreachable = plan("2099-05-11", "2099-05-12", 8L);
        unreachable.put(MINIMUM_PARTICIPANTS, 9L);
        Assertions.assertThatThrownBy(() -> formService.submitTaskForm(plan.getId(), unreachable))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("(minimumParticipants)");
        assertThat(delivery).isWaitingAt(CourseDeliveryModel.USER_TASK_PLAN_OCCASION);
        formService.submitTaskForm(plan.getId(), plan("2099-05-11", "2099-05-12", 8L));

        // 8 seats for 12 interested: 6:3:3 -> 4, 2, 2 (largest remainder, ties by agency code)
        Assertions.assertThat(DeliveryJson.longMap(runtimeService.getVariable(delivery.getId(), SEATS_BY_AGENCY)))
                .containsExactlyEntriesOf(new TreeMap<>(Map.of("csn", 4L, "msb", 2L, "spv", 2L)));
        List<Task> registrations = registrations(delivery);
        Assertions.assertThat(registrations).extracting(Task::getName).containsExactly(
                "Anmäl deltagare – Centrala studiestödsnämnden (CSN) – " + KEY + " Klarspråk",
                "Anmäl deltagare – Myndigheten för samhällsskydd och beredskap – " + KEY + " Klarspråk",
                "Anmäl deltagare – Statens tjänstepensionsverk (SPV) – " + KEY + " Klarspråk");
        Assertions.assertThat(registrations).extracting(Task::getDueDate)
                .as("registration is open through the closing day").containsOnly(Timestamp.valueOf("2099-05-02 00:00:00"));
        Task csn = registrations.get(0);
        Task msb = registrations.get(1);
        Task spv = registrations.get(2);
        Assertions.assertThat(taskService.getIdentityLinksForTask(spv.getId())).extracting(l -> l.getGroupId())
                .containsExactly("spv-training-coordinators");
        Assertions.assertThat(taskService.getVariable(spv.getId(), AGENCY_INTEREST)).isEqualTo(3L);

        // three participants for two seats are refused: the third belongs on the waiting list
        Assertions.assertThatThrownBy(() -> formService.submitTaskForm(spv.getId(), registration(List.of(
                person("Anna Andersson", "anna@spv.example"), person("Bo Berg", "bo@spv.example"),
                person("Cia Dahl", "cia@spv.example")), List.of()))).isInstanceOf(FormRefusedException.class)
                .hasMessageContaining("2 platser").hasMessageContaining("reserver");
        Assertions.assertThat(participants.everyone(KEY)).isEmpty();

        formService.submitTaskForm(spv.getId(), registration(List.of(
                person("Anna Andersson", "anna@spv.example"), person("Bo Berg", "bo@spv.example")),
                List.of(person("Cia Dahl", "cia@spv.example"))));
        // an address another agency already listed is refused, naming the list
        Assertions.assertThatThrownBy(() -> formService.submitTaskForm(csn.getId(), registration(List.of(
                person("Anna Andersson", "ANNA@spv.example")), List.of()))).isInstanceOf(FormRefusedException.class)
                .hasMessageContaining("(participants)").hasMessageContaining("annan myndighet");
        // CSN uses three of its four seats and lists two reserves; MSB uses one of two
        formService.submitTaskForm(csn.getId(), registration(List.of(
                person("Cecilia Dahl", "cecilia@csn.example"), person("David Ek", "david@csn.example"),
                person("Eva Fors", "eva@csn.example")),
                List.of(person("Gustav Holm", "gustav@csn.example"), person("Hanna Ivarsson", "hanna@csn.example"))));
        // as Tasklist and the REST API send a dynamic list: Spin JSON, not a Java list; the rules read it too
        Assertions.assertThatThrownBy(() -> formService.submitTaskForm(msb.getId(), Map.of(PARTICIPANTS,
                Spin.JSON("[{\"name\": \"Fredrik Gran\", \"email\": \"fredrik@msb\"}]"), "noShowInformed", true)))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("giltig e-postadress");
        formService.submitTaskForm(msb.getId(), Map.of(PARTICIPANTS,
                Spin.JSON("[{\"name\": \"Fredrik Gran\", \"email\": \"fredrik@msb.example\"}]"), "noShowInformed", true));

        // the two unused seats go to the three reserves by the same rounding: CSN 2 and SPV 1 -> one each,
        // each agency's first reserve; Hanna stays on the waiting list
        Assertions.assertThat(runtimeService.getVariables(delivery.getId(), List.of(PROMOTED_COUNT, REGISTERED_COUNT,
                UNUSED_SEATS, RESERVE_COUNT))).containsEntry(PROMOTED_COUNT, 1L + 1L).containsEntry(REGISTERED_COUNT, 8L)
                .containsEntry(UNUSED_SEATS, 0L).containsEntry(RESERVE_COUNT, 1L);
        Assertions.assertThat(participants.of(KEY)).extracting(CourseParticipants.Participant::email)
                .hasSize(8).contains("gustav@csn.example", "cia@spv.example").doesNotContain("hanna@csn.example");
        Assertions.assertThat(participants.reserves(KEY)).extracting(CourseParticipants.Participant::email)
                .containsExactly("hanna@csn.example");

        List<Map<String, Object>> invitations = mails("course-invitation", KEY);
        Assertions.assertThat(invitations).hasSize(8).extracting(m -> m.get("recipient_address"))
                .contains("gustav@csn.example", "cia@spv.example");
        Assertions.assertThat((String) invitations.get(0).get("attachment_content"))
                .contains("BEGIN:VCALENDAR", "METHOD:REQUEST", "DTSTART;VALUE=DATE:20990511", "DTEND;VALUE=DATE:20990513",
                        "UID:" + KEY + "@agency-network", "SEQUENCE:0", "SUMMARY:Klarspråk")
                .contains("\r\n");

        // before the course: the reminder is due two days before, and the administrator may change the occasion
        assertThat(delivery).isWaitingAt(CourseDeliveryModel.INTERMEDIATE_EVENT_REMINDER_DUE, CourseDeliveryModel.USER_TASK_CHANGE_OCCASION);
        Assertions.assertThat(job(delivery, CourseDeliveryModel.INTERMEDIATE_EVENT_REMINDER_DUE).getDuedate())
                .isEqualTo(Timestamp.valueOf("2099-05-09 08:00:00"));
        Assertions.assertThat(job(delivery, CourseDeliveryModel.BOUNDARY_EVENT_COURSE_STARTED).getDuedate())
                .isEqualTo(Timestamp.valueOf("2099-05-11 00:00:00"));
        Task change = taskService.createTaskQuery().processInstanceId(delivery.getId())
                .taskDefinitionKey(CourseDeliveryModel.USER_TASK_CHANGE_OCCASION).singleResult();
        Map<String, Object> unchanged = occasion("2099-05-11", "2099-05-12", "Storgatan 1, Sundsvall");
        Assertions.assertThatThrownBy(() -> formService.submitTaskForm(change.getId(), unchanged))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("(courseStart)")
                .hasMessageContaining("desamma som i kallelsen");
        formService.submitTaskForm(change.getId(), occasion("2099-05-18", "2099-05-19", "Storgatan 1, Sundsvall"));

        // everyone gets the update: same UID, next SEQUENCE, the new days; the timers follow the new date
        List<Map<String, Object>> updates = mails("course-update", KEY);
        Assertions.assertThat(updates).hasSize(8);
        Assertions.assertThat((String) updates.get(0).get("attachment_content"))
                .contains("UID:" + KEY + "@agency-network", "SEQUENCE:1", "DTSTART;VALUE=DATE:20990518",
                        "DTEND;VALUE=DATE:20990520");
        Assertions.assertThat((String) updates.get(0).get("body_text")).contains("18 maj 2099").contains("Lokalen är upptagen");
        assertThat(delivery).isWaitingAt(CourseDeliveryModel.INTERMEDIATE_EVENT_REMINDER_DUE, CourseDeliveryModel.USER_TASK_CHANGE_OCCASION);
        Assertions.assertThat(job(delivery, CourseDeliveryModel.INTERMEDIATE_EVENT_REMINDER_DUE).getDuedate())
                .isEqualTo(Timestamp.valueOf("2099-05-16 08:00:00"));
        Assertions.assertThat(job(delivery, CourseDeliveryModel.BOUNDARY_EVENT_COURSE_STARTED).getDuedate())
                .isEqualTo(Timestamp.valueOf("2099-05-18 00:00:00"));

        managementService.executeJob(job(delivery, CourseDeliveryModel.INTERMEDIATE_EVENT_REMINDER_DUE).getId());
        Assertions.assertThat(mails("course-reminder", KEY)).hasSize(8).extracting(m -> m.get("recipient_address"))
                .contains("bo@spv.example");
        Assertions.assertThat((String) mails("course-reminder", KEY).get(0).get("body_text")).contains("18 maj 2099");
        assertThat(delivery).isWaitingAt(CourseDeliveryModel.USER_TASK_CHANGE_OCCASION);

        // the course starts: the change task goes, attendance is registered
        managementService.executeJob(job(delivery, CourseDeliveryModel.BOUNDARY_EVENT_COURSE_STARTED).getId());
        assertThat(delivery).isWaitingAt(CourseDeliveryModel.USER_TASK_REGISTER_ATTENDANCE);
        Task attendance = taskService.createTaskQuery().processInstanceId(delivery.getId()).singleResult();
        // Bo did not come: he is not surveyed, but spv still pays his seat
        // a checklist as Tasklist sends it: Spin JSON
        formService.submitTaskForm(attendance.getId(), Map.of(ATTENDED, Spin.JSON("[\"anna@spv.example\","
                + " \"cecilia@csn.example\", \"david@csn.example\", \"eva@csn.example\", \"fredrik@msb.example\","
                + " \"gustav@csn.example\", \"cia@spv.example\"]")));

        // 24 000 kr on 8 seats: csn 4 (with Gustav), msb 1, spv 3 (with Cia and Bo, who did not come)
        BookedAllocation allocation = ledger.forActivity(KEY).stream()
                .filter(a -> a.kind() == AllocationKind.FINAL).findFirst().orElseThrow();
        Assertions.assertThat(allocation.total()).isEqualTo(Money.ofKronor(24000));
        Assertions.assertThat(allocation.lines()).extracting(BookedAllocation.Line::agency, l -> l.share().kronor())
                .containsExactlyInAnyOrder(
                        Assertions.tuple("csn", new BigDecimal("12000.00")),
                        Assertions.tuple("msb", new BigDecimal("3000.00")),
                        Assertions.tuple("spv", new BigDecimal("9000.00")));
        Assertions.assertThat(mails("cost-share", KEY)).as("a share mail per agency head").hasSize(3);

        // the hand-over to course-evaluation is a job of its own; a test-only stand-in takes the call
        // here (course-evaluation with its survey is tested on its own)
        engine.getRepositoryService().createDeployment().name("delivery-test-stand-in")
                .addClasspathResource("delivery/stand-in-course-evaluation.bpmn").deploy();
        assertThat(delivery).isWaitingAt(CourseDeliveryModel.CALL_ACTIVITY_COURSE_EVALUATION);
        managementService.executeJob(job(delivery, CourseDeliveryModel.CALL_ACTIVITY_COURSE_EVALUATION).getId());
        ProcessInstance evaluation = runtimeService.createProcessInstanceQuery().processDefinitionKey("course-evaluation")
                .superProcessInstanceId(delivery.getId()).singleResult();
        Assertions.assertThat(evaluation.getBusinessKey()).isEqualTo(KEY);
        Map<String, Object> handed = runtimeService.getVariables(evaluation.getId());
        Assertions.assertThat(handed).containsEntry(COURSE_KEY, KEY).containsEntry(COURSE_TITLE, "Klarspråk")
                .containsEntry(COURSE_END_DATE, "2099-05-19");
        Assertions.assertThat((String) handed.get(PARTICIPANTS_JSON))
                .contains("{\"name\":\"Bo Berg\",\"email\":\"bo@spv.example\",\"agency\":\"spv\",\"attended\":false}")
                .contains("{\"name\":\"Gustav Holm\",\"email\":\"gustav@csn.example\",\"agency\":\"csn\",\"attended\":true}")
                .doesNotContain("hanna@csn.example");
        Assertions.assertThat(runtimeService.getVariable(delivery.getId(), OUTCOME)).isEqualTo("DELIVERED");
        assertThat(delivery).hasPassedInOrder(CourseDeliveryModel.START_EVENT_DELIVERY_DECIDED, CourseDeliveryModel.SERVICE_TASK_PREPARE_DELIVERY,
                CourseDeliveryModel.USER_TASK_PLAN_OCCASION, CourseDeliveryModel.SERVICE_TASK_ALLOCATE_SEATS, CourseDeliveryModel.USER_TASK_REGISTER_PARTICIPANTS,
                CourseDeliveryModel.SERVICE_TASK_COMPILE_REGISTRATIONS, CourseDeliveryModel.SERVICE_TASK_OFFER_UNUSED_SEATS, CourseDeliveryModel.SERVICE_TASK_SEND_INVITATIONS,
                CourseDeliveryModel.USER_TASK_CHANGE_OCCASION, CourseDeliveryModel.SERVICE_TASK_SEND_UPDATE, CourseDeliveryModel.SERVICE_TASK_SEND_REMINDERS,
                CourseDeliveryModel.USER_TASK_REGISTER_ATTENDANCE, CourseDeliveryModel.SERVICE_TASK_BOOK_FINAL_COSTS, CourseDeliveryModel.SERVICE_TASK_PREPARE_EVALUATION);
        assertThat(delivery).hasNotPassed(CourseDeliveryModel.USER_TASK_DECIDE_TOO_FEW, CourseDeliveryModel.BOUNDARY_EVENT_REGISTRATION_CLOSED);
        taskService.complete(taskService.createTaskQuery().processInstanceId(evaluation.getId()).singleResult().getId());
        assertThat(delivery).isEnded().hasPassed(CourseDeliveryModel.END_EVENT_COURSE_DELIVERED);

        // the registration lists go with the evaluation's retention period, counted from the last day
        retention.anonymise(LocalDate.of(2099, 5, 20));
        Assertions.assertThat(participants.everyone(KEY)).as("within the retention period").hasSize(9);
        retention.anonymise(LocalDate.of(2099, 5, 20).plus(evaluationProperties.retentionPeriod()));
        Assertions.assertThat(participants.everyone(KEY)).as("after the retention period").isEmpty();
    }

    @Test
    void registrationClosesWithAnAgencySilentTooFewRegisterAndTheCouncilLetsTheCourseGoAhead() {
        String key = "IDEA-2026-0501";
        Date now = new Date();
        ideas.saveAnswer(key, new InterestAnswer("csn", true, 2, true, null, "utbkoord-csn"), now);
        ideas.saveAnswer(key, new InterestAnswer("spv", true, 2, true, null, "utbkoord-spv"), now);
        ProcessInstance delivery = start(key, List.of("csn", "spv"));
        Task plan = taskService.createTaskQuery().processInstanceId(delivery.getId()).singleResult();
        formService.submitTaskForm(plan.getId(), plan("2099-06-01", "2099-06-01", 10L));

        List<Task> registrations = registrations(delivery);
        formService.submitTaskForm(registrations.get(0).getId(), registration(List.of(
                person("Cecilia Dahl", "cecilia@csn.example"), person("David Ek", "david@csn.example")), List.of()));
        // SPV says nothing: the registration closes at the end of the closing day without it
        assertThat(delivery).isWaitingAt(CourseDeliveryModel.USER_TASK_REGISTER_PARTICIPANTS);
        managementService.executeJob(job(delivery, CourseDeliveryModel.BOUNDARY_EVENT_REGISTRATION_CLOSED).getId());
        Assertions.assertThat(participants.everyone(key)).extracting(CourseParticipants.Participant::agency)
                .containsOnly("csn");

        // 2 registered, 6 needed: the council decides
        assertThat(delivery).hasPassed(CourseDeliveryModel.BOUNDARY_EVENT_REGISTRATION_CLOSED, CourseDeliveryModel.SERVICE_TASK_COMPILE_REGISTRATIONS)
                .hasNotPassed(CourseDeliveryModel.SERVICE_TASK_OFFER_UNUSED_SEATS).isWaitingAt(CourseDeliveryModel.USER_TASK_DECIDE_TOO_FEW)
                .task().hasCandidateGroup("education-council");
        Assertions.assertThat(runtimeService.getVariable(delivery.getId(), REGISTERED_COUNT)).isEqualTo(2L);
        Task decision = taskService.createTaskQuery().processInstanceId(delivery.getId()).singleResult();
        Assertions.assertThatThrownBy(() -> formService.submitTaskForm(decision.getId(),
                Map.of(TOO_FEW_DECISION, "maybe", DECISION_REASON, "Vi vet inte")))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("(tooFewDecision)");
        formService.submitTaskForm(decision.getId(), Map.of(TOO_FEW_DECISION, "continue",
                DECISION_REASON, "CSN behöver utbildningen före sommaren"));

        assertThat(delivery).hasPassed(CourseDeliveryModel.SERVICE_TASK_SEND_INVITATIONS).isWaitingAt(CourseDeliveryModel.INTERMEDIATE_EVENT_REMINDER_DUE,
                CourseDeliveryModel.USER_TASK_CHANGE_OCCASION);
        Assertions.assertThat(mails("course-invitation", key)).extracting(m -> m.get("recipient_address"))
                .containsExactlyInAnyOrder("cecilia@csn.example", "david@csn.example");
        Assertions.assertThat(mails("course-cancelled", key)).isEmpty();
    }

    /**
     * Issue 17, the dead end: nobody registers, and going ahead would reach an attendance form that
     * can never be sent (no one to charge). The council's form refuses "go ahead" then, naming the
     * field; cancelling ends the course cleanly.
     */
    @Test
    void nobodyRegistersAndTheCouncilCannotGoAheadOnlyCancel() {
        String key = "IDEA-2026-0503";
        Date now = new Date();
        ideas.saveAnswer(key, new InterestAnswer("csn", true, 2, true, null, "utbkoord-csn"), now);
        ProcessInstance delivery = start(key, List.of("csn"));
        Task plan = taskService.createTaskQuery().processInstanceId(delivery.getId()).singleResult();
        formService.submitTaskForm(plan.getId(), plan("2099-10-01", "2099-10-01", 10L));
        // CSN stays silent: the registration closes with nobody on the list
        managementService.executeJob(job(delivery, CourseDeliveryModel.BOUNDARY_EVENT_REGISTRATION_CLOSED).getId());
        assertThat(delivery).isWaitingAt(CourseDeliveryModel.USER_TASK_DECIDE_TOO_FEW);
        Assertions.assertThat(runtimeService.getVariable(delivery.getId(), REGISTERED_COUNT)).isEqualTo(0L);

        Task decision = taskService.createTaskQuery().processInstanceId(delivery.getId()).singleResult();
        Assertions.assertThatThrownBy(() -> formService.submitTaskForm(decision.getId(), Map.of(
                TOO_FEW_DECISION, "continue", DECISION_REASON, "Vi genomför den ändå")))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("(tooFewDecision)")
                .hasMessageContaining("ingen deltagare är anmäld");
        assertThat(delivery).as("nothing moved").isWaitingAt(CourseDeliveryModel.USER_TASK_DECIDE_TOO_FEW);

        formService.submitTaskForm(decision.getId(), Map.of(TOO_FEW_DECISION, "cancel",
                DECISION_REASON, "Ingen anmäld, vi ställer in"));
        assertThat(delivery).isEnded().hasPassed(CourseDeliveryModel.END_EVENT_COURSE_CANCELLED).hasNotPassed(CourseDeliveryModel.SERVICE_TASK_BOOK_FINAL_COSTS);
    }

    @Test
    void tooFewRegisterAndTheCouncilCancels_everyoneIsToldNothingIsChargedAndTheListsAreRemoved() {
        String key = "IDEA-2026-0502";
        Date now = new Date();
        ideas.saveAnswer(key, new InterestAnswer("csn", true, 2, true, null, "utbkoord-csn"), now);
        ideas.saveAnswer(key, new InterestAnswer("spv", true, 1, true, null, "utbkoord-spv"), now);
        ProcessInstance delivery = start(key, List.of("csn", "spv"));
        Task plan = taskService.createTaskQuery().processInstanceId(delivery.getId()).singleResult();
        formService.submitTaskForm(plan.getId(), plan("2099-09-01", "2099-09-02", 10L));
        List<Task> registrations = registrations(delivery);
        formService.submitTaskForm(registrations.get(0).getId(), registration(List.of(
                person("Cecilia Dahl", "cecilia@csn.example"), person("David Ek", "david@csn.example")),
                List.of(person("Gustav Holm", "gustav@csn.example"))));
        formService.submitTaskForm(registrations.get(1).getId(), registration(List.of(
                person("Anna Andersson", "anna@spv.example")), List.of()));

        // the reserve gets one of the free seats, yet 4 are fewer than 6
        assertThat(delivery).hasPassed(CourseDeliveryModel.SERVICE_TASK_OFFER_UNUSED_SEATS).isWaitingAt(CourseDeliveryModel.USER_TASK_DECIDE_TOO_FEW);
        Assertions.assertThat(runtimeService.getVariable(delivery.getId(), REGISTERED_COUNT)).isEqualTo(4L);
        Task decision = taskService.createTaskQuery().processInstanceId(delivery.getId()).singleResult();
        formService.submitTaskForm(decision.getId(), Map.of(TOO_FEW_DECISION, "cancel",
                DECISION_REASON, "För få anmälda för att kursen ska bli meningsfull"));

        assertThat(delivery).isEnded().hasPassed(CourseDeliveryModel.SERVICE_TASK_CANCEL_COURSE, CourseDeliveryModel.END_EVENT_COURSE_CANCELLED)
                .hasNotPassed(CourseDeliveryModel.SERVICE_TASK_SEND_INVITATIONS);
        List<Map<String, Object>> told = mails("course-cancelled", key);
        Assertions.assertThat(told).extracting(m -> m.get("recipient_address")).containsExactlyInAnyOrder(
                "cecilia@csn.example", "david@csn.example", "gustav@csn.example", "anna@spv.example",
                "utbkoord-csn@csn.example", "utbkoord-spv@spv.example", "chef-csn@csn.example", "chef-spv@spv.example");
        Assertions.assertThat((String) told.get(0).get("body_text")).contains("inställt")
                .contains("För få anmälda för att kursen ska bli meningsfull").contains("Ingen myndighet debiteras");
        Assertions.assertThat(mails("course-invitation", key)).isEmpty();
        Assertions.assertThat(ledger.forActivity(key)).as("nothing charged").isEmpty();
        Assertions.assertThat(ledger.invoicingBasis(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1), null))
                .extracting(l -> l.activityKey()).doesNotContain(key);
        Assertions.assertThat(participants.everyone(key)).as("no names kept for a cancelled course").isEmpty();
        Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(delivery.getId()).variableName(OUTCOME).singleResult().getValue()).isEqualTo("CANCELLED");
    }

    private ProcessInstance start(String key, List<String> coFunding) {
        Map<String, Object> given = new HashMap<>();
        given.put(TITLE, "Klarspråk");
        given.put(CO_FUNDING_AGENCIES, ProcessJson.list(coFunding)); // as idea hands it over
        given.put(ESTIMATED_COST, 24000L);
        given.put(COST_KEY, "participants");
        return runtimeService.startProcessInstanceByKey("course-delivery", key, given);
    }

    private List<Task> registrations(ProcessInstance delivery) {
        return taskService.createTaskQuery().processInstanceId(delivery.getId())
                .taskDefinitionKey(CourseDeliveryModel.USER_TASK_REGISTER_PARTICIPANTS).orderByTaskName().asc().list();
    }

    private Job job(ProcessInstance delivery, String activityId) {
        return managementService.createJobQuery().processInstanceId(delivery.getId()).activityId(activityId).singleResult();
    }

    private List<Map<String, Object>> mails(String kind, String key) {
        return jdbc.queryForList("select recipient_address, attachment_content, body_text from notification_mail"
                + " where kind = ? and business_key = ? order by recipient_address", kind, key);
    }

    static Map<String, Object> occasion(String start, String end, String address) {
        Map<String, Object> values = new HashMap<>();
        values.put(COURSE_START, start);
        values.put(COURSE_END, end);
        values.put(VENUE_AGENCY, "spv");
        values.put(VENUE_ADDRESS, address);
        values.put(CHANGE_REASON, "Lokalen är upptagen den veckan");
        return values;
    }

    static Map<String, Object> plan(String start, String end, long capacity) {
        Map<String, Object> values = new HashMap<>();
        values.put(COURSE_START, start);
        values.put(COURSE_END, end);
        values.put(VENUE_AGENCY, "spv");
        values.put(VENUE_ADDRESS, "Storgatan 1, Sundsvall");
        values.put(TRAINER, "Klartext HB");
        values.put(CAPACITY, capacity);
        values.put(REGISTRATION_CLOSES, LocalDate.parse(start).minusDays(10).toString());
        values.put(MINIMUM_PARTICIPANTS, 6L);
        return values;
    }

    static Map<String, Object> registration(List<Map<String, Object>> people, List<Map<String, Object>> reserves) {
        // a dynamic list as Tasklist submits it: Spin JSON
        return Map.of(PARTICIPANTS, ProcessJson.json(people), RESERVES, ProcessJson.json(reserves), "noShowInformed", true);
    }

    static Map<String, Object> person(String name, String email) {
        Map<String, Object> person = new HashMap<>();
        person.put("name", name);
        person.put("email", email);
        person.put("title", "Handläggare");
        return person;
    }

    /** Issue 17: whatever path ran, no variable is stored as a Java object (lists and maps are Spin JSON). */
    @AfterEach
    void noVariableIsStoredAsAJavaObject() {
        StoredVariables.assertNoneStoredAsJava(jdbc);
    }
}
