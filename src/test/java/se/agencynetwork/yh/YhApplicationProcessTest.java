package se.agencynetwork.yh;

import se.agencynetwork.models.ids.YhApplicationModel;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.agencynetwork.yh.YhVariables.Names.APPLICATION_ATTEMPT;
import static se.agencynetwork.yh.YhVariables.Names.CONCERNED_AGENCIES;
import static se.agencynetwork.yh.YhVariables.Names.CO_FUNDING_AGENCIES;
import static se.agencynetwork.yh.YhVariables.Names.DECISION_COMMENT;
import static se.agencynetwork.yh.YhVariables.Names.DECLINED_LETTERS;
import static se.agencynetwork.yh.YhVariables.Names.DESCRIPTION;
import static se.agencynetwork.yh.YhVariables.Names.ENOUGH_SUPPORT;
import static se.agencynetwork.yh.YhVariables.Names.EVIDENCE_LINK;
import static se.agencynetwork.yh.YhVariables.Names.EXPECTED_HIRING_NEED;
import static se.agencynetwork.yh.YhVariables.Names.HIRING_NEED;
import static se.agencynetwork.yh.YhVariables.Names.LESSONS_LEARNED;
import static se.agencynetwork.yh.YhVariables.Names.LETTER_ANSWER;
import static se.agencynetwork.yh.YhVariables.Names.LIA_PERCENT;
import static se.agencynetwork.yh.YhVariables.Names.LIA_PLACES;
import static se.agencynetwork.yh.YhVariables.Names.MYH_DECISION;
import static se.agencynetwork.yh.YhVariables.Names.MYH_REFERENCE;
import static se.agencynetwork.yh.YhVariables.Names.OCCUPATION;
import static se.agencynetwork.yh.YhVariables.Names.OUTCOME;
import static se.agencynetwork.yh.YhVariables.Names.PROGRAMME_CREDITS;
import static se.agencynetwork.yh.YhVariables.Names.PROGRAMME_NAME;
import static se.agencynetwork.yh.YhVariables.Names.PROGRAMME_PLACES;
import static se.agencynetwork.yh.YhVariables.Names.PROGRAMME_START;
import static se.agencynetwork.yh.YhVariables.Names.PROVIDER_CONTACT;
import static se.agencynetwork.yh.YhVariables.Names.PROVIDER_NAME;
import static se.agencynetwork.yh.YhVariables.Names.PROVIDER_ORG_NUMBER;
import static se.agencynetwork.yh.YhVariables.Names.REFERENCE_PERSON;
import static se.agencynetwork.yh.YhVariables.Names.ROUND_CLOSES;
import static se.agencynetwork.yh.YhVariables.Names.ROUND_OPENS;
import static se.agencynetwork.yh.YhVariables.Names.SIGNED_LETTERS;
import static se.agencynetwork.yh.YhVariables.Names.SILENT_LETTERS;
import static se.agencynetwork.yh.YhVariables.Names.SKILLS;
import static se.agencynetwork.yh.YhVariables.Names.SUBMITTED_ON;
import static se.agencynetwork.yh.YhVariables.Names.SUPPORT_FIGURES;
import static se.agencynetwork.yh.YhVariables.Names.TITLE;
import static se.agencynetwork.yh.YhVariables.Names.TOTAL_HIRING_NEED;
import static se.agencynetwork.yh.YhVariables.Names.TOTAL_LIA_PLACES;
import static se.agencynetwork.yh.YhVariables.Names.TRY_AGAIN;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.BadUserRequestException;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import se.agencynetwork.forms.FormRefusedException;
import se.agencynetwork.testsupport.LoggedIn;
import se.agencynetwork.testsupport.StoredVariables;
import se.agencynetwork.process.ProcessJson;
import se.agencynetwork.idea.IdeaVariables;

