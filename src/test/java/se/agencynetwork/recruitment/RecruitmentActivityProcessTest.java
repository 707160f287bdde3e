package se.agencynetwork.recruitment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.agencynetwork.models.ids.RecruitmentActivityModel.*;
import static se.agencynetwork.recruitment.RecruitmentVariables.Names.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
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
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
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

import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.forms.FormRefusedException;
import se.agencynetwork.process.ProcessJson;
import se.agencynetwork.testsupport.LoggedIn;
import se.agencynetwork.testsupport.StoredVariables;

/**
 * Every path of {@code recruitment-activity} with the real delegates, forms enforced on the server, the
 * demo directory (16 agencies), the cost-sharing ledger and the notification outbox (mails kept in
 * {@code notification_mail}). Timers are driven by moving the engine clock and executing their jobs.
 * Every flow node and sequence flow must be covered by this class.
 */
@SpringBootTest
@Import(RecruitmentActivityProcessTest.CoverageGate.class)
class RecruitmentActivityProcessTest {

    @TestConfiguration
    @Import(ProcessEngineCoverageConfiguration.class)
    static class CoverageGate {
        @Bean
        @Primary
        ProcessEngineCoverageProperties recruitmentActivityCoverage() {
            return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0).build();
        }
    }

    /** 2 March 2026, 10:00 in Stockholm. */
    static final Date NOW = Date.from(Instant.parse("2026-03-02T09:00:00Z"));
    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final LocalDate ACTIVITY_DAY = LocalDate.of(2026, 4, 15);
    static final LocalDate LAST_SIGN_UP_DAY = LocalDate.of(2026, 3, 20);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired NetworkDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired se.agencynetwork.notification.DueDateCheck dueDateCheck;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(NOW);
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        identityService.clearAuthentication();
        BpmnAwareTests.reset();
    }

    /** Issue 17: whatever path ran, no variable is stored as a Java object (lists are Spin JSON). */
    @AfterEach
    void noVariableIsStoredAsAJavaObject() {
        StoredVariables.assertNoneStoredAsJava(jdbc);
    }

    @Test
    void heldActivityIsSharedAmongTheAgenciesThatSignedUpAndSilenceInTheFollowUpIsNotZero() {
        String key = "IDEA-2026-0801";
        ProcessInstance instance = start(key);
        assertThat(instance).isWaitingAt(USER_TASK_PLAN_ACTIVITY).task().hasCandidateGroup("network-coordinators");
        Assertions.assertThat(activity(key)).containsEntry("STATUS", "PLANNING").containsEntry("IDEA_KEY", key)
                .containsEntry("TITLE", "Gemensam monter på Jobbmässan");

        // the plan: a past day and a sign-up after the activity are refused, naming the field; nothing moves
        Task plan = task(instance, USER_TASK_PLAN_ACTIVITY);
        Assertions.assertThatThrownBy(() -> as("koordinator", () -> taskService.complete(plan.getId(),
                        plan(LocalDate.of(2026, 3, 1), LAST_SIGN_UP_DAY, "equal"))))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("(activityDate)");
        Assertions.assertThatThrownBy(() -> as("koordinator", () -> taskService.complete(plan.getId(),
                        plan(ACTIVITY_DAY, ACTIVITY_DAY.plusDays(1), "equal"))))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("(signUpDeadline)")
                .hasMessageContaining("får inte ligga efter aktivitetens datum");
        Assertions.assertThat(activity(key)).containsEntry("STATUS", "PLANNING");
        as("koordinator", () -> taskService.complete(plan.getId(), plan(ACTIVITY_DAY, LAST_SIGN_UP_DAY, "equal")));

        // one sign-up task per member agency, for its training coordinators only, due at the end of the last day
        assertThat(instance).isWaitingAt(USER_TASK_SIGN_UP);
        List<Task> signUps = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(USER_TASK_SIGN_UP).list();
        Assertions.assertThat(signUps).hasSize(16);
        Date deadline = Date.from(LAST_SIGN_UP_DAY.atTime(23, 59).atZone(SWEDEN).toInstant());
        Assertions.assertThat(signUps).allSatisfy(task -> Assertions.assertThat(task.getDueDate()).isEqualTo(deadline));
        Task csn = agencyTask(instance, USER_TASK_SIGN_UP, "csn");
        Assertions.assertThat(taskService.getIdentityLinksForTask(csn.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId))
                .containsExactly("csn-training-coordinators");
        Assertions.assertThat(csn.getName()).isEqualTo("Anmäl deltagande – Centrala studiestödsnämnden (CSN) – " + key
                + " Gemensam monter på Jobbmässan");
        Assertions.assertThat(activity(key)).containsEntry("STATUS", "SIGN_UP").containsEntry("ACTIVITY_KIND", "career-fair")
                .containsEntry("PLACE", "Jobbmässan, Sundsvall").containsEntry("COST_KEY", "equal");

        signUp(instance, "spv", true, "Två rekryterare i montern");
        signUp(instance, "csn", true, null);

        // the reminder three days before the last day reaches only the agencies that have not answered
        Job reminder = job(instance, BOUNDARY_EVENT_SIGN_UP_REMINDER);
        Assertions.assertThat(reminder.getDuedate()).isEqualTo(Date.from(deadline.toInstant().minus(java.time.Duration.ofDays(3))));
        ClockUtil.setCurrentTime(reminder.getDuedate());
        managementService.executeJob(reminder.getId());
        assertThat(instance).hasPassed(SERVICE_TASK_REMIND_SIGN_UP, END_EVENT_SIGN_UP_REMINDED).isWaitingAt(USER_TASK_SIGN_UP);
        Assertions.assertThat(mailsTo(key, "recruitment-activity")).hasSizeGreaterThanOrEqualTo(14)
                .contains("utbkoord-msb@msb.example", "utbkoord-ons@ons.example")
                .doesNotContain("utbkoord-spv@spv.example", "utbkoord-csn@csn.example");
        Assertions.assertThat(body(key, "recruitment-activity", "utbkoord-msb@msb.example"))
                .contains("utan svar senast sista anmälningsdagen deltar myndigheten inte", "Sista dag: 2026-03-20");
        Assertions.assertThat(ProcessJson.strings(runtimeService.getVariable(instance.getId(), REMINDED_AGENCIES))).hasSize(14)
                .doesNotContain("spv", "csn");
        // the sign-up task declares that its process reminds (reminder = process): the generic due-date reminder two
        // days before does not come on top of this one, while an overdue task would still be escalated
        dueDateCheck.check(deadline.toInstant().minus(java.time.Duration.ofDays(1)));
        Assertions.assertThat(mailsTo(key, "task-reminder")).isEmpty();
        dueDateCheck.check(deadline.toInstant().plus(java.time.Duration.ofMinutes(1)));
        Assertions.assertThat(mailsTo(key, "task-escalation")).isNotEmpty().containsOnly("koordinator@spv.example");

        signUp(instance, "msb", false, null);
        // silence is "not taking part" at the deadline
        Job closes = job(instance, BOUNDARY_EVENT_SIGN_UP_DEADLINE);
        ClockUtil.setCurrentTime(closes.getDuedate());
        managementService.executeJob(closes.getId());
        assertThat(instance).hasPassed(BOUNDARY_EVENT_SIGN_UP_DEADLINE, GATEWAY_SIGN_UP_CLOSED, SERVICE_TASK_COMPILE_SIGN_UPS,
                GATEWAY_ANY_SIGNED_UP).isWaitingAt(USER_TASK_RECORD_EVENT).task().hasCandidateGroup("network-coordinators");
        assertThat(instance).variables().containsEntry(PARTICIPANT_COUNT, 2)
                .containsEntry(PARTICIPANT_NAMES, "Centrala studiestödsnämnden (CSN)\nStatens tjänstepensionsverk (SPV)");
        Assertions.assertThat(signUpRows(key)).hasSize(3);
        Assertions.assertThat(jdbc.queryForObject("select contribution from recruitment_activity_sign_up"
                + " where business_key = ? and agency_code = 'spv'", String.class, key)).isEqualTo("Två rekryterare i montern");
        Assertions.assertThat(mailsTo(key, "recruitment-activity")).filteredOn(a -> a.startsWith("utbkoord-spv"))
                .containsExactly("utbkoord-spv@spv.example");
        Assertions.assertThat(body(key, "recruitment-activity", "utbkoord-spv@spv.example")).contains("Dessa myndigheter deltar", "Statens tjänstepensionsverk (SPV)");

        // the event: a held activity needs its cost; 30 000,50 kr in equal shares between CSN and SPV
        Task report = task(instance, USER_TASK_RECORD_EVENT);
        Assertions.assertThat(report.getDueDate()).isEqualTo(Date.from(ACTIVITY_DAY.atTime(23, 59).atZone(SWEDEN).toInstant()));
        Assertions.assertThatThrownBy(() -> as("koordinator", () -> taskService.complete(report.getId(),
                        Map.of(EVENT_OUTCOME, "held")))).isInstanceOf(FormRefusedException.class)
                .hasMessageContaining("(actualCost)");
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-16T08:00:00Z")));
        as("koordinator", () -> taskService.complete(report.getId(), Map.of(EVENT_OUTCOME, "held",
                ACTUAL_COST, 30000.5, EVENT_NOTES, "Många besökare vid montern.")));
        assertThat(instance).hasPassed(GATEWAY_EVENT_HELD, SERVICE_TASK_SHARE_COST).isWaitingAt(INTERMEDIATE_EVENT_SIX_MONTHS_LATER);
        Map<String, Object> held = activity(key);
        Assertions.assertThat(held).containsEntry("STATUS", "HELD").containsEntry("EVENT_REPORTED_BY", "koordinator")
                .containsEntry("EVENT_NOTES", "Många besökare vid montern.");
        Assertions.assertThat((BigDecimal) held.get("ACTUAL_COST")).isEqualByComparingTo("30000.50");
        String allocation = (String) runtimeService.getVariable(instance.getId(), CostSharingVariables.ALLOCATION_ID);
        Assertions.assertThat(held).containsEntry("ALLOCATION_ID", allocation);
        Assertions.assertThat(jdbc.queryForList("select share from cost_allocation_line where allocation_id = ? order by agency_code",
                BigDecimal.class, allocation)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("15000.25"), new BigDecimal("15000.25"));
        Assertions.assertThat(mailsTo(key, "cost-share")).containsExactlyInAnyOrder("chef-csn@csn.example", "chef-spv@spv.example");
        Assertions.assertThat(body(key, "cost-share", "chef-spv@spv.example")).contains("15 000,25");

        // six months after the day, at 08:00 in Sweden, the participating agencies are asked for their hires
        Job sixMonths = job(instance, INTERMEDIATE_EVENT_SIX_MONTHS_LATER);
        Assertions.assertThat(sixMonths.getDuedate()).isEqualTo(Date.from(LocalDateTime.of(2026, 10, 15, 8, 0).atZone(SWEDEN).toInstant()));
        ClockUtil.setCurrentTime(sixMonths.getDuedate());
        managementService.executeJob(sixMonths.getId());
        assertThat(instance).hasPassed(SERVICE_TASK_OPEN_FOLLOW_UP).isWaitingAt(USER_TASK_REPORT_HIRES);
        List<Task> hires = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(USER_TASK_REPORT_HIRES).list();
        Assertions.assertThat(hires).hasSize(2).allSatisfy(task -> Assertions.assertThat(task.getDueDate())
                .isEqualTo(Date.from(LocalDate.of(2026, 11, 5).atTime(23, 59).atZone(SWEDEN).toInstant())));
        reportHires(instance, "spv", 2, "Två utvecklare");

        // CSN stays silent: "inte svarat", not zero hires
        Job followUpCloses = job(instance, BOUNDARY_EVENT_FOLLOW_UP_DEADLINE);
        ClockUtil.setCurrentTime(followUpCloses.getDuedate());
        managementService.executeJob(followUpCloses.getId());
        assertThat(instance).hasPassed(BOUNDARY_EVENT_FOLLOW_UP_DEADLINE, GATEWAY_FOLLOW_UP_CLOSED, SERVICE_TASK_COMPILE_HIRES)
                .isWaitingAt(USER_TASK_REVIEW_SUMMARY).task().hasCandidateGroup("network-coordinators");
        assertThat(instance).variables().containsEntry(ANSWERED_COUNT, 1).containsEntry(TOTAL_HIRES, 2)
                .containsEntry(HIRES_SUMMARY, "Centrala studiestödsnämnden (CSN): inte svarat\n"
                        + "Statens tjänstepensionsverk (SPV): 2 (Två utvecklare)");
        Map<String, Object> silent = jdbc.queryForMap("select answered, hires from recruitment_activity_hires"
                + " where business_key = ? and agency_code = 'csn'", key);
        Assertions.assertThat(silent).containsEntry("ANSWERED", false).containsEntry("HIRES", null);
        Assertions.assertThat(activity(key)).containsEntry("ANSWERED_COUNT", 1).containsEntry("TOTAL_HIRES", 2);

        as("koordinator", () -> taskService.complete(task(instance, USER_TASK_REVIEW_SUMMARY).getId(),
                Map.of(LESSONS_LEARNED, "Bemanna montern med en rekryterare per myndighet.")));
        assertThat(instance).isEnded().hasPassedInOrder(START_EVENT_ACTIVITY_DECIDED, SERVICE_TASK_REGISTER_ACTIVITY,
                USER_TASK_PLAN_ACTIVITY, SERVICE_TASK_OPEN_SIGN_UP, USER_TASK_SIGN_UP, GATEWAY_SIGN_UP_CLOSED,
                SERVICE_TASK_COMPILE_SIGN_UPS, GATEWAY_ANY_SIGNED_UP, USER_TASK_RECORD_EVENT, GATEWAY_EVENT_HELD,
                SERVICE_TASK_SHARE_COST, INTERMEDIATE_EVENT_SIX_MONTHS_LATER, SERVICE_TASK_OPEN_FOLLOW_UP,
                USER_TASK_REPORT_HIRES, GATEWAY_FOLLOW_UP_CLOSED, SERVICE_TASK_COMPILE_HIRES, USER_TASK_REVIEW_SUMMARY,
                SERVICE_TASK_CLOSE_ACTIVITY, END_EVENT_FOLLOWED_UP);
        assertThat(instance).hasNotPassed(SERVICE_TASK_CANCEL_ACTIVITY, SERVICE_TASK_CLOSE_WITHOUT_PARTICIPANTS);
        Assertions.assertThat(activity(key)).containsEntry("STATUS", "FOLLOWED_UP")
                .containsEntry("LESSONS_LEARNED", "Bemanna montern med en rekryterare per myndighet.");
        Assertions.assertThat(historicVariable(instance, OUTCOME)).isEqualTo(RecruitmentVariables.FOLLOWED_UP);
        Assertions.assertThat(mailsTo(key, "recruitment-activity")).contains("koordinator@spv.example");
        Assertions.assertThat(body(key, "recruitment-activity", "koordinator@spv.example"))
                .contains("1 av 2 deltagande myndigheter har svarat", "anställt 2 personer",
                        "Centrala studiestödsnämnden (CSN): inte svarat", "Lärdomar: Bemanna montern");
        // each of CSN's and SPV's training coordinators got the participants' mail and the summary: exactly once each
        Assertions.assertThat(mailsTo(key, "recruitment-activity")).filteredOn("utbkoord-csn@csn.example"::equals).hasSize(2);
    }

    @Test
    void everyAgencyAnswersTheCostIsSharedByHeadcountAndEveryoneReportsHires() {
        String key = "IDEA-2026-0802";
        ProcessInstance instance = start(key);
        as("koordinator", () -> taskService.complete(task(instance, USER_TASK_PLAN_ACTIVITY).getId(),
                plan(ACTIVITY_DAY, LAST_SIGN_UP_DAY, "headcount")));
        for (String agency : directory.agencyCodes()) {
            signUp(instance, agency, agency.equals("ons") || agency.equals("spv"), null);
        }
        assertThat(instance).hasPassed(GATEWAY_SIGN_UP_CLOSED).hasNotPassed(BOUNDARY_EVENT_SIGN_UP_DEADLINE)
                .isWaitingAt(USER_TASK_RECORD_EVENT);
        as("koordinator", () -> taskService.complete(task(instance, USER_TASK_RECORD_EVENT).getId(),
                Map.of(EVENT_OUTCOME, "held", ACTUAL_COST, 25000L)));
        // by headcount: ÖNS 20, SPV 230 of 250 employees
        String allocation = (String) runtimeService.getVariable(instance.getId(), CostSharingVariables.ALLOCATION_ID);
        Assertions.assertThat(jdbc.queryForList("select share from cost_allocation_line where allocation_id = ? order by agency_code",
                BigDecimal.class, allocation)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2000.00"), new BigDecimal("23000.00"));

        Job sixMonths = job(instance, INTERMEDIATE_EVENT_SIX_MONTHS_LATER);
        ClockUtil.setCurrentTime(sixMonths.getDuedate());
        managementService.executeJob(sixMonths.getId());
        // ÖNS has 20 employees: 21 hires are refused, naming the field, and nothing is stored
        Task ons = agencyTask(instance, USER_TASK_REPORT_HIRES, "ons");
        Assertions.assertThatThrownBy(() -> as("utbkoord-ons", () -> taskService.complete(ons.getId(), Map.of(HIRES, 21L))))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("(hires)").hasMessageContaining("20 anställda");
        Assertions.assertThat(jdbc.queryForObject("select count(*) from recruitment_activity_hires where business_key = ?",
                Integer.class, key)).isZero();
        reportHires(instance, "ons", 0, null);
        reportHires(instance, "spv", 3, null);
        assertThat(instance).hasPassed(GATEWAY_FOLLOW_UP_CLOSED).hasNotPassed(BOUNDARY_EVENT_FOLLOW_UP_DEADLINE)
                .isWaitingAt(USER_TASK_REVIEW_SUMMARY);
        assertThat(instance).variables().containsEntry(ANSWERED_COUNT, 2).containsEntry(TOTAL_HIRES, 3)
                .containsEntry(HIRES_SUMMARY, "Statens tjänstepensionsverk (SPV): 3\nÖverklagandenämnden för studiestöd: 0");
        Assertions.assertThat(jdbc.queryForList("select answered_by from recruitment_activity_hires where business_key = ?"
                + " order by agency_code", String.class, key)).containsExactly("utbkoord-ons", "utbkoord-spv");
        runtimeService.deleteProcessInstance(instance.getId(), "test done");
    }

    @Test
    void aCancelledActivityBooksNothingAndTellsTheAgenciesThatSignedUp() {
        String key = "IDEA-2026-0803";
        ProcessInstance instance = start(key);
        as("koordinator", () -> taskService.complete(task(instance, USER_TASK_PLAN_ACTIVITY).getId(),
                plan(ACTIVITY_DAY, LAST_SIGN_UP_DAY, "equal")));
        signUp(instance, "kriminalvarden", true, "Yrkesintroduktion för kriminalvårdare");
        Job closes = job(instance, BOUNDARY_EVENT_SIGN_UP_DEADLINE);
        ClockUtil.setCurrentTime(closes.getDuedate());
        managementService.executeJob(closes.getId());
        Task report = task(instance, USER_TASK_RECORD_EVENT);
        Assertions.assertThatThrownBy(() -> as("koordinator", () -> taskService.complete(report.getId(),
                        Map.of(EVENT_OUTCOME, "cancelled", CANCELLATION_REASON, " ")))).isInstanceOf(FormRefusedException.class)
                .hasMessageContaining("(cancellationReason)");
        as("koordinator", () -> taskService.complete(report.getId(),
                Map.of(EVENT_OUTCOME, "cancelled", CANCELLATION_REASON, "Mässan ställdes in av arrangören.")));
        assertThat(instance).isEnded().hasPassedInOrder(USER_TASK_RECORD_EVENT, GATEWAY_EVENT_HELD,
                SERVICE_TASK_CANCEL_ACTIVITY, END_EVENT_CANCELLED).hasNotPassed(SERVICE_TASK_SHARE_COST);
        Assertions.assertThat(activity(key)).containsEntry("STATUS", "CANCELLED").containsEntry("ALLOCATION_ID", null)
                .containsEntry("CANCELLATION_REASON", "Mässan ställdes in av arrangören.")
                .containsEntry("EVENT_REPORTED_BY", "koordinator");
        Assertions.assertThat(jdbc.queryForObject("select count(*) from cost_allocation where activity_key = ?",
                Integer.class, key)).isZero();
        Assertions.assertThat(mailsTo(key, "recruitment-activity")).contains("utbkoord-kriminalvarden@kriminalvarden.example",
                "chef-kriminalvarden@kriminalvarden.example");
        Assertions.assertThat(body(key, "recruitment-activity", "chef-kriminalvarden@kriminalvarden.example"))
                .contains("inställd", "Mässan ställdes in av arrangören.");
        Assertions.assertThat(historicVariable(instance, OUTCOME)).isEqualTo(RecruitmentVariables.OUTCOME_CANCELLED);
    }

    @Test
    void withoutAnIdeaTheActivityGetsAKeyOfItsOwnAndEndsWhenNobodySignsUp() {
        Map<String, Object> given = new HashMap<>();
        given.put(TITLE, "Gemensam annons för IT-säkerhetsspecialister");
        given.put(INITIATOR, "utbkoord-spv");
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(RecruitmentVariables.PROCESS_KEY, given);
        String key = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getBusinessKey();
        Assertions.assertThat(key).matches("RECRUIT-2026-\\d{4}");
        Assertions.assertThat(activity(key)).containsEntry("IDEA_KEY", null);
        as("koordinator", () -> taskService.complete(task(instance, USER_TASK_PLAN_ACTIVITY).getId(),
                plan(ACTIVITY_DAY, LAST_SIGN_UP_DAY, "equal")));
        signUp(instance, "csn", false, null);
        Job closes = job(instance, BOUNDARY_EVENT_SIGN_UP_DEADLINE);
        ClockUtil.setCurrentTime(closes.getDuedate());
        managementService.executeJob(closes.getId());
        assertThat(instance).isEnded().hasPassedInOrder(SERVICE_TASK_COMPILE_SIGN_UPS, GATEWAY_ANY_SIGNED_UP,
                SERVICE_TASK_CLOSE_WITHOUT_PARTICIPANTS, END_EVENT_NO_PARTICIPANTS).hasNotPassed(USER_TASK_RECORD_EVENT);
        Assertions.assertThat(activity(key)).containsEntry("STATUS", "NO_PARTICIPANTS").containsEntry("PARTICIPANT_COUNT", 0);
        Assertions.assertThat(mailsTo(key, "recruitment-activity")).containsExactlyInAnyOrder("koordinator@spv.example",
                "utbkoord-spv@spv.example");
        Assertions.assertThat(historicVariable(instance, OUTCOME)).isEqualTo(RecruitmentVariables.NO_PARTICIPANTS);
    }

    @Test
    void anAgencysAnswerStaysOnItsOwnTask() {
        ProcessInstance instance = start("IDEA-2026-0804");
        as("koordinator", () -> taskService.complete(task(instance, USER_TASK_PLAN_ACTIVITY).getId(),
                plan(ACTIVITY_DAY, LAST_SIGN_UP_DAY, "equal")));
        signUp(instance, "csn", true, "Material");
        Assertions.assertThat(runtimeService.getVariables(instance.getId()))
                .doesNotContainKeys(TAKES_PART, AGENCY_CONTRIBUTION, AGENCY, AGENCY_NAME);
        Task spv = agencyTask(instance, USER_TASK_SIGN_UP, "spv");
        Assertions.assertThat(taskService.getVariables(spv.getId())).containsEntry(AGENCY, "spv")
                .containsEntry(TAKES_PART, null).containsEntry(AGENCY_CONTRIBUTION, null);
        runtimeService.deleteProcessInstance(instance.getId(), "test done");
    }

    // --- helpers -------------------------------------------------------------------------------

    ProcessInstance start(String key) {
        Map<String, Object> given = new HashMap<>();
        given.put(IDEA_KEY, key);
        given.put(TITLE, "Gemensam monter på Jobbmässan");
        given.put("description", "En gemensam monter för nätverkets myndigheter på Jobbmässan i Sundsvall.");
        given.put(INITIATOR, "utbkoord-spv");
        return runtimeService.startProcessInstanceByKey(RecruitmentVariables.PROCESS_KEY, key, given);
    }

    static Map<String, Object> plan(LocalDate activityDate, LocalDate signUpDeadline, String costKey) {
        Map<String, Object> values = new HashMap<>();
        values.put(ACTIVITY_KIND, "career-fair");
        values.put(ACTIVITY_DATE, activityDate.toString());
        values.put(ACTIVITY_PLACE, "Jobbmässan, Sundsvall");
        values.put(PLANNED_CONTRIBUTIONS, "Varje myndighet bemannar montern en halv dag och tar med material.");
        values.put(PLANNED_COST, 30000L);
        values.put(ACTIVITY_COST_KEY, costKey);
        values.put(SIGN_UP_DEADLINE, signUpDeadline.toString());
        return values;
    }

    void signUp(ProcessInstance instance, String agency, boolean takesPart, String contribution) {
        Task task = agencyTask(instance, USER_TASK_SIGN_UP, agency);
        Map<String, Object> values = new HashMap<>();
        values.put(TAKES_PART, takesPart);
        if (contribution != null) {
            values.put(AGENCY_CONTRIBUTION, contribution);
        }
        as("utbkoord-" + agency, () -> taskService.complete(task.getId(), values));
    }

    void reportHires(ProcessInstance instance, String agency, long hires, String comment) {
        Task task = agencyTask(instance, USER_TASK_REPORT_HIRES, agency);
        Map<String, Object> values = new HashMap<>();
        values.put(HIRES, hires);
        if (comment != null) {
            values.put(HIRES_COMMENT, comment);
        }
        as("utbkoord-" + agency, () -> taskService.complete(task.getId(), values));
    }

    Task task(ProcessInstance instance, String activity) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).singleResult();
    }

    Task agencyTask(ProcessInstance instance, String activity, String agency) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity)
                .taskCandidateGroup(agency + "-training-coordinators").singleResult();
    }

    Job job(ProcessInstance instance, String activity) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activity).singleResult();
    }

    void as(String user, Runnable action) {
        LoggedIn.as(identityService, user);
        try {
            action.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    Map<String, Object> activity(String key) {
        return jdbc.queryForMap("select * from recruitment_activity where business_key = ?", key);
    }

    List<Map<String, Object>> signUpRows(String key) {
        return jdbc.queryForList("select * from recruitment_activity_sign_up where business_key = ?", key);
    }

    Object historicVariable(ProcessInstance instance, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).singleResult().getValue();
    }

    List<String> mailsTo(String key, String kind) {
        return jdbc.queryForList("select recipient_address from notification_mail where business_key = ? and kind = ?",
                String.class, key, kind);
    }

    String body(String key, String kind, String address) {
        return jdbc.queryForList("select body_text from notification_mail where business_key = ? and kind = ?"
                + " and recipient_address = ? order by created_at", String.class, key, kind, address).get(0);
    }
}
