package se.agencynetwork.delivery;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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
import se.agencynetwork.forms.FormRefusedException;
import se.agencynetwork.idea.IdeaRepository;
import se.agencynetwork.idea.IdeaRepository.InterestAnswer;

/**
 * course-delivery with the real delegates, form enforcement, ledger and outbox: an idea with
 * interest from three agencies is planned, seats are shared within the capacity, the agencies
 * register, participants are invited with a calendar invitation, attendance is registered, the
 * final allocation is booked on the registered seats and course-evaluation is called.
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
                    .excludeProcessDefinitionKeys("course-evaluation", "mail-delivery").build();
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

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void reset() {
        BpmnAwareTests.reset();
    }

    @Test
    void aCourseIsPlannedRegisteredInvitedAttendedChargedAndHandedToEvaluation() {
        Date now = new Date();
        ideas.saveAnswer(KEY, new InterestAnswer("csn", true, 6, true, null, "utbkoord-csn"), now);
        ideas.saveAnswer(KEY, new InterestAnswer("spv", true, 3, true, null, "utbkoord-spv"), now);
        ideas.saveAnswer(KEY, new InterestAnswer("msb", true, 3, true, null, "utbkoord-msb"), now);
        ideas.saveAnswer(KEY, new InterestAnswer("ons", true, 0, false, null, "utbkoord-ons"), now);
        Map<String, Object> given = new HashMap<>();
        given.put("title", "Klarspråk");
        given.put("coFundingAgencies", List.of("csn", "msb", "spv"));
        given.put("estimatedCost", 24000L);
        given.put("costKey", "participants");
        ProcessInstance delivery = runtimeService.startProcessInstanceByKey("course-delivery", KEY, given);

        assertThat(delivery).isWaitingAt("UserTask_PlanOccasion").task().hasCandidateGroup("training-administrators");
        Task plan = taskService.createTaskQuery().processInstanceId(delivery.getId()).singleResult();
        // the server refuses a course that ends before it starts, naming the field; nothing moves
        Assertions.assertThatThrownBy(() -> formService.submitTaskForm(plan.getId(), plan("2099-05-12", "2099-05-11", 8L)))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("(courseEnd)");
        assertThat(delivery).isWaitingAt("UserTask_PlanOccasion");
        formService.submitTaskForm(plan.getId(), plan("2099-05-11", "2099-05-12", 8L));

        // 8 seats for 12 interested: 6:3:3 -> 4, 2, 2 (largest remainder, ties by agency code)
        Assertions.assertThat(DeliverySteps.longMap(runtimeService.getVariable(delivery.getId(), "seatsByAgency")))
                .containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("csn", 4L, "msb", 2L, "spv", 2L)));
        List<Task> registrations = taskService.createTaskQuery().processInstanceId(delivery.getId())
                .taskDefinitionKey("UserTask_RegisterParticipants").orderByTaskName().asc().list();
        Assertions.assertThat(registrations).extracting(Task::getName).containsExactly(
                "Anmäl deltagare – Centrala studiestödsnämnden (CSN)",
                "Anmäl deltagare – Myndigheten för samhällsskydd och beredskap",
                "Anmäl deltagare – Statens tjänstepensionsverk (SPV)");
        Task spv = registrations.get(2);
        Assertions.assertThat(taskService.getIdentityLinksForTask(spv.getId())).extracting(l -> l.getGroupId())
                .containsExactly("spv-training-coordinators");

        // three participants for two seats are refused
        Assertions.assertThatThrownBy(() -> formService.submitTaskForm(spv.getId(), registration(List.of(
                person("Anna Andersson", "anna@spv.example"), person("Bo Berg", "bo@spv.example"),
                person("Cia Dahl", "cia@spv.example"))))).isInstanceOf(FormRefusedException.class)
                .hasMessageContaining("2 platser");
        Assertions.assertThat(participants.of(KEY)).isEmpty();

        formService.submitTaskForm(spv.getId(), registration(List.of(
                person("Anna Andersson", "anna@spv.example"), person("Bo Berg", "bo@spv.example"))));
        formService.submitTaskForm(registrations.get(0).getId(), registration(List.of(
                person("Cecilia Dahl", "cecilia@csn.example"), person("David Ek", "david@csn.example"),
                person("Eva Fors", "eva@csn.example"))));
        // as Tasklist and the REST API send a dynamic list: Spin JSON, not a Java list
        formService.submitTaskForm(registrations.get(1).getId(), Map.of("participants",
                org.camunda.spin.Spin.JSON("[{\"name\": \"Fredrik Gran\", \"email\": \"fredrik@msb.example\"}]"),
                "noShowInformed", true));

        Assertions.assertThat(participants.of(KEY)).hasSize(6);
        List<Map<String, Object>> invitations = jdbc.queryForList("select recipient_address, attachment_content"
                + " from notification_mail where kind = 'course-invitation' and business_key = ?", KEY);
        Assertions.assertThat(invitations).hasSize(6);
        Assertions.assertThat((String) invitations.get(0).get("attachment_content"))
                .contains("BEGIN:VCALENDAR", "METHOD:REQUEST", "DTSTART;VALUE=DATE:20990511", "DTEND;VALUE=DATE:20990513",
                        "UID:" + KEY + "@agency-network", "SUMMARY:Klarspråk")
                .contains("\r\n");

        // two days before the first day, at 08:00, the participants are reminded
        assertThat(delivery).isWaitingAt("IntermediateEvent_ReminderDue");
        org.camunda.bpm.engine.runtime.Job reminder = managementService.createJobQuery().processInstanceId(delivery.getId())
                .activityId("IntermediateEvent_ReminderDue").singleResult();
        Assertions.assertThat(reminder.getDuedate()).isEqualTo(java.sql.Timestamp.valueOf("2099-05-09 08:00:00"));
        managementService.executeJob(reminder.getId());
        Assertions.assertThat(jdbc.queryForList("select recipient_address from notification_mail where kind = 'course-reminder'"
                + " and business_key = ?", String.class, KEY)).hasSize(6).contains("bo@spv.example");

        assertThat(delivery).isWaitingAt("UserTask_RegisterAttendance");
        Task attendance = taskService.createTaskQuery().processInstanceId(delivery.getId()).singleResult();
        // Bo did not come: he is not surveyed, but spv still pays his seat
        // a checklist as Tasklist sends it: Spin JSON
        formService.submitTaskForm(attendance.getId(), Map.of("attendedEmails", org.camunda.spin.Spin.JSON(
                "[\"anna@spv.example\", \"cecilia@csn.example\", \"david@csn.example\", \"eva@csn.example\","
                        + " \"fredrik@msb.example\"]")));

        BookedAllocation allocation = ledger.forActivity(KEY).stream()
                .filter(a -> a.kind() == AllocationKind.FINAL).findFirst().orElseThrow();
        Assertions.assertThat(allocation.total()).isEqualByComparingTo("24000");
        Assertions.assertThat(allocation.lines()).extracting(BookedAllocation.Line::agency, l -> l.share().setScale(2))
                .containsExactlyInAnyOrder(
                        Assertions.tuple("csn", new BigDecimal("12000.00")),
                        Assertions.tuple("msb", new BigDecimal("4000.00")),
                        Assertions.tuple("spv", new BigDecimal("8000.00")));
        Assertions.assertThat(jdbc.queryForObject("select count(*) from notification_mail where kind = 'cost-share'"
                + " and business_key = ?", Integer.class, KEY)).as("a share mail per agency head").isEqualTo(3);

        // the hand-over to course-evaluation is a job of its own; a test-only stand-in takes the call
        // here (course-evaluation with its survey is tested on its own)
        engine.getRepositoryService().createDeployment().name("delivery-test-stand-in")
                .addClasspathResource("delivery/stand-in-course-evaluation.bpmn").deploy();
        assertThat(delivery).isWaitingAt("CallActivity_CourseEvaluation");
        managementService.executeJob(managementService.createJobQuery().processInstanceId(delivery.getId())
                .activityId("CallActivity_CourseEvaluation").singleResult().getId());
        ProcessInstance evaluation = runtimeService.createProcessInstanceQuery().processDefinitionKey("course-evaluation")
                .superProcessInstanceId(delivery.getId()).singleResult();
        Assertions.assertThat(evaluation.getBusinessKey()).isEqualTo(KEY);
        Map<String, Object> handed = runtimeService.getVariables(evaluation.getId());
        Assertions.assertThat(handed).containsEntry("courseKey", KEY).containsEntry("courseTitle", "Klarspråk")
                .containsEntry("courseEndDate", "2099-05-12");
        Assertions.assertThat((String) handed.get("participantsJson"))
                .contains("{\"name\":\"Bo Berg\",\"email\":\"bo@spv.example\",\"agency\":\"spv\",\"attended\":false}")
                .contains("{\"name\":\"Anna Andersson\",\"email\":\"anna@spv.example\",\"agency\":\"spv\",\"attended\":true}");
        Assertions.assertThat(runtimeService.getVariable(delivery.getId(), "outcome")).isEqualTo("DELIVERED");
        assertThat(delivery).hasPassedInOrder("StartEvent_DeliveryDecided", "ServiceTask_PrepareDelivery",
                "UserTask_PlanOccasion", "ServiceTask_AllocateSeats", "UserTask_RegisterParticipants",
                "ServiceTask_SendInvitations", "IntermediateEvent_ReminderDue", "ServiceTask_SendReminders", "UserTask_RegisterAttendance", "ServiceTask_BookFinalCosts",
                "ServiceTask_PrepareEvaluation");
        taskService.complete(taskService.createTaskQuery().processInstanceId(evaluation.getId()).singleResult().getId());
        assertThat(delivery).isEnded().hasPassed("EndEvent_CourseDelivered");
    }

    static Map<String, Object> plan(String start, String end, long capacity) {
        Map<String, Object> values = new HashMap<>();
        values.put("courseStart", start);
        values.put("courseEnd", end);
        values.put("venueAgency", "spv");
        values.put("venueAddress", "Storgatan 1, Sundsvall");
        values.put("trainer", "Klartext HB");
        values.put("capacity", capacity);
        return values;
    }

    static Map<String, Object> registration(List<Map<String, Object>> people) {
        return Map.of("participants", people, "noShowInformed", true);
    }

    static Map<String, Object> person(String name, String email) {
        Map<String, Object> person = new HashMap<>();
        person.put("name", name);
        person.put("email", email);
        person.put("title", "Handläggare");
        return person;
    }
}
