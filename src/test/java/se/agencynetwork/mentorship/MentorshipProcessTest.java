package se.agencynetwork.mentorship;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.agencynetwork.models.ids.MentorshipModel.*;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.directory.Groups;
import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.notification.DueDateCheck;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.survey.Surveys;
import se.agencynetwork.testsupport.StoredVariables;
import se.agencynetwork.testsupport.SurveyFormPost;

/**
 * The mentorship programme with the real delegates, the demo directory (16 agencies) and H2: every
 * path of the model (silence at both deadlines, a decline that goes back to matching, no pair at all),
 * the pairs, answers and check-ins in the tables, the cost shares in the ledger and the mails in the
 * outbox. Every flow node and sequence flow must be covered by this class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class MentorshipProcessTest {

    @TestConfiguration
    @Import(ProcessEngineCoverageConfiguration.class)
    static class CoverageGate {
        @Bean
        @Primary
        ProcessEngineCoverageProperties mentorshipCoverage() {
            return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0).build();
        }
    }

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired RepositoryService repositoryService;
    @Autowired FormService formService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired JdbcTemplate jdbc;
    @Autowired DueDateCheck dueDateCheck;
    @LocalServerPort int port;

    static final String FORM = "application/x-www-form-urlencoded";
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void resetAssertions() {
        BpmnAwareTests.reset();
    }

    @Test
    void pairsAreMatchedAcrossAgenciesADeclineIsMatchedAgainAndTheProgrammeRunsToItsClosing() {
        ProcessInstance instance = start("Mentorprogram 2027", 2, 10000);
        String key = instance.getBusinessKey();
        Assertions.assertThat(key).matches("MENTOR-\\d{4}-\\d{4}");
        Assertions.assertThat(tasks(instance, USER_TASK_STATE_PARTICIPATION)).hasSize(16);
        Task csnTask = agencyTask(instance, USER_TASK_STATE_PARTICIPATION, Groups.trainingCoordinatorsOf("csn"));
        Assertions.assertThat(csnTask.getName()).startsWith("Anmäl deltagare till mentorprogrammet – Centrala studiestödsnämnden (CSN)");

        // a nomination without e-mail address, or a person while not taking part, is refused and nothing is stored
        Map<String, Object> noEmail = adept(true, "Anna Adeptsson", "", "it", true, "[\"svenska\"]", "Bli chef");
        refused(csnTask, noEmail, "adeptEmail");
        Map<String, Object> notTakingPart = adept(false, "Anna Adeptsson", "anna@csn.example", "it", true, "[\"svenska\"]", "Bli chef");
        refused(csnTask, notTakingPart, "participates");
        Assertions.assertThat(count("select count(*) from mentorship_person where business_key = ?", key)).isZero();

        Map<String, Object> csn = adept(true, "Anna Adeptsson", "anna@csn.example", "it", true, "[\"svenska\",\"engelska\"]",
                "Vill utvecklas som ledare inom IT.");
        csn.putAll(mentor("Carl Mentorsson", "carl@csn.example", "juridik", true, "[\"svenska\"]", "Lång erfarenhet som jurist och chef."));
        nominate(instance, "csn", csn);
        nominate(instance, "spv", adept(true, "Sara Spv", "sara@spv.example", "juridik", false, "[\"svenska\"]", "Juridisk fördjupning."));
        nominate(instance, "msb", adept(true, "Mats Msb", "mats@msb.example", "juridik", true, "[\"svenska\"]", "Leda en juristgrupp."));
        Map<String, Object> tull = new HashMap<>(Map.of(Names.PARTICIPATES, true));
        tull.putAll(mentor("Tina Tull", "tina@tullverket.example", "it", true, "[\"svenska\",\"engelska\",\"finska\"]", "IT-chef sedan tio år."));
        nominate(instance, "tullverket", tull);
        nominate(instance, "fba", Map.of(Names.PARTICIPATES, false));

        // the others stay silent: not this time
        executeJob(instance, BOUNDARY_EVENT_PARTICIPATION_DEADLINE);
        assertThat(instance).hasPassed(BOUNDARY_EVENT_PARTICIPATION_DEADLINE, SERVICE_TASK_COMPILE_NOMINATIONS)
                .isWaitingAt(USER_TASK_APPROVE_NOMINATIONS);
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), Names.NOMINATING_AGENCIES).toString())
                .isEqualTo("[\"csn\",\"msb\",\"spv\",\"tullverket\"]");
        Task csnHead = agencyTask(instance, USER_TASK_APPROVE_NOMINATIONS, Groups.headsOf("csn"));
        Assertions.assertThat(taskService.getVariable(csnHead.getId(), Names.NOMINEES).toString())
                .contains("Anna Adeptsson (Centrala studiestödsnämnden (CSN))", "Carl Mentorsson", "Mål: Vill utvecklas");
        refused(csnHead, Map.of(Names.HEAD_APPROVES, false), "headComment");
        for (String agency : List.of("csn", "spv", "msb", "tullverket")) {
            approve(instance, agency, true, null);
        }

        // the proposal: never within one agency, best score first, with its reasons
        assertThat(instance).isWaitingAt(USER_TASK_CONFIRM_MATCHING);
        Assertions.assertThat(variable(instance, Names.PAIR_PLAN)).isEqualTo("csn → tullverket\nmsb → csn");
        Assertions.assertThat(variable(instance, Names.MATCHING_PROPOSAL))
                .contains("csn → tullverket: Anna Adeptsson (Centrala studiestödsnämnden (CSN)) med Tina Tull", "7 poäng",
                        "samma område: IT och digitalisering (+3)", "chefserfarenhet (+2)", "gemensamt språk: engelska (+1)")
                .contains("msb → csn", "6 poäng");
        Task council = single(instance, USER_TASK_CONFIRM_MATCHING);
        Assertions.assertThat(taskService.getIdentityLinksForTask(council.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly(Groups.EDUCATION_COUNCIL);
        refused(council, Map.of(Names.PAIR_PLAN, "csn → csn"), "pairPlan");
        refused(council, Map.of(Names.PAIR_PLAN, "csn → tullverket\nspv → tullverket"), "pairPlan");
        refused(council, Map.of(Names.PAIR_PLAN, "csn → tullverket\nmsb → csn\nspv → csn"), "pairPlan");
        complete(council, "utbkoord-msb", Map.of(Names.PAIR_PLAN, "csn → tullverket\nmsb → csn"));

        // four parties answer; MSB's adept declines
        Assertions.assertThat(tasks(instance, USER_TASK_ANSWER_MATCH)).hasSize(4);
        Task msbAnswer = agencyTask(instance, USER_TASK_ANSWER_MATCH, Groups.trainingCoordinatorsOf("msb"));
        Assertions.assertThat(taskService.getVariable(msbAnswer.getId(), Names.PAIR_DESCRIPTION).toString())
                .contains("Adept: Mats Msb", "Mentor: Carl Mentorsson", "Matchning: 6 poäng");
        refused(msbAnswer, Map.of(Names.ACCEPTS, false), "declineReason");
        answer(instance, "msb", false, "Hinner inte i år.");
        answer(instance, "csn", true, null);
        answer(instance, "csn", true, null);
        answer(instance, "tullverket", true, null);

        // back to matching: CSN's mentor is free again and is proposed to SPV's adept
        assertThat(instance).hasPassed(GATEWAY_ANY_DECLINE).isWaitingAt(USER_TASK_CONFIRM_MATCHING);
        Assertions.assertThat(variable(instance, Names.PAIR_PLAN)).isEqualTo("spv → csn");
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), Names.ACCEPTED_PAIR_COUNT)).isEqualTo(1);
        complete(single(instance, USER_TASK_CONFIRM_MATCHING), "utbkoord-msb", Map.of(Names.PAIR_PLAN, "spv → csn"));
        answer(instance, "spv", true, null);
        answer(instance, "csn", true, null);

        // two pairs accepted: 2 × 10 000 kr shared by participants (CSN has two)
        assertThat(instance).hasPassed(SERVICE_TASK_BOOK_COSTS).isWaitingAt(INTERMEDIATE_EVENT_KICK_OFF);
        Assertions.assertThat(jdbc.queryForList("select adept_agency || '>' || mentor_agency || ':' || status from mentorship_pair"
                + " where business_key = ? order by id", String.class, key))
                .containsExactly("csn>tullverket:ACCEPTED", "msb>csn:DECLINED", "spv>csn:ACCEPTED");
        Assertions.assertThat(jdbc.queryForObject("select decline_reason from mentorship_pair where business_key = ?"
                + " and adept_agency = 'msb'", String.class, key)).isEqualTo("Hinner inte i år.");
        Map<String, Object> allocation = jdbc.queryForMap("select * from cost_allocation where activity_key = ?", key);
        Assertions.assertThat((BigDecimal) allocation.get("TOTAL")).isEqualByComparingTo("20000.00");
        Assertions.assertThat(jdbc.queryForList("select agency_code || '=' || share from cost_allocation_line where allocation_id = ?"
                + " order by agency_code", String.class, allocation.get("ID")))
                .containsExactly("csn=10000.00", "spv=5000.00", "tullverket=5000.00");
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), CostSharingVariables.ALLOCATION_ID))
                .isEqualTo(allocation.get("ID"));
        Assertions.assertThat(mailsTo(key, "cost-share")).containsExactlyInAnyOrder("chef-csn@csn.example",
                "chef-spv@spv.example", "chef-tullverket@tullverket.example");

        // kick-off: each pair and its training coordinators get the mail once
        executeJob(instance, INTERMEDIATE_EVENT_KICK_OFF);
        Assertions.assertThat(mailsTo(key, "mentorship")).contains("anna@csn.example", "tina@tullverket.example",
                "sara@spv.example", "carl@csn.example", "utbkoord-csn@csn.example", "utbkoord-tullverket@tullverket.example")
                .doesNotContain("mats@msb.example");
        Assertions.assertThat(body(key, "mentorship", "sara@spv.example"))
                .contains("Adept: Sara Spv (Statens tjänstepensionsverk (SPV))", "Mentor: Carl Mentorsson");

        // from the kick-off each pair has a standing task in its adept's agency, to end it early
        Assertions.assertThat(tasks(instance, USER_TASK_REPORT_EARLY_END)).hasSize(2);
        Task spvEnd = agencyTask(instance, USER_TASK_REPORT_EARLY_END, Groups.trainingCoordinatorsOf("spv"));
        Assertions.assertThat(spvEnd.getName()).isEqualTo("Meddela om paret avslutas i förtid – Statens tjänstepensionsverk (SPV) – "
                + key + " Mentorprogram 2027");
        Assertions.assertThat(spvEnd.getDueDate()).as("no due date: completed only if the pair ends").isNull();
        Assertions.assertThat(taskService.getVariable(spvEnd.getId(), Names.PAIR_DESCRIPTION).toString())
                .contains("Adept: Sara Spv", "Mentor: Carl Mentorsson").doesNotContain("möten");

        // mid-point: one check-in per pair, in the adept's agency, with a due date and so a reminder
        executeJob(instance, INTERMEDIATE_EVENT_MID_POINT);
        Assertions.assertThat(tasks(instance, USER_TASK_MID_POINT_CHECK_IN)).hasSize(2);
        Task spvCheckIn = agencyTask(instance, USER_TASK_MID_POINT_CHECK_IN, Groups.trainingCoordinatorsOf("spv"));
        refused(spvCheckIn, Map.of(Names.MEETINGS_HELD, -1L), "meetingsHeld");
        Assertions.assertThat(spvCheckIn.getDueDate()).isNotNull();

        // SPV's pair ends early while its check-in is open: a blank reason is refused, nothing stored
        refused(spvEnd, Map.of(Names.MEETINGS_HELD, 1L, Names.END_REASON, "   "), "endReason");
        refused(spvEnd, Map.of(Names.MEETINGS_HELD, 1L), "endReason");
        Assertions.assertThat(jdbc.queryForObject("select status from mentorship_pair where business_key = ?"
                + " and adept_agency = 'spv'", String.class, key)).isEqualTo("ACCEPTED");
        endEarly(instance, "spv", 1, "Adepten har bytt arbetsgivare.");
        Assertions.assertThat(tasks(instance, USER_TASK_MID_POINT_CHECK_IN)).as("the ended pair's check-in is closed")
                .extracting(t -> taskService.getIdentityLinksForTask(t.getId()).get(0).getGroupId())
                .containsExactly(Groups.trainingCoordinatorsOf("csn"));
        Assertions.assertThat(tasks(instance, USER_TASK_REPORT_EARLY_END)).hasSize(1);
        Assertions.assertThat(jdbc.queryForList("select recipient_address from notification_mail where business_key = ?"
                + " and kind = 'mentorship' and subject like 'Ett par i mentorprogrammet har avslutats i förtid%'",
                String.class, key)).containsExactlyInAnyOrder("utbkoord-spv@spv.example", "utbkoord-csn@csn.example");
        Assertions.assertThat(body(key, "mentorship", "utbkoord-spv@spv.example", "Ett par i mentorprogrammet har avslutats%"))
                .contains("efter 1 möten", "Skäl: Adepten har bytt arbetsgivare.", "Adept: Sara Spv", "Mentor: Carl Mentorsson");

        // the reminder before the check-in's due date reaches only the pair still running
        dueDateCheck.check(spvCheckIn.getDueDate().toInstant().minus(Duration.ofDays(1)));
        Assertions.assertThat(mailsTo(key, "task-reminder")).containsExactly("utbkoord-csn@csn.example");
        checkIn(instance, USER_TASK_MID_POINT_CHECK_IN, "csn", 3);
        assertThat(instance).isWaitingAt(USER_TASK_REPORT_EARLY_END, GATEWAY_PERIOD_OVER);

        // the last day: the standing task disappears, only the pair still running is asked
        executeJob(instance, BOUNDARY_EVENT_PERIOD_OVER);
        Assertions.assertThat(tasks(instance, USER_TASK_REPORT_EARLY_END)).isEmpty();
        executeJob(instance, INTERMEDIATE_EVENT_CLOSING);
        Assertions.assertThat(tasks(instance, USER_TASK_CLOSING_CHECK_IN)).hasSize(1);

        // the last day also sends the evaluation: one personal link to each adept and mentor of the pairs that ran
        // (the pair that ended early too), in the group of their role; not to MSB's adept who declined
        Assertions.assertThat(mailsTo(key, "mentorship-survey")).containsExactlyInAnyOrder("anna@csn.example",
                "tina@tullverket.example", "sara@spv.example", "carl@csn.example");
        Map<String, String> links = new HashMap<>();
        for (String address : List.of("anna@csn.example", "tina@tullverket.example", "sara@spv.example", "carl@csn.example")) {
            links.put(address, surveyLink(body(key, "mentorship-survey", address)));
        }
        Assertions.assertThat(new java.util.HashSet<>(links.values())).as("a link of one's own").hasSize(4);
        Assertions.assertThat(body(key, "mentorship-survey", "sara@spv.example")).contains("Hej Sara Spv!",
                "Mentorprogram 2027 är slut", "adept i programmet", "Enkäten stänger "
                        + NetworkTime.today().plusDays(300 + 21));
        Assertions.assertThat(jdbc.queryForList("select respondent_group from survey_link where round_key = ?"
                + " order by respondent_group", String.class, key)).containsExactly("adept", "adept", "mentor", "mentor");
        Assertions.assertThat(jdbc.queryForObject("select closes_at from survey_round where round_key = ?",
                java.sql.Timestamp.class, key).toLocalDateTime())
                .isEqualTo(NetworkTime.today().plusDays(300 + 21).atTime(23, 59));
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), Names.EVALUATION_INVITED)).isEqualTo(4);
        checkIn(instance, USER_TASK_CLOSING_CHECK_IN, "csn", 8);
        assertThat(instance).isWaitingAt(INTERMEDIATE_EVENT_EVALUATION_CLOSED);

        // three answer on the page, without an account; a link works once
        answerSurvey(links.get("sara@spv.example"), 4, 5, 3, 9, "Mentorn lyssnade och utmanade mig.", "");
        answerSurvey(links.get("carl@csn.example"), 5, 4, 4, 10, "", "Fler gemensamma träffar för alla par.");
        answerSurvey(links.get("anna@csn.example"), 3, 3, 4, 7, "", "");
        Assertions.assertThat(SurveyFormPost.post(http, port, Surveys.PATH, "questionnaire-form",
                token(links.get("sara@spv.example")), FORM, "goals=1&matching=1&arrangement=1&recommend=0").statusCode())
                .isEqualTo(410);
        Assertions.assertThat(count("select count(*) from survey_response where round_key = ?", key)).isEqualTo(3);

        // the survey closes: 3 of 4 is below the minimum, so only the counts are compiled, nothing else anywhere
        executeJob(instance, INTERMEDIATE_EVENT_EVALUATION_CLOSED);
        assertThat(instance).isWaitingAt(USER_TASK_WRITE_EVALUATION_REPORT);
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), Names.EVALUATION_RESPONSES)).isEqualTo(3);
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), Names.EVALUATION_HIDDEN)).isEqualTo(true);
        Assertions.assertThat(variable(instance, Names.EVALUATION_OVERALL)).contains("Svar: 3 av 4 (75,0 %)",
                "Resultat och kommentarer visas inte eftersom bara 3 av 4 svarade", "minst 5")
                .doesNotContain("Mentorn lyssnade", "NPS", "av 5");
        Assertions.assertThat(variable(instance, Names.EVALUATION_ADEPTS)).startsWith("Svar: 2 av 2 (100,0 %)")
                .contains("Visas inte per roll").doesNotContain("Mentorn lyssnade");
        Assertions.assertThat(variable(instance, Names.EVALUATION_MENTORS)).startsWith("Svar: 1 av 2 (50,0 %)")
                .doesNotContain("Fler gemensamma");
        Assertions.assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                .extracting(v -> String.valueOf(v.getValue()))
                .noneMatch(text -> text.contains("Mentorn lyssnade") || text.contains("Fler gemensamma"));
        Assertions.assertThat(count("select evaluation_responses from mentorship_programme where business_key = ?", key))
                .isEqualTo(3);

        // the network coordinator reads them and writes the report
        Task report = single(instance, USER_TASK_WRITE_EVALUATION_REPORT);
        Assertions.assertThat(taskService.getIdentityLinksForTask(report.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly(Groups.NETWORK_COORDINATORS);
        refused(report, Map.of(Names.EVALUATION_REPORT, "För kort."), "evaluationReport");
        complete(report, "koordinator", Map.of(Names.EVALUATION_REPORT,
                "Få svar; nästa år påminner samordnarna paren om enkäten vid avslutet."));
        Assertions.assertThat(jdbc.queryForObject("select evaluation_report from mentorship_programme where business_key = ?",
                String.class, key)).isEqualTo("Få svar; nästa år påminner samordnarna paren om enkäten vid avslutet.");

        // the report goes to the education council and to the training coordinators of the agencies whose adept or
        // mentor took part (csn, spv, tullverket; not msb, whose adept declined), each person once, with the compiled
        // results as the form showed them: nothing of the hidden answers
        Assertions.assertThat(jdbc.queryForList("select recipient_address from notification_mail where business_key = ?"
                + " and kind = 'mentorship' and subject like 'Rapport om utvärderingen%'", String.class, key))
                .containsExactlyInAnyOrder("koordinator@spv.example", "utbildningsadmin@bolagsverket.example",
                        "utbkoord-bolagsverket@bolagsverket.example", "utbkoord-csn@csn.example", "utbkoord-spv@spv.example",
                        "utbkoord-msb@msb.example", "utbkoord-tullverket@tullverket.example");
        Assertions.assertThat(body(key, "mentorship", "utbkoord-tullverket@tullverket.example", "Rapport om utvärderingen%"))
                .contains("Hej ", "Mentorprogram 2027", "Slutsatser:\nFå svar; nästa år påminner samordnarna paren om enkäten"
                        + " vid avslutet.", "Sammanställning av svaren:\nSvar: 3 av 4 (75,0 %)", "minst 5")
                .doesNotContain("Mentorn lyssnade", "Fler gemensamma", "NPS");

        assertThat(instance).isEnded().hasPassedInOrder(START_EVENT_PROGRAMME_OPENED, SERVICE_TASK_PREPARE_PROGRAMME,
                USER_TASK_STATE_PARTICIPATION, BOUNDARY_EVENT_PARTICIPATION_DEADLINE, GATEWAY_PARTICIPATION_CLOSED,
                SERVICE_TASK_COMPILE_NOMINATIONS, USER_TASK_APPROVE_NOMINATIONS, GATEWAY_APPROVAL_CLOSED,
                GATEWAY_JOIN_MATCHING, SERVICE_TASK_PROPOSE_MATCHING, GATEWAY_NEW_PAIRS, USER_TASK_CONFIRM_MATCHING,
                SERVICE_TASK_RECORD_MATCHING, USER_TASK_ANSWER_MATCH, SERVICE_TASK_COMPILE_ANSWERS, GATEWAY_ANY_DECLINE,
                GATEWAY_JOIN_MATCHING, SERVICE_TASK_PROPOSE_MATCHING, GATEWAY_NEW_PAIRS, USER_TASK_CONFIRM_MATCHING,
                SERVICE_TASK_RECORD_MATCHING, USER_TASK_ANSWER_MATCH, SERVICE_TASK_COMPILE_ANSWERS, GATEWAY_ANY_DECLINE,
                GATEWAY_ANY_ACCEPTED_PAIRS, SERVICE_TASK_BOOK_COSTS, INTERMEDIATE_EVENT_KICK_OFF,
                SERVICE_TASK_INVITE_TO_KICK_OFF, GATEWAY_PROGRAMME_RUNS, INTERMEDIATE_EVENT_MID_POINT,
                USER_TASK_MID_POINT_CHECK_IN, BOUNDARY_EVENT_PERIOD_OVER, GATEWAY_EARLY_END_CLOSED, GATEWAY_PERIOD_OVER,
                INTERMEDIATE_EVENT_CLOSING, SERVICE_TASK_SEND_EVALUATION, USER_TASK_CLOSING_CHECK_IN,
                SERVICE_TASK_CLOSE_PROGRAMME, INTERMEDIATE_EVENT_EVALUATION_CLOSED, SERVICE_TASK_COMPILE_EVALUATION,
                GATEWAY_ANY_EVALUATION_ANSWERS, USER_TASK_WRITE_EVALUATION_REPORT, SERVICE_TASK_SEND_EVALUATION_REPORT,
                GATEWAY_EVALUATION_DONE, END_EVENT_PROGRAMME_CLOSED);
        assertThat(instance).hasNotPassed(BOUNDARY_EVENT_APPROVAL_DEADLINE, SERVICE_TASK_CANCEL_PROGRAMME);
        Assertions.assertThat(jdbc.queryForList("select adept_agency || ':' || status || ':' || meetings from mentorship_pair"
                + " where business_key = ? and status <> 'DECLINED' order by id", String.class, key))
                .containsExactly("csn:COMPLETED:8", "spv:ENDED_EARLY:1");
        Assertions.assertThat(jdbc.queryForObject("select end_reason from mentorship_pair where business_key = ?"
                + " and adept_agency = 'spv'", String.class, key)).isEqualTo("Adepten har bytt arbetsgivare.");
        Assertions.assertThat(jdbc.queryForMap("select status, allocation_id from mentorship_programme where business_key = ?", key))
                .containsEntry("STATUS", "CLOSED").containsEntry("ALLOCATION_ID", allocation.get("ID"));
        Assertions.assertThat(historyVariable(instance, Names.COMPLETED_PAIR_COUNT)).isEqualTo(1);
        Assertions.assertThat(historyVariable(instance, Names.TOTAL_MEETINGS)).isEqualTo(9L);
        Assertions.assertThat(jdbc.queryForList("select agency_code || ':' || person_role || ':' || status from mentorship_person"
                + " where business_key = ? order by agency_code, person_role", String.class, key))
                .containsExactly("csn:ADEPT:PAIRED", "csn:MENTOR:PAIRED", "msb:ADEPT:DECLINED", "spv:ADEPT:PAIRED",
                        "tullverket:MENTOR:PAIRED");
    }

    @Test
    void whenEveryoneAcceptsAtOnceTheCostIsBookedAndThePairWaitsForTheKickOff() {
        ProcessInstance instance = start("Mentorprogram 2029", 1, 12000);
        String key = instance.getBusinessKey();
        nominate(instance, "csn", adept(true, "Anna Adeptsson", "anna@csn.example", "it", true, "[\"svenska\"]", "Bli chef."));
        Map<String, Object> spv = new HashMap<>(Map.of(Names.PARTICIPATES, true));
        spv.putAll(mentor("Sven Spv", "sven@spv.example", "it", false, "[\"svenska\"]", "Lång IT-erfarenhet."));
        nominate(instance, "spv", spv);
        executeJob(instance, BOUNDARY_EVENT_PARTICIPATION_DEADLINE);
        approve(instance, "csn", true, null);
        approve(instance, "spv", true, null);
        Assertions.assertThat(variable(instance, Names.PAIR_PLAN)).isEqualTo("csn → spv");
        complete(single(instance, USER_TASK_CONFIRM_MATCHING), "utbkoord-msb", Map.of(Names.PAIR_PLAN, "csn → spv"));
        answer(instance, "csn", true, null);
        answer(instance, "spv", true, null);

        assertThat(instance).hasPassedInOrder(SERVICE_TASK_COMPILE_ANSWERS, GATEWAY_ANY_DECLINE, GATEWAY_ANY_ACCEPTED_PAIRS,
                SERVICE_TASK_BOOK_COSTS).isWaitingAt(INTERMEDIATE_EVENT_KICK_OFF);
        assertThat(instance).hasNotPassed(SERVICE_TASK_CANCEL_PROGRAMME);
        Assertions.assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(SERVICE_TASK_PROPOSE_MATCHING).count()).as("matched once").isEqualTo(1);
        Assertions.assertThat(jdbc.queryForList("select l.agency_code || '=' || l.share from cost_allocation_line l"
                + " join cost_allocation a on a.id = l.allocation_id where a.activity_key = ? order by l.agency_code",
                String.class, key)).containsExactly("csn=6000.00", "spv=6000.00");
        Assertions.assertThat(jdbc.queryForObject("select status from mentorship_programme where business_key = ?",
                String.class, key)).isEqualTo("RUNNING");
        Assertions.assertThat(variable(instance, Names.MATCHING_PROPOSAL)).contains("4 poäng", "samma område", "gemensamt språk: svenska (+1)");

        // the only pair ends before the mid-point: no check-in at all, the programme closes on its last day
        executeJob(instance, INTERMEDIATE_EVENT_KICK_OFF);
        endEarly(instance, "csn", 0, "Mentorn har gått i pension.");
        assertThat(instance).hasPassed(USER_TASK_REPORT_EARLY_END, GATEWAY_EARLY_END_CLOSED).isWaitingAt(INTERMEDIATE_EVENT_MID_POINT);
        Assertions.assertThat(managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(BOUNDARY_EVENT_PERIOD_OVER).count()).as("the pair ended: no timer for its standing task").isZero();
        executeJob(instance, INTERMEDIATE_EVENT_MID_POINT);
        executeJob(instance, INTERMEDIATE_EVENT_CLOSING);
        // the pair that ended early is asked to evaluate; nobody answers before the survey closes: no report
        Assertions.assertThat(mailsTo(key, "mentorship-survey")).containsExactlyInAnyOrder("anna@csn.example",
                "sven@spv.example");
        executeJob(instance, INTERMEDIATE_EVENT_EVALUATION_CLOSED);
        assertThat(instance).isEnded().hasPassedInOrder(SERVICE_TASK_SEND_EVALUATION, SERVICE_TASK_CLOSE_PROGRAMME,
                SERVICE_TASK_COMPILE_EVALUATION, GATEWAY_ANY_EVALUATION_ANSWERS, GATEWAY_EVALUATION_DONE)
                .hasNotPassed(USER_TASK_WRITE_EVALUATION_REPORT, SERVICE_TASK_SEND_EVALUATION_REPORT);
        Assertions.assertThat(count("select count(*) from notification_mail where business_key = ? and subject like"
                + " 'Rapport om utvärderingen%'", key)).isZero();
        Assertions.assertThat(jdbc.queryForMap("select evaluation_invited, evaluation_responses from mentorship_programme"
                + " where business_key = ?", key)).containsEntry("EVALUATION_INVITED", 2).containsEntry("EVALUATION_RESPONSES", 0);
        Assertions.assertThat(historyVariable(instance, Names.EVALUATION_OVERALL)).isEqualTo("Svar: 0 av 2 (0,0 %)");
        assertThat(instance).isEnded().hasPassed(END_EVENT_PROGRAMME_CLOSED)
                .hasNotPassed(USER_TASK_MID_POINT_CHECK_IN, USER_TASK_CLOSING_CHECK_IN, BOUNDARY_EVENT_PERIOD_OVER);
        Assertions.assertThat(jdbc.queryForMap("select status, meetings, end_reason from mentorship_pair where business_key = ?", key))
                .containsEntry("STATUS", "ENDED_EARLY").containsEntry("MEETINGS", 0)
                .containsEntry("END_REASON", "Mentorn har gått i pension.");
        Assertions.assertThat(jdbc.queryForList("select recipient_address from notification_mail where business_key = ?"
                + " and kind = 'mentorship' and subject like 'Ett par i mentorprogrammet har avslutats i förtid%'",
                String.class, key)).containsExactlyInAnyOrder("utbkoord-csn@csn.example", "utbkoord-spv@spv.example");
        Assertions.assertThat(historyVariable(instance, Names.COMPLETED_PAIR_COUNT)).isEqualTo(0);
    }

    @Test
    void withFiveAdeptsAndFiveMentorsAnsweringTheResultsAreShownForAllAndPerRole() {
        List<String> adepts = List.of("csn", "spv", "msb", "fba", "bolagsverket");
        List<String> mentors = List.of("tullverket", "forsakringskassan", "lansstyrelsen", "miun", "spsm");
        ProcessInstance instance = start("Mentorprogram 2030", 5, 8000);
        String key = instance.getBusinessKey();
        for (String agency : adepts) {
            nominate(instance, agency, adept(true, "Adept " + agency, "adept@" + agency + ".example", "it", true,
                    "[\"svenska\"]", "Bli en bättre chef."));
        }
        for (String agency : mentors) {
            Map<String, Object> form = new HashMap<>(Map.of(Names.PARTICIPATES, true));
            form.putAll(mentor("Mentor " + agency, "mentor@" + agency + ".example", "it", true, "[\"svenska\"]",
                    "Chef i många år."));
            nominate(instance, agency, form);
        }
        executeJob(instance, BOUNDARY_EVENT_PARTICIPATION_DEADLINE);
        for (String agency : adepts) {
            approve(instance, agency, true, null);
        }
        for (String agency : mentors) {
            approve(instance, agency, true, null);
        }
        complete(single(instance, USER_TASK_CONFIRM_MATCHING), "utbkoord-msb", Map.of(Names.PAIR_PLAN,
                variable(instance, Names.PAIR_PLAN)));
        for (String agency : adepts) {
            answer(instance, agency, true, null);
        }
        for (String agency : mentors) {
            answer(instance, agency, true, null);
        }
        executeJob(instance, INTERMEDIATE_EVENT_KICK_OFF);
        executeJob(instance, INTERMEDIATE_EVENT_MID_POINT);
        for (String agency : adepts) {
            checkIn(instance, USER_TASK_MID_POINT_CHECK_IN, agency, 2);
        }
        executeJob(instance, BOUNDARY_EVENT_PERIOD_OVER);
        executeJob(instance, INTERMEDIATE_EVENT_CLOSING);
        for (String agency : adepts) {
            checkIn(instance, USER_TASK_CLOSING_CHECK_IN, agency, 6);
        }
        Assertions.assertThat(mailsTo(key, "mentorship-survey")).hasSize(10).doesNotHaveDuplicates();

        // adepts: goals 5 4 4 3 5, matching 4 4 5 3 4, arrangement 3 4 4 4 5, recommend 10 9 8 6 10 (NPS 40)
        int[][] adeptScores = {{5, 4, 3, 10}, {4, 4, 4, 9}, {4, 5, 4, 8}, {3, 3, 4, 6}, {5, 4, 5, 10}};
        for (int i = 0; i < adepts.size(); i++) {
            int[] a = adeptScores[i];
            answerSurvey(surveyLink(body(key, "mentorship-survey", "adept@" + adepts.get(i) + ".example")), a[0], a[1],
                    a[2], a[3], i == 0 ? "Perspektiv från en annan myndighet." : "", "");
        }
        // mentors: goals 4 each, matching 5 5 4 4 5, arrangement 3 each, recommend 9 each (NPS 100)
        int[] mentorMatching = {5, 5, 4, 4, 5};
        for (int i = 0; i < mentors.size(); i++) {
            answerSurvey(surveyLink(body(key, "mentorship-survey", "mentor@" + mentors.get(i) + ".example")), 4,
                    mentorMatching[i], 3, 9, "", i == 0 ? "Tydligare mål från start." : "");
        }

        executeJob(instance, INTERMEDIATE_EVENT_EVALUATION_CLOSED);
        assertThat(instance).isWaitingAt(USER_TASK_WRITE_EVALUATION_REPORT);
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), Names.EVALUATION_HIDDEN)).isEqualTo(false);
        // all ten: goals 4,10, matching 4,30, arrangement 3,50, NPS (8 promoters - 1 detractor) / 10 = 70
        Assertions.assertThat(variable(instance, Names.EVALUATION_OVERALL)).contains("Svar: 10 av 10 (100,0 %)",
                "mål du hade med programmet?: 4,10 av 5", "matchningen med din adept eller mentor?: 4,30 av 5",
                "stödet från utbildningssamordnaren?: 3,50 av 5", "till en kollega?: NPS 70",
                "– Perspektiv från en annan myndighet.", "– Tydligare mål från start.");
        Assertions.assertThat(variable(instance, Names.EVALUATION_ADEPTS)).contains("Svar: 5 av 5 (100,0 %)",
                "programmet?: 4,20 av 5", "mentor?: 4,00 av 5", "utbildningssamordnaren?: 4,00 av 5", "NPS 40",
                "– Perspektiv från en annan myndighet.").doesNotContain("Tydligare mål");
        Assertions.assertThat(variable(instance, Names.EVALUATION_MENTORS)).contains("Svar: 5 av 5 (100,0 %)",
                "programmet?: 4,00 av 5", "mentor?: 4,60 av 5", "utbildningssamordnaren?: 3,00 av 5", "NPS 100",
                "– Tydligare mål från start.").doesNotContain("Perspektiv");
        // the answers carry their round and role only
        Assertions.assertThat(jdbc.queryForList("select respondent_group, count(*) from survey_response where round_key = ?"
                + " group by respondent_group order by respondent_group", key)).extracting(row -> row.values().toString())
                .containsExactly("[adept, 5]", "[mentor, 5]");
        complete(single(instance, USER_TASK_WRITE_EVALUATION_REPORT), "koordinator", Map.of(Names.EVALUATION_REPORT,
                "Paren nådde sina mål; upplägget behöver fler gemensamma träffar."));
        assertThat(instance).isEnded().hasPassed(USER_TASK_WRITE_EVALUATION_REPORT, END_EVENT_PROGRAMME_CLOSED);
    }

    @Test
    void withoutAnApprovedPairTheProgrammeIsCancelledAndTheAgenciesAreTold() {
        ProcessInstance instance = start("Mentorprogram 2028", 3, 5000);
        String key = instance.getBusinessKey();
        nominate(instance, "csn", adept(true, "Anna Adeptsson", "anna@csn.example", "it", true, "[\"svenska\"]", "Bli chef."));
        Map<String, Object> spv = new HashMap<>(Map.of(Names.PARTICIPATES, true));
        spv.putAll(mentor("Sven Spv", "sven@spv.example", "it", true, "[\"svenska\"]", "Chef i tio år."));
        nominate(instance, "spv", spv);
        for (Task task : tasks(instance, USER_TASK_STATE_PARTICIPATION)) {
            taskService.setAssignee(task.getId(), "utbkoord");
            formService.submitTaskForm(task.getId(), new HashMap<>(Map.of(Names.PARTICIPATES, false)));
        }
        // every agency answered: the round closes without waiting for the deadline
        assertThat(instance).hasPassed(GATEWAY_PARTICIPATION_CLOSED).isWaitingAt(USER_TASK_APPROVE_NOMINATIONS);
        Assertions.assertThat(tasks(instance, USER_TASK_APPROVE_NOMINATIONS)).hasSize(2);
        approve(instance, "spv", false, "Mentorn behövs i ett projekt i år.");
        // CSN's head does not answer in time: not approved
        executeJob(instance, BOUNDARY_EVENT_APPROVAL_DEADLINE);

        assertThat(instance).isEnded().hasPassedInOrder(USER_TASK_STATE_PARTICIPATION, GATEWAY_PARTICIPATION_CLOSED,
                SERVICE_TASK_COMPILE_NOMINATIONS, USER_TASK_APPROVE_NOMINATIONS, BOUNDARY_EVENT_APPROVAL_DEADLINE,
                GATEWAY_APPROVAL_CLOSED, GATEWAY_JOIN_MATCHING, SERVICE_TASK_PROPOSE_MATCHING, GATEWAY_NEW_PAIRS,
                GATEWAY_ANY_ACCEPTED_PAIRS, SERVICE_TASK_CANCEL_PROGRAMME, END_EVENT_PROGRAMME_CANCELLED);
        assertThat(instance).hasNotPassed(BOUNDARY_EVENT_PARTICIPATION_DEADLINE, USER_TASK_CONFIRM_MATCHING,
                SERVICE_TASK_BOOK_COSTS);
        Assertions.assertThat(jdbc.queryForList("select agency_code || ':' || status from mentorship_person where business_key = ?"
                + " order by agency_code", String.class, key)).containsExactly("csn:NOMINATED", "spv:NOT_APPROVED");
        Assertions.assertThat(jdbc.queryForObject("select head_comment from mentorship_person where business_key = ?"
                + " and agency_code = 'spv'", String.class, key)).isEqualTo("Mentorn behövs i ett projekt i år.");
        Assertions.assertThat(jdbc.queryForObject("select status from mentorship_programme where business_key = ?",
                String.class, key)).isEqualTo("CANCELLED");
        Assertions.assertThat(mailsTo(key, "mentorship")).containsExactlyInAnyOrder("koordinator@spv.example",
                "utbkoord-csn@csn.example", "utbkoord-spv@spv.example");
        Assertions.assertThat(subject(key, "mentorship", "utbkoord-csn@csn.example"))
                .isEqualTo("Mentorprogrammet ställs in: Mentorprogram 2028 (" + key + ")");
        Assertions.assertThat(count("select count(*) from cost_allocation where activity_key = ?", key)).isZero();
    }

    @Test
    void theStartFormsDatesAreCheckedOnTheServer() {
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(MentorshipProcess.KEY)
                .latestVersion().singleResult().getId();
        LocalDate today = NetworkTime.today();
        Map<String, Object> form = startForm("Mentorprogram", 2, 1000);
        form.put(Names.PERIOD_START, today.plusDays(5).toString());
        assertThatThrownBy(() -> formService.submitStartForm(definitionId, form))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("(periodStart)");
        form.put(Names.PERIOD_START, today.plusDays(30).toString());
        form.put(Names.PERIOD_END, today.plusDays(30).toString());
        assertThatThrownBy(() -> formService.submitStartForm(definitionId, form))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("(periodEnd)");
        form.put(Names.PERIOD_END, today.plusDays(300).toString());
        form.put(Names.LAST_ANSWER_DATE, today.minusDays(1).toString());
        assertThatThrownBy(() -> formService.submitStartForm(definitionId, form))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("(lastAnswerDate)");
        form.put(Names.LAST_ANSWER_DATE, today.plusDays(10).toString());
        form.put(Names.PAIR_COUNT, 0L);
        assertThatThrownBy(() -> formService.submitStartForm(definitionId, form))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("(pairCount)");
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(MentorshipProcess.KEY)
                .active().list()).allSatisfy(p -> Assertions.assertThat(p.getBusinessKey()).startsWith("MENTOR-"));
    }

    // --- helpers -------------------------------------------------------------------------------

    private Map<String, Object> startForm(String title, long pairs, long costPerPair) {
        LocalDate today = NetworkTime.today();
        Map<String, Object> form = new HashMap<>();
        form.put(Names.TITLE, title);
        form.put(Names.PERIOD_START, today.plusDays(30).toString());
        form.put(Names.PERIOD_END, today.plusDays(300).toString());
        form.put(Names.PAIR_COUNT, pairs);
        form.put(Names.COST_PER_PAIR, costPerPair);
        form.put(Names.LAST_ANSWER_DATE, today.plusDays(10).toString());
        return form;
    }

    private ProcessInstance start(String title, long pairs, long costPerPair) {
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(MentorshipProcess.KEY)
                .latestVersion().singleResult().getId();
        ProcessInstance started = formService.submitStartForm(definitionId, startForm(title, pairs, costPerPair));
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(started.getId()).singleResult();
        assertThat(instance).hasPassed(START_EVENT_PROGRAMME_OPENED, SERVICE_TASK_PREPARE_PROGRAMME)
                .isWaitingAt(USER_TASK_STATE_PARTICIPATION);
        return instance;
    }

    private static Map<String, Object> adept(boolean participates, String name, String email, String area, boolean leadership,
            String languages, String goals) {
        Map<String, Object> form = new HashMap<>();
        form.put(Names.PARTICIPATES, participates);
        form.put(Names.ADEPT_NAME, name);
        form.put(Names.ADEPT_EMAIL, email);
        form.put(Names.ADEPT_AREA, area);
        form.put(Names.ADEPT_LEADERSHIP, leadership);
        form.put(Names.ADEPT_LANGUAGES, SpinValues.jsonValue(languages).create());
        form.put(Names.ADEPT_GOALS, goals);
        return form;
    }

    private static Map<String, Object> mentor(String name, String email, String area, boolean leadership, String languages,
            String offers) {
        Map<String, Object> form = new HashMap<>();
        form.put(Names.MENTOR_NAME, name);
        form.put(Names.MENTOR_EMAIL, email);
        form.put(Names.MENTOR_AREA, area);
        form.put(Names.MENTOR_LEADERSHIP, leadership);
        form.put(Names.MENTOR_LANGUAGES, SpinValues.jsonValue(languages).create());
        form.put(Names.MENTOR_OFFERS, offers);
        return form;
    }

    private void nominate(ProcessInstance instance, String agency, Map<String, Object> form) {
        complete(agencyTask(instance, USER_TASK_STATE_PARTICIPATION, Groups.trainingCoordinatorsOf(agency)),
                "utbkoord-" + agency, form);
    }

    private void approve(ProcessInstance instance, String agency, boolean approves, String comment) {
        Map<String, Object> form = new HashMap<>();
        form.put(Names.HEAD_APPROVES, approves);
        form.put(Names.HEAD_COMMENT, comment);
        complete(agencyTask(instance, USER_TASK_APPROVE_NOMINATIONS, Groups.headsOf(agency)), "chef-" + agency, form);
    }

    /** Answers the first open answer task of the agency's training coordinators. */
    private void answer(ProcessInstance instance, String agency, boolean accepts, String reason) {
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(USER_TASK_ANSWER_MATCH)
                .taskCandidateGroup(Groups.trainingCoordinatorsOf(agency)).list().get(0);
        Map<String, Object> form = new HashMap<>();
        form.put(Names.ACCEPTS, accepts);
        form.put(Names.DECLINE_REASON, reason);
        complete(task, "utbkoord-" + agency, form);
    }

    /** The personal link in a survey mail. */
    private static String surveyLink(String mailBody) {
        Matcher link = Pattern.compile("http://\\S+" + Pattern.quote(Surveys.PATH) + "[A-Za-z0-9_-]{43}").matcher(mailBody);
        Assertions.assertThat(link.find()).as("a survey link in: " + mailBody).isTrue();
        return link.group();
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    /** Answers the evaluation on its page as a browser would (the page first, then its form); nothing about the person. */
    private void answerSurvey(String link, int goals, int matching, int arrangement, int recommend, String valuable,
            String improve) {
        String form = "goals=" + goals + "&matching=" + matching + "&arrangement=" + arrangement + "&recommend=" + recommend
                + "&valuable=" + URLEncoder.encode(valuable, StandardCharsets.UTF_8)
                + "&improve=" + URLEncoder.encode(improve, StandardCharsets.UTF_8);
        HttpResponse<String> answered = SurveyFormPost.post(http, port, Surveys.PATH, "questionnaire-form", token(link),
                FORM, form);
        Assertions.assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    }

    private void checkIn(ProcessInstance instance, String activity, String agency, long meetings) {
        complete(agencyTask(instance, activity, Groups.trainingCoordinatorsOf(agency)), "utbkoord-" + agency,
                Map.of(Names.MEETINGS_HELD, meetings));
    }

    private void endEarly(ProcessInstance instance, String adeptAgency, long meetings, String reason) {
        complete(agencyTask(instance, USER_TASK_REPORT_EARLY_END, Groups.trainingCoordinatorsOf(adeptAgency)),
                "utbkoord-" + adeptAgency, Map.of(Names.MEETINGS_HELD, meetings, Names.END_REASON, reason));
    }

    private void complete(Task task, String user, Map<String, Object> form) {
        taskService.setAssignee(task.getId(), user);
        formService.submitTaskForm(task.getId(), form);
    }

    private void refused(Task task, Map<String, Object> form, String field) {
        assertThatThrownBy(() -> formService.submitTaskForm(task.getId(), form))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("(" + field + ")");
        Assertions.assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    private void executeJob(ProcessInstance instance, String activity) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(activity).singleResult().getId());
    }

    private List<Task> tasks(ProcessInstance instance, String activity) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).list();
    }

    private Task single(ProcessInstance instance, String activity) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).singleResult();
    }

    private Task agencyTask(ProcessInstance instance, String activity, String group) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity)
                .taskCandidateGroup(group).singleResult();
    }

    private String variable(ProcessInstance instance, String name) {
        return (String) runtimeService.getVariable(instance.getId(), name);
    }

    private Object historyVariable(ProcessInstance instance, String name) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name)
                .singleResult().getValue();
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private List<String> mailsTo(String key, String kind) {
        return jdbc.queryForList("select recipient_address from notification_mail where business_key = ? and kind = ?",
                String.class, key, kind);
    }

    private String body(String key, String kind, String address) {
        return jdbc.queryForObject("select body_text from notification_mail where business_key = ? and kind = ?"
                + " and recipient_address = ?", String.class, key, kind, address);
    }

    private String body(String key, String kind, String address, String subjectLike) {
        return jdbc.queryForObject("select body_text from notification_mail where business_key = ? and kind = ?"
                + " and recipient_address = ? and subject like ?", String.class, key, kind, address, subjectLike);
    }

    private String subject(String key, String kind, String address) {
        return jdbc.queryForObject("select subject from notification_mail where business_key = ? and kind = ?"
                + " and recipient_address = ?", String.class, key, kind, address);
    }

    /** Issue 17: whatever path ran, no variable is stored as a Java object (lists and maps are Spin JSON). */
    @AfterEach
    void noVariableIsStoredAsAJavaObject() {
        StoredVariables.assertNoneStoredAsJava(jdbc);
    }
}