/**
 * Every path of yh-application with the real delegates, form enforcement, tables and outbox, the
 * demo directory's users acting as themselves: enough support and MYH's approval (by message),
 * too little support when the deadline passes in silence, a rejection without and with a new
 * attempt in the next round. MYH's limit of reference persons is 2 here, so three agencies show it.
 * Timers are driven by executing their jobs with the engine clock set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"network.yh.max-reference-persons=2", "network.yh.min-signed-letters=2"})
@Import(YhApplicationProcessTest.CoverageGate.class)
class YhApplicationProcessTest {

    @TestConfiguration
    @Import(ProcessEngineCoverageConfiguration.class)
    static class CoverageGate {
        @Bean
        @Primary
        ProcessEngineCoverageProperties yhApplicationCoverage() {
            return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0).build();
        }
    }

    /** 2 March 2026, 10:00 in Stockholm: the 2026 round (1 April - 15 June by default) is ahead. */
    static final Date NOW = Date.from(Instant.parse("2026-03-02T09:00:00Z"));
    static final String VALID_ORG_NUMBER = "556036-0793";

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FormService formService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate rest;

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

    @Test
    void enoughSupportAnApplicationInTheRoundAndMyhApprovesByMessage() {
        String key = "IDEA-2026-0701";
        ProcessInstance yh = start(key);

        // the working group describes the need; the idea's co-funders are proposed as the concerned agencies
        assertThat(yh).isWaitingAt(YhApplicationModel.USER_TASK_DESCRIBE_NEED).task().hasCandidateGroup("wg-legal");
        Assertions.assertThat(ProcessJson.strings(runtimeService.getVariable(yh.getId(), CONCERNED_AGENCIES)))
                .isEqualTo(List.of("csn", "spv"));
        Assertions.assertThat(task(yh, YhApplicationModel.USER_TASK_DESCRIBE_NEED).getName()).as("the task tells its case")
                .isEqualTo("Beskriv kompetensbehovet – " + key + " Juristassistent");
        // as Spin JSON, which Tasklist sends back as Json (no Object variables from users)
        Assertions.assertThat(runtimeService.getVariableTyped(yh.getId(), CONCERNED_AGENCIES).getType().getName())
                .isEqualTo("json");
        describeNeed(yh, List.of("csn", "spv", "msb"));

        // the provider: a wrong check digit and too little LIA for 400 credits are refused, naming the fields
        assertThat(yh).isWaitingAt(YhApplicationModel.USER_TASK_REGISTER_PROVIDER).task().hasCandidateGroup("network-coordinators");
        Task provider = task(yh, YhApplicationModel.USER_TASK_REGISTER_PROVIDER);
        Assertions.assertThatThrownBy(() -> as("koordinator", () ->
                        formService.submitTaskForm(provider.getId(), provider("556036-0794", 400L, 20L))))
                .isInstanceOf(FormRefusedException.class)
                .hasMessageContaining("(providerOrgNumber)").hasMessageContaining("(liaPercent)");
        Assertions.assertThat(count("select count(*) from yh_application where business_key = ?", key)).isZero();
        registerProvider(yh);

        // one letter per concerned agency, for its heads, until 23 March (21 days) with a reminder on 18 March
        List<Task> letters = letterTasks(yh);
        Assertions.assertThat(letters).extracting(Task::getName).containsExactly(
                "Besvara avsiktsförklaring – Centrala studiestödsnämnden (CSN) – " + key + " Juristassistent",
                "Besvara avsiktsförklaring – Myndigheten för samhällsskydd och beredskap – " + key + " Juristassistent",
                "Besvara avsiktsförklaring – Statens tjänstepensionsverk (SPV) – " + key + " Juristassistent");
        Assertions.assertThat(taskService.getIdentityLinksForTask(letters.get(0).getId())).extracting(l -> l.getGroupId())
                .containsExactly("csn-heads");
        Assertions.assertThat(timer(yh, YhApplicationModel.BOUNDARY_EVENT_LETTER_DEADLINE).getDuedate())
                .isEqualTo(Date.from(Instant.parse("2026-03-23T22:59:00Z")));
        Assertions.assertThat(timer(yh, YhApplicationModel.BOUNDARY_EVENT_LETTER_REMINDER).getDuedate())
                .isEqualTo(Date.from(Instant.parse("2026-03-18T07:00:00Z")));
        Assertions.assertThat(jdbc.queryForList("select agency_code from yh_letter_of_intent where business_key = ?"
                + " and answer = 'pending' order by agency_code", String.class, key)).containsExactly("csn", "msb", "spv");

        // a signature needs a hiring need and a reference person
        Assertions.assertThatThrownBy(() -> as("chef-csn", () -> formService.submitTaskForm(letters.get(0).getId(),
                        letter("signed", 0L, 3L, " "))))
                .isInstanceOf(FormRefusedException.class)
                .hasMessageContaining("(hiringNeed)").hasMessageContaining("(referencePerson)");
        as("chef-csn", () -> formService.submitTaskForm(letters.get(0).getId(), letter("signed", 5L, 3L, "Karin Ek, HR-chef")));

        // on 18 March the heads who have not answered are reminded, the others not
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-18T07:00:00Z")));
        managementService.executeJob(timer(yh, YhApplicationModel.BOUNDARY_EVENT_LETTER_REMINDER).getId());
        Assertions.assertThat(mailsTo(key, "yh-reminder")).containsExactlyInAnyOrder("chef-msb@msb.example",
                "chef-spv@spv.example");

        as("chef-spv", () -> formService.submitTaskForm(letters.get(2).getId(), letter("signed", 4L, 2L, "Per Ås, enhetschef")));
        // MYH's limit (2 here) is reached: a third signature is refused, a decline is not
        Assertions.assertThatThrownBy(() -> as("chef-msb", () -> formService.submitTaskForm(letters.get(1).getId(),
                        letter("signed", 2L, 1L, "Lena Berg"))))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("(letterAnswer)")
                .hasMessageContaining("högst 2");
        as("chef-msb", () -> formService.submitTaskForm(letters.get(1).getId(), letter("declined", null, null, null)));

        Assertions.assertThat(jdbc.queryForList("select agency_code, answer, hiring_need, lia_places, reference_person,"
                + " answered_by from yh_letter_of_intent where business_key = ? order by agency_code", key))
                .extracting(r -> r.get("AGENCY_CODE") + " " + r.get("ANSWER") + " " + r.get("HIRING_NEED") + " "
                        + r.get("LIA_PLACES") + " " + r.get("REFERENCE_PERSON") + " " + r.get("ANSWERED_BY"))
                .containsExactly("csn signed 5 3 Karin Ek, HR-chef chef-csn", "msb declined 0 0 null chef-msb",
                        "spv signed 4 2 Per Ås, enhetschef chef-spv");
        Assertions.assertThat(runtimeService.getVariables(yh.getId())).containsEntry(SIGNED_LETTERS, 2)
                .containsEntry(DECLINED_LETTERS, 1).containsEntry(SILENT_LETTERS, 0).containsEntry(TOTAL_HIRING_NEED, 9)
                .containsEntry(TOTAL_LIA_PLACES, 5).containsEntry(ENOUGH_SUPPORT, true)
                .containsEntry(ROUND_OPENS, "2026-04-01").containsEntry(ROUND_CLOSES, "2026-06-15")
                .containsEntry(EVIDENCE_LINK, "/api/yh/" + key + "/evidence");

        // the evidence the provider attaches, for the coordinator and the agencies concerned only
        ResponseEntity<String> evidence = rest.withBasicAuth("koordinator", "demo")
                .getForEntity("/api/yh/" + key + "/evidence", String.class);
        Assertions.assertThat(evidence.getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(evidence.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_PLAIN)).isTrue();
        Assertions.assertThat(evidence.getHeaders().getContentDisposition().getFilename()).isEqualTo("yh-underlag-" + key + ".txt");
        Assertions.assertThat(evidence.getBody()).contains("Underlag för YH-ansökan " + key, "Utbildning: Juristassistent",
                "- Centrala studiestödsnämnden (CSN): rekryteringsbehov 5 personer inom 3–5 år, 3 LIA-platser, referensperson Karin Ek, HR-chef",
                "Sammanlagt rekryteringsbehov: 9 personer", "Sammanlagt antal LIA-platser: 5")
                .doesNotContain("samhällsskydd");
        Assertions.assertThat(rest.withBasicAuth("chef-msb", "demo").getForEntity("/api/yh/" + key + "/evidence", String.class)
                .getStatusCode()).as("a head of an agency that was asked (and declined)").isEqualTo(HttpStatus.OK);
        Assertions.assertThat(rest.withBasicAuth("chef-tullverket", "demo").getForEntity("/api/yh/" + key + "/evidence",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> unknown = rest.withBasicAuth("koordinator", "demo")
                .getForEntity("/api/yh/IDEA-2026-9999/evidence", String.class);
        Assertions.assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        Assertions.assertThat(unknown.getBody()).contains("IDEA-2026-9999");
        Assertions.assertThat(rest.getForEntity("/api/yh/" + key + "/evidence", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        // a reminder two weeks before the round closes, to the coordinators
        assertThat(yh).isWaitingAt(YhApplicationModel.USER_TASK_CONFIRM_SUBMITTED).task().hasCandidateGroup("network-coordinators");
        Job roundReminder = timer(yh, YhApplicationModel.BOUNDARY_EVENT_ROUND_REMINDER);
        Assertions.assertThat(roundReminder.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-06-01T06:00:00Z")));
        managementService.executeJob(roundReminder.getId());
        Assertions.assertThat(mailsTo(key, "yh-reminder")).contains("koordinator@spv.example");
        Assertions.assertThat(body(key, "yh-reminder", "koordinator@spv.example")).contains("15 juni 2026");

        // a submission in the future is refused; the confirmation moves on to MYH's decision
        Task confirm = task(yh, YhApplicationModel.USER_TASK_CONFIRM_SUBMITTED);
        Assertions.assertThatThrownBy(() -> as("koordinator", () -> formService.submitTaskForm(confirm.getId(),
                        Map.of(SUBMITTED_ON, "2099-06-01")))).isInstanceOf(FormRefusedException.class)
                .hasMessageContaining("(submittedOn)");
        confirmSubmitted(yh);
        assertThat(yh).isWaitingAt(YhApplicationModel.USER_TASK_REGISTER_DECISION);

        // a message with no valid decision is refused and changes nothing; a good one moves the instance on
        Assertions.assertThatThrownBy(() -> runtimeService.createMessageCorrelation(YhVariables.DECISION_MESSAGE)
                        .processInstanceBusinessKey(key).setVariable(MYH_DECISION, "kanske").correlate())
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("myhDecision");
        assertThat(yh).isWaitingAt(YhApplicationModel.USER_TASK_REGISTER_DECISION);
        Assertions.assertThatThrownBy(() -> runtimeService.createMessageCorrelation(YhVariables.DECISION_MESSAGE)
                        .processInstanceBusinessKey("IDEA-2026-9999").setVariable(MYH_DECISION, "approved").correlate())
                .isInstanceOf(MismatchingMessageCorrelationException.class);
        runtimeService.createMessageCorrelation(YhVariables.DECISION_MESSAGE).processInstanceBusinessKey(key)
                .setVariable(MYH_DECISION, "approved").correlate();

        // approved: the start date; the signing agencies prepare their LIA places; everyone is told
        assertThat(yh).isWaitingAt(YhApplicationModel.USER_TASK_PLAN_START);
        Task plan = task(yh, YhApplicationModel.USER_TASK_PLAN_START);
        Assertions.assertThatThrownBy(() -> as("koordinator", () -> formService.submitTaskForm(plan.getId(),
                        Map.of(PROGRAMME_START, "2020-08-24")))).isInstanceOf(FormRefusedException.class)
                .hasMessageContaining("(programmeStart)");
        as("koordinator", () -> formService.submitTaskForm(plan.getId(), Map.of(PROGRAMME_START, "2099-08-24")));

        Assertions.assertThat(mailsTo(key, "yh-lia-places")).containsExactlyInAnyOrder("chef-csn@csn.example",
                "chef-spv@spv.example");
        Assertions.assertThat(body(key, "yh-lia-places", "chef-csn@csn.example"))
                .contains("Förbered de 3 LIA-platser", "24 augusti 2099");
        Assertions.assertThat(mailsTo(key, "yh-outcome")).contains("koordinator@spv.example", "chef-csn@csn.example",
                "chef-spv@spv.example", "chef-msb@msb.example", "utbkoord-csn@csn.example");
        Assertions.assertThat(subject(key, "yh-outcome", "chef-msb@msb.example"))
                .isEqualTo("YH-utbildningen beviljad: Juristassistent (" + key + ")");
        Assertions.assertThat(jdbc.queryForObject("select decision from yh_application where business_key = ?", String.class, key))
                .isEqualTo("approved");
        assertThat(yh).isEnded().hasPassedInOrder(YhApplicationModel.START_EVENT_YH_PROPOSED, YhApplicationModel.SERVICE_TASK_PREPARE_APPLICATION,
                YhApplicationModel.USER_TASK_DESCRIBE_NEED, YhApplicationModel.USER_TASK_REGISTER_PROVIDER, YhApplicationModel.SERVICE_TASK_REQUEST_LETTERS,
                YhApplicationModel.SERVICE_TASK_REMIND_LETTERS, YhApplicationModel.SERVICE_TASK_COMPILE_SUPPORT, YhApplicationModel.GATEWAY_ENOUGH_SUPPORT,
                YhApplicationModel.SERVICE_TASK_PREPARE_ROUND, YhApplicationModel.USER_TASK_CONFIRM_SUBMITTED, YhApplicationModel.SERVICE_TASK_REMIND_ROUND,
                YhApplicationModel.BOUNDARY_EVENT_DECISION_RECEIVED, YhApplicationModel.GATEWAY_APPROVED, YhApplicationModel.USER_TASK_PLAN_START,
                YhApplicationModel.SERVICE_TASK_ANNOUNCE_APPROVAL, YhApplicationModel.END_EVENT_PROGRAMME_APPROVED)
                .hasNotPassed(YhApplicationModel.SERVICE_TASK_RECORD_SILENCE, YhApplicationModel.USER_TASK_LESSONS_LEARNED)
                .variables().containsEntry(OUTCOME, "YH_APPROVED");
    }

    @Test
    void theDeadlinePassesInSilenceAndTooLittleSupportGoesBackToTheCouncilWithTheFigures() {
        String key = "IDEA-2026-0702";
        ProcessInstance yh = start(key);
        describeNeed(yh, List.of("csn", "spv", "msb"));
        registerProvider(yh);
        List<Task> letters = letterTasks(yh);
        as("chef-csn", () -> formService.submitTaskForm(letters.get(0).getId(), letter("signed", 3L, 1L, "Karin Ek")));
        as("chef-spv", () -> formService.submitTaskForm(letters.get(2).getId(),
                letter("declined", null, null, null)));

        // msb never answers: at the deadline its silence is recorded and the letter task is gone
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-23T23:00:00Z")));
        managementService.executeJob(timer(yh, YhApplicationModel.BOUNDARY_EVENT_LETTER_DEADLINE).getId());
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(yh.getId()).count()).isZero();
        Assertions.assertThat(jdbc.queryForList("select agency_code || ' ' || answer from yh_letter_of_intent"
                + " where business_key = ? order by agency_code", String.class, key))
                .containsExactly("csn signed", "msb silent", "spv declined");

        String figures = "1 undertecknade, 1 avböjda, 1 utan svar; rekryteringsbehov 3, LIA-platser 1";
        Assertions.assertThat(mailsTo(key, "yh-outcome")).contains("koordinator@spv.example", "utbkoord-csn@csn.example")
                .doesNotContain("chef-csn@csn.example");
        Assertions.assertThat(body(key, "yh-outcome", "utbkoord-csn@csn.example"))
                .contains("minst 2 behövs", "tillbaka till utbildningsrådet", figures);
        Assertions.assertThat(count("select count(*) from yh_application where business_key = ? and decision is null", key))
                .isEqualTo(1);
        assertThat(yh).isEnded().hasPassedInOrder(YhApplicationModel.USER_TASK_REGISTER_PROVIDER, YhApplicationModel.SERVICE_TASK_REQUEST_LETTERS,
                YhApplicationModel.BOUNDARY_EVENT_LETTER_DEADLINE, YhApplicationModel.SERVICE_TASK_RECORD_SILENCE, YhApplicationModel.SERVICE_TASK_COMPILE_SUPPORT,
                YhApplicationModel.GATEWAY_ENOUGH_SUPPORT, YhApplicationModel.SERVICE_TASK_REPORT_TOO_LITTLE_SUPPORT, YhApplicationModel.END_EVENT_TOO_LITTLE_SUPPORT)
                .hasNotPassed(YhApplicationModel.SERVICE_TASK_PREPARE_ROUND, YhApplicationModel.SERVICE_TASK_REMIND_LETTERS)
                .variables().containsEntry(OUTCOME, "YH_TOO_LITTLE_SUPPORT").containsEntry(SUPPORT_FIGURES, figures)
                .containsEntry(ENOUGH_SUPPORT, false);
    }

    @Test
    void myhRejectsInTheCoordinatorsFormAndTheNetworkGivesUp() {
        String key = "IDEA-2026-0703";
        ProcessInstance yh = toDecision(key);
        Task decision = task(yh, YhApplicationModel.USER_TASK_REGISTER_DECISION);
        as("koordinator", () -> formService.submitTaskForm(decision.getId(), Map.of(MYH_DECISION, "rejected",
                DECISION_COMMENT, "Arbetsmarknadens behov är inte tillräckligt styrkt.")));

        assertThat(yh).isWaitingAt(YhApplicationModel.USER_TASK_LESSONS_LEARNED).task().hasCandidateGroup("network-coordinators");
        lessons(yh, "no");

        Assertions.assertThat(jdbc.queryForMap("select decision, lessons_learned from yh_application where business_key = ?", key))
                .containsEntry("DECISION", "rejected").containsEntry("LESSONS_LEARNED", "Fler myndigheter behövs.");
        Assertions.assertThat(body(key, "yh-outcome", "koordinator@spv.example"))
                .contains("MYH har avslagit", "inget nytt försök", "Fler myndigheter behövs.");
        assertThat(yh).isEnded().hasPassedInOrder(YhApplicationModel.USER_TASK_REGISTER_DECISION, YhApplicationModel.GATEWAY_DECISION_IN, YhApplicationModel.GATEWAY_APPROVED,
                YhApplicationModel.USER_TASK_LESSONS_LEARNED, YhApplicationModel.SERVICE_TASK_ANNOUNCE_REJECTION, YhApplicationModel.GATEWAY_TRY_AGAIN, YhApplicationModel.END_EVENT_APPLICATION_REJECTED)
                .hasNotPassed(YhApplicationModel.BOUNDARY_EVENT_DECISION_RECEIVED, YhApplicationModel.INTERMEDIATE_EVENT_NEXT_ROUND_OPENS)
                .variables().containsEntry(OUTCOME, "YH_REJECTED");
    }

    @Test
    void myhRejectsByMessageAndTheNetworkTriesAgainWhenTheNextRoundOpens() {
        String key = "IDEA-2026-0704";
        ProcessInstance yh = toDecision(key);
        runtimeService.createMessageCorrelation(YhVariables.DECISION_MESSAGE).processInstanceBusinessKey(key)
                .setVariable(MYH_DECISION, "rejected").correlate();
        lessons(yh, "yes");
        Assertions.assertThat(body(key, "yh-outcome", "koordinator@spv.example"))
                .contains("nytt försök i nästa ansökningsomgång, som öppnar 1 april 2026");

        // decided on 2 March 2026: the next round is 2026's, opening 1 April (08:00)
        assertThat(yh).isWaitingAt(YhApplicationModel.INTERMEDIATE_EVENT_NEXT_ROUND_OPENS);
        Job nextRound = timer(yh, YhApplicationModel.INTERMEDIATE_EVENT_NEXT_ROUND_OPENS);
        Assertions.assertThat(nextRound.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-04-01T06:00:00Z")));
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-01T06:00:00Z")));
        managementService.executeJob(nextRound.getId());

        assertThat(yh).isWaitingAt(YhApplicationModel.USER_TASK_CONFIRM_SUBMITTED);
        Assertions.assertThat(runtimeService.getVariables(yh.getId())).containsEntry(APPLICATION_ATTEMPT, 2)
                .containsEntry(ROUND_CLOSES, "2026-06-15");
        confirmSubmitted(yh);
        Task decision = task(yh, YhApplicationModel.USER_TASK_REGISTER_DECISION);
        as("koordinator", () -> formService.submitTaskForm(decision.getId(), Map.of(MYH_DECISION, "approved")));
        as("koordinator", () -> formService.submitTaskForm(task(yh, YhApplicationModel.USER_TASK_PLAN_START).getId(),
                Map.of(PROGRAMME_START, "2099-01-12")));

        Assertions.assertThat(jdbc.queryForObject("select decision from yh_application where business_key = ?", String.class, key))
                .isEqualTo("approved");
        assertThat(yh).isEnded().hasPassedInOrder(YhApplicationModel.BOUNDARY_EVENT_DECISION_RECEIVED, YhApplicationModel.USER_TASK_LESSONS_LEARNED,
                YhApplicationModel.SERVICE_TASK_ANNOUNCE_REJECTION, YhApplicationModel.GATEWAY_TRY_AGAIN, YhApplicationModel.INTERMEDIATE_EVENT_NEXT_ROUND_OPENS, YhApplicationModel.GATEWAY_JOIN_ROUND,
                YhApplicationModel.SERVICE_TASK_PREPARE_ROUND, YhApplicationModel.USER_TASK_CONFIRM_SUBMITTED, YhApplicationModel.USER_TASK_REGISTER_DECISION,
                YhApplicationModel.USER_TASK_PLAN_START, YhApplicationModel.END_EVENT_PROGRAMME_APPROVED)
                .variables().containsEntry(OUTCOME, "YH_APPROVED");
    }

    // ---- steps ----

    ProcessInstance start(String key) {
        Map<String, Object> given = new HashMap<>();
        given.put("ideaKey", key);
        given.put(TITLE, "Juristassistent");
        given.put(DESCRIPTION, "Myndigheterna behöver juristassistenter som kan bereda ärenden.");
        given.put(IdeaVariables.KIND, "yh-programme");
        given.put("delivery", "yh");
        given.put(CO_FUNDING_AGENCIES, ProcessJson.list(List.of("csn", "spv"))); // as idea hands it over
        given.put(IdeaVariables.Names.INITIATOR, "utbkoord-spv");
        return runtimeService.startProcessInstanceByKey(YhVariables.PROCESS_KEY, key, given);
    }

    void describeNeed(ProcessInstance yh, List<String> agencies) {
        Map<String, Object> values = new HashMap<>();
        values.put(OCCUPATION, "Juristassistent");
        values.put(SKILLS, "Förvaltningsrätt, ärendeberedning, klarspråk");
        values.put(EXPECTED_HIRING_NEED, 30L);
        values.put(CONCERNED_AGENCIES, ProcessJson.list(agencies)); // a checklist, as Tasklist sends it
        as("utbkoord-angermanlands-tr", () -> formService.submitTaskForm(task(yh, YhApplicationModel.USER_TASK_DESCRIBE_NEED).getId(), values));
    }

    void registerProvider(ProcessInstance yh) {
        as("koordinator", () -> formService.submitTaskForm(task(yh, YhApplicationModel.USER_TASK_REGISTER_PROVIDER).getId(),
                provider(VALID_ORG_NUMBER, 400L, 25L)));
    }

    void confirmSubmitted(ProcessInstance yh) {
        // submitted today by the engine clock: the form refuses a day in the future (the rule reads the same clock)
        as("koordinator", () -> formService.submitTaskForm(task(yh, YhApplicationModel.USER_TASK_CONFIRM_SUBMITTED).getId(),
                Map.of(SUBMITTED_ON, se.agencynetwork.process.NetworkTime.today().toString(),
                        MYH_REFERENCE, "MYH 2026/1234")));
    }

    void lessons(ProcessInstance yh, String tryAgain) {
        as("koordinator", () -> formService.submitTaskForm(task(yh, YhApplicationModel.USER_TASK_LESSONS_LEARNED).getId(),
                Map.of(LESSONS_LEARNED, "Fler myndigheter behövs.", TRY_AGAIN, tryAgain)));
    }

    /** An application with csn and spv signing, up to MYH's decision. */
    ProcessInstance toDecision(String key) {
        ProcessInstance yh = start(key);
        describeNeed(yh, List.of("csn", "spv"));
        registerProvider(yh);
        List<Task> letters = letterTasks(yh);
        as("chef-csn", () -> formService.submitTaskForm(letters.get(0).getId(), letter("signed", 5L, 3L, "Karin Ek")));
        as("chef-spv", () -> formService.submitTaskForm(letters.get(1).getId(), letter("signed", 4L, 2L, "Per Ås")));
        confirmSubmitted(yh);
        assertThat(yh).isWaitingAt(YhApplicationModel.USER_TASK_REGISTER_DECISION);
        return yh;
    }

    static Map<String, Object> provider(String orgNumber, long credits, long liaPercent) {
        Map<String, Object> values = new HashMap<>();
        values.put(PROVIDER_NAME, "Yrkeshögskolan Mitt AB");
        values.put(PROVIDER_ORG_NUMBER, orgNumber);
        values.put(PROVIDER_CONTACT, "Sara Lind, sara.lind@yhmitt.example");
        values.put(PROGRAMME_NAME, "Juristassistent");
        values.put(PROGRAMME_CREDITS, credits);
        values.put(LIA_PERCENT, liaPercent);
        values.put(PROGRAMME_PLACES, 35L);
        values.put("studyForm", "full-time-distance");
        return values;
    }

    static Map<String, Object> letter(String answer, Long hiringNeed, Long liaPlaces, String referencePerson) {
        Map<String, Object> values = new HashMap<>();
        values.put(LETTER_ANSWER, answer);
        values.put(HIRING_NEED, hiringNeed);
        values.put(LIA_PLACES, liaPlaces);
        values.put(REFERENCE_PERSON, referencePerson);
        return values;
    }

    // ---- looking ----

    void as(String user, Runnable action) {
        LoggedIn.as(identityService, user);
        try {
            action.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    Task task(ProcessInstance instance, String activity) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).singleResult();
    }

    List<Task> letterTasks(ProcessInstance yh) {
        return taskService.createTaskQuery().processInstanceId(yh.getId()).taskDefinitionKey(YhApplicationModel.USER_TASK_ANSWER_LETTER)
                .orderByTaskName().asc().list();
    }

    Job timer(ProcessInstance instance, String activity) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activity).singleResult();
    }

    int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    List<String> mailsTo(String key, String kind) {
        return jdbc.queryForList("select recipient_address from notification_mail where business_key = ? and kind = ?",
                String.class, key, kind);
    }

    String body(String key, String kind, String address) {
        return jdbc.queryForObject("select body_text from notification_mail where business_key = ? and kind = ?"
                + " and recipient_address = ?", String.class, key, kind, address);
    }

    String subject(String key, String kind, String address) {
        return jdbc.queryForObject("select subject from notification_mail where business_key = ? and kind = ?"
                + " and recipient_address = ?", String.class, key, kind, address);
    }

    /** Issue 17: whatever path ran, no variable is stored as a Java object (lists and maps are Spin JSON). */
    @AfterEach
    void noVariableIsStoredAsAJavaObject() {
        StoredVariables.assertNoneStoredAsJava(jdbc);
    }
}
