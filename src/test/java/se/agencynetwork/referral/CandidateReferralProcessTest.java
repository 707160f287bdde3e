package se.agencynetwork.referral;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.agencynetwork.models.ids.CandidateReferralModel.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.referral.ReferralVariables.Names;

/**
 * Every path of {@code candidate-referral} with the real delegates, the demo directory, forms enforced
 * and the consent page and the profiles page over real HTTP: consent and the sharing period ends,
 * consent and withdrawal, decline, no answer after a reminder. After each end the candidate's name and
 * address are searched for in the referral's tables, the mails and the engine's history
 * ({@code ACT_HI_VARINST}, {@code ACT_HI_DETAIL}): nothing may be left. Timers and asynchronous steps
 * are executed as jobs by the test. Every flow node and sequence flow must be covered by this class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@ExtendWith(OutputCaptureExtension.class)
class CandidateReferralProcessTest {

    static final Pattern LINK = Pattern.compile("/referral/([A-Za-z0-9_-]{43})");
    static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    @TestConfiguration
    @Import(ProcessEngineCoverageConfiguration.class)
    static class CoverageGate {
        @Bean
        @Primary
        ProcessEngineCoverageProperties candidateReferralCoverage() {
            return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0).build();
        }
    }

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired RepositoryService repositoryService;
    @Autowired FormService formService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static int sequence;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void resetAssertions() {
        identityService.clearAuthentication();
        BpmnAwareTests.reset();
    }

    // ---- paths ----

    @Test
    void consentedProfileIsSharedWithOtherAgenciesUntilThePeriodEndsThenEverythingIsDeleted(CapturedOutput log) throws Exception {
        Candidate anna = candidate("Anna");
        ProcessInstance referral = start("utbkoord-spv", anna, true);
        String link = requestConsent(referral, anna);

        // the start form's values are gone from the process and from the engine's history already
        Assertions.assertThat(runtimeService.getVariables(referral.getId()).keySet())
                .containsExactlyInAnyOrder(Names.INITIATOR, Names.REFERRAL_ID, Names.CONSENT_REMINDER_AT, Names.CONSENT_DEADLINE);
        assertNothingOfTheCandidateInTheEngine(anna);

        HttpResponse<String> page = get("/referral/" + link, null);
        Assertions.assertThat(page.statusCode()).isEqualTo(200);
        Assertions.assertThat(page.body()).contains(anna.name(), anna.email(), "Verksamhetsjurist", "6.1 a",
                "6 månader", "Statens tjänstepensionsverk", "Jag samtycker");

        HttpResponse<String> consented = answer(link, "consent");
        Assertions.assertThat(consented.statusCode()).isEqualTo(200);
        String sharedUntil = LocalDate.now(NetworkTime.ZONE).plusMonths(6).toString();
        Assertions.assertThat(consented.body()).contains("Tack för ditt samtycke", sharedUntil);
        assertThat(referral).isWaitingAt(RECEIVE_TASK_PROFILE_SHARED);
        Assertions.assertThat(status(referral)).isEqualTo("CONSENTED");
        Assertions.assertThat(jdbc.queryForObject("select shared_until from candidate_referral where process_instance_id = ?",
                java.sql.Timestamp.class, referral.getId()).toLocalDateTime().toLocalDate().toString()).isEqualTo(sharedUntil);

        // the HR person who referred is told the profile is shared, and until when
        Assertions.assertThat(referrerMails(referral, "utbkoord-spv", anna)).singleElement().asString()
                .contains("Kandidaten har samtyckt och profilen delas", "Verksamhetsjurist", "till och med " + sharedUntil);

        // the same link now offers withdrawal
        Assertions.assertThat(get("/referral/" + link, null).body()).contains("Du har samtyckt", "Återkalla mitt samtycke");

        // other agencies' HR see it, the referring agency and people who are not HR do not
        HttpResponse<String> csn = get("/referrals", "utbkoord-csn");
        Assertions.assertThat(csn.statusCode()).isEqualTo(200);
        Assertions.assertThat(csn.body()).contains(anna.name(), anna.email(), "Verksamhetsjurist hos Statens tjänstepensionsverk",
                "0 myndigheter", "<a id=\"home\" href=\"/\">Till startsidan</a>");
        Assertions.assertThat(get("/referrals", "chef-csn").body()).contains(anna.name());
        HttpResponse<String> own = get("/referrals", "utbkoord-spv");
        Assertions.assertThat(own.statusCode()).isEqualTo(200);
        Assertions.assertThat(own.body()).doesNotContain(anna.name());
        Assertions.assertThat(get("/referrals", "koordinator").statusCode()).isEqualTo(403);
        Assertions.assertThat(get("/referrals", "admin").statusCode()).isEqualTo(403);
        Assertions.assertThat(get("/referrals", null).statusCode()).isEqualTo(401);

        // CSN and Bolagsverket record that they contacted the candidate: counted once per agency
        String referralId = referralId(referral);
        HttpResponse<String> recorded = contacted(referralId, "utbkoord-csn");
        Assertions.assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
        Assertions.assertThat(contacted(referralId, "chef-bolagsverket").statusCode()).isEqualTo(302);
        // SPV's page does not list its own referral, so it has nothing to record it from (403 without a form, 404 with one)
        Assertions.assertThat(contacted(referralId, "utbkoord-spv").statusCode()).as("own agency").isIn(403, 404);
        // CSN's head sees that CSN has done it (the button is gone), and both agencies are counted
        Assertions.assertThat(get("/referrals", "chef-csn").body()).contains("2 myndigheter", "Din myndighet har kontaktat kandidaten");
        Assertions.assertThat(jdbc.queryForList("select agency_code from candidate_referral_contact where referral_id = ?"
                + " order by agency_code", String.class, referralId)).containsExactly("bolagsverket", "csn");

        executeJob(referral, BOUNDARY_EVENT_SHARING_PERIOD_OVER);
        executeJob(referral, SERVICE_TASK_DELETE_CANDIDATE_DATA);
        assertThat(referral).isEnded().hasPassedInOrder(START_EVENT_REFERRAL_STARTED, SERVICE_TASK_REGISTER_REFERRAL,
                SERVICE_TASK_REQUEST_CONSENT, RECEIVE_TASK_AWAIT_ANSWER, SERVICE_TASK_SHARE_PROFILE, RECEIVE_TASK_PROFILE_SHARED,
                BOUNDARY_EVENT_SHARING_PERIOD_OVER, GATEWAY_JOIN_SHARING_END, GATEWAY_JOIN_CLOSING,
                SERVICE_TASK_DELETE_CANDIDATE_DATA, END_EVENT_REFERRAL_CLOSED);
        Assertions.assertThat(status(referral)).isEqualTo("EXPIRED");
        assertEverythingDeleted(referral, anna, link);
        Assertions.assertThat(referrerMails(referral, "utbkoord-spv", anna)).hasSize(2).last().asString()
                .contains("Delningstiden är slut", "Myndigheter som har kontaktat kandidaten: 2", "raderade");
        Assertions.assertThat(get("/referrals", "utbkoord-csn").body()).doesNotContain(anna.name());
        // the contact stays counted, without anything about the candidate
        Assertions.assertThat(jdbc.queryForObject("select count(*) from candidate_referral_contact where referral_id = ?",
                Integer.class, referralId)).isEqualTo(2);
        // the application log is not deleted with the data: it names the candidate's mail only by letter and domain
        String logged = anna.email().charAt(0) + "***@example.se";
        Assertions.assertThat(log.getAll()).as("the application log").contains("(candidate-consent)", "to " + logged)
                .doesNotContain(anna.email()).doesNotContain(anna.name());
    }

    @Test
    void withdrawnConsentEndsTheSharingAndDeletesEverything() throws Exception {
        Candidate bo = candidate("Bo");
        ProcessInstance referral = start("chef-csn", bo, true);
        String link = requestConsent(referral, bo);
        Assertions.assertThat(answer(link, "consent").statusCode()).isEqualTo(200);
        Assertions.assertThat(get("/referrals", "utbkoord-spv").body()).contains(bo.name());
        Assertions.assertThat(answer(link, "consent").statusCode()).as("answered already").isEqualTo(409);

        HttpResponse<String> withdrawn = answer(link, "withdraw");
        Assertions.assertThat(withdrawn.statusCode()).isEqualTo(200);
        Assertions.assertThat(withdrawn.body()).contains("Samtycket är återkallat");
        Assertions.assertThat(get("/referrals", "utbkoord-spv").body()).as("not shown once withdrawn").doesNotContain(bo.name());

        executeJob(referral, SERVICE_TASK_DELETE_CANDIDATE_DATA);
        assertThat(referral).isEnded().hasPassedInOrder(RECEIVE_TASK_AWAIT_ANSWER, SERVICE_TASK_SHARE_PROFILE,
                RECEIVE_TASK_PROFILE_SHARED, GATEWAY_JOIN_SHARING_END, GATEWAY_JOIN_CLOSING, SERVICE_TASK_DELETE_CANDIDATE_DATA,
                END_EVENT_REFERRAL_CLOSED).hasNotPassed(BOUNDARY_EVENT_SHARING_PERIOD_OVER);
        Assertions.assertThat(status(referral)).isEqualTo("WITHDRAWN");
        Assertions.assertThat(referrerMails(referral, "chef-csn", bo)).hasSize(2).last().asString()
                .contains("Kandidaten har återkallat sitt samtycke", "Myndigheter som har kontaktat kandidaten: 0");
        Assertions.assertThat(jdbc.queryForObject("select referring_agency from candidate_referral where process_instance_id = ?",
                String.class, referral.getId())).isEqualTo("csn");
        assertEverythingDeleted(referral, bo, link);
    }

    @Test
    void declinedReferralSharesNothingAndDeletesEverything() throws Exception {
        Candidate cecilia = candidate("Cecilia");
        ProcessInstance referral = start("utbkoord-spv", cecilia, true);
        String link = requestConsent(referral, cecilia);
        Assertions.assertThat(answer(link, "withdraw").statusCode()).as("nothing to withdraw yet").isEqualTo(409);

        HttpResponse<String> declined = answer(link, "decline");
        Assertions.assertThat(declined.statusCode()).isEqualTo(200);
        Assertions.assertThat(declined.body()).contains("Ingenting delas");
        Assertions.assertThat(get("/referrals", "utbkoord-csn").body()).doesNotContain(cecilia.name());

        executeJob(referral, SERVICE_TASK_DELETE_CANDIDATE_DATA);
        assertThat(referral).isEnded().hasPassedInOrder(RECEIVE_TASK_AWAIT_ANSWER, BOUNDARY_EVENT_CANDIDATE_DECLINED,
                GATEWAY_JOIN_CLOSING, SERVICE_TASK_DELETE_CANDIDATE_DATA, END_EVENT_REFERRAL_CLOSED)
                .hasNotPassed(SERVICE_TASK_SHARE_PROFILE);
        Assertions.assertThat(status(referral)).isEqualTo("DECLINED");
        Assertions.assertThat(referrerMails(referral, "utbkoord-spv", cecilia)).singleElement().asString()
                .contains("Kandidaten avböjde", "Ingenting visades");
        assertEverythingDeleted(referral, cecilia, link);
    }

    @Test
    void noAnswerAfterAReminderIsNoConsentAndEverythingIsDeleted() throws Exception {
        Candidate dan = candidate("Dan");
        ProcessInstance referral = start("utbkoord-spv", dan, true);
        String link = requestConsent(referral, dan);

        executeJob(referral, BOUNDARY_EVENT_REMINDER_DUE);
        assertThat(referral).isWaitingAt(RECEIVE_TASK_AWAIT_ANSWER).hasPassed(SERVICE_TASK_REMIND_CANDIDATE,
                END_EVENT_CANDIDATE_REMINDED);
        List<Map<String, Object>> reminders = mails(referral, "candidate-consent-reminder");
        Assertions.assertThat(reminders).hasSize(1);
        Assertions.assertThat(reminders.get(0).get("recipient_address")).isEqualTo(dan.email());
        Matcher second = LINK.matcher((String) reminders.get(0).get("body_text"));
        Assertions.assertThat(second.find()).isTrue();
        Assertions.assertThat(get("/referral/" + second.group(1), null).statusCode()).as("the reminder's link works").isEqualTo(200);
        Assertions.assertThat(get("/referral/" + link, null).statusCode()).as("and the first one still does").isEqualTo(200);

        executeJob(referral, BOUNDARY_EVENT_ANSWER_DEADLINE_PASSED);
        executeJob(referral, SERVICE_TASK_DELETE_CANDIDATE_DATA);
        assertThat(referral).isEnded().hasPassedInOrder(RECEIVE_TASK_AWAIT_ANSWER, BOUNDARY_EVENT_ANSWER_DEADLINE_PASSED,
                GATEWAY_JOIN_CLOSING, SERVICE_TASK_DELETE_CANDIDATE_DATA, END_EVENT_REFERRAL_CLOSED)
                .hasNotPassed(SERVICE_TASK_SHARE_PROFILE);
        Assertions.assertThat(status(referral)).isEqualTo("NO_ANSWER");
        Assertions.assertThat(referrerMails(referral, "utbkoord-spv", dan)).singleElement().asString()
                .contains("Kandidaten svarade inte", "sista svarsdagen");
        assertEverythingDeleted(referral, dan, link);
        Assertions.assertThat(get("/referral/" + second.group(1), null).statusCode()).isEqualTo(404);
    }

    // ---- refusals ----

    @Test
    void anAnswerAfterTheDeadlineIsRefusedEvenBeforeTheTimerHasRun() throws Exception {
        Candidate jan = candidate("Jan");
        ProcessInstance referral = start("utbkoord-spv", jan, true);
        String link = requestConsent(referral, jan);
        java.util.Date due = (java.util.Date) runtimeService.getVariable(referral.getId(), Names.CONSENT_DEADLINE);
        java.time.Instant deadline = due.toInstant();
        Assertions.assertThat(java.time.LocalDate.ofInstant(deadline, NetworkTime.ZONE))
                .isEqualTo(LocalDate.now(NetworkTime.ZONE).plusDays(14));
        try {
            NetworkTime.setLocalNow(java.time.LocalDateTime.ofInstant(deadline, NetworkTime.ZONE).plusMinutes(1));
            Assertions.assertThat(answer(link, "consent").statusCode()).isEqualTo(409);
        } finally {
            NetworkTime.reset();
        }
        assertThat(referral).isWaitingAt(RECEIVE_TASK_AWAIT_ANSWER);
        Assertions.assertThat(status(referral)).isEqualTo("REQUESTED");
        runtimeService.deleteProcessInstance(referral.getId(), "test over", true, true);
    }

    @Test
    void aStarterWithoutAnAgencyIsRefusedAndNothingIsStored() {
        Candidate eva = candidate("Eva");
        int before = referrals();
        assertThatThrownBy(() -> start("admin", eva, true))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("inte kopplad till någon myndighet");
        Assertions.assertThat(referrals()).isEqualTo(before);
        Assertions.assertThat(jdbc.queryForObject("select count(*) from candidate_referral_person where candidate_email = ?",
                Integer.class, eva.email())).isZero();
    }

    @Test
    void theFormIsEnforcedOnTheServer() {
        int before = referrals();
        assertThatThrownBy(() -> start("utbkoord-spv", candidate("Frida"), false))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Kandidaten har informerats");
        Candidate badAddress = new Candidate("Gun Gran", "gun@example.se, bo@example.se");
        assertThatThrownBy(() -> start("utbkoord-spv", badAddress, true))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Kandidatens e-postadress");
        Map<String, Object> extra = form(candidate("Hans"), true);
        extra.put("referralId", "forged");
        assertThatThrownBy(() -> submit("utbkoord-spv", extra)).isInstanceOf(FormFieldValidationException.class);
        Assertions.assertThat(referrals()).isEqualTo(before);
    }

    @Test
    void anAnswerNotSentFromThePageIsRefusedAndChangesNothing() throws Exception {
        Candidate ida = candidate("Ida");
        ProcessInstance referral = start("utbkoord-spv", ida, true);
        String link = requestConsent(referral, ida);
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(uri("/referral/" + link))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("answer=consent&formToken=abc")).build(),
                HttpResponse.BodyHandlers.ofString());
        Assertions.assertThat(forged.statusCode()).isEqualTo(403);
        Assertions.assertThat(get("/referral/not-a-link", null).statusCode()).isEqualTo(404);
        Assertions.assertThat(get("/referral/" + "A".repeat(43), null).statusCode()).isEqualTo(404);
        assertThat(referral).isWaitingAt(RECEIVE_TASK_AWAIT_ANSWER);
        Assertions.assertThat(status(referral)).isEqualTo("REQUESTED");
        runtimeService.deleteProcessInstance(referral.getId(), "test over", true, true);
    }

    // ---- helpers ----

    record Candidate(String name, String email) {
    }

    static Candidate candidate(String firstName) {
        int n = ++sequence;
        return new Candidate(firstName + " Kandidatsson" + n, firstName.toLowerCase() + ".kandidat" + n + "@example.se");
    }

    static Map<String, Object> form(Candidate candidate, boolean informed) {
        Map<String, Object> values = new HashMap<>();
        values.put(Names.ROLE_TITLE, "Verksamhetsjurist");
        values.put(Names.CANDIDATE_NAME, candidate.name());
        values.put(Names.CANDIDATE_EMAIL, candidate.email());
        values.put(Names.COMPETENCES, "Förvaltningsrätt, offentlig upphandling, engelska");
        values.put(Names.EXPERIENCE, "Sex år som jurist vid en statlig myndighet");
        values.put(Names.LOCATIONS, "Sundsvall, Härnösand");
        values.put(Names.CANDIDATE_INFORMED, informed);
        return values;
    }

    ProcessInstance start(String user, Candidate candidate, boolean informed) {
        return submit(user, form(candidate, informed));
    }

    ProcessInstance submit(String user, Map<String, Object> values) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        String definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(CandidateReferralProcess.KEY).latestVersion().singleResult().getId();
        identityService.setAuthentication(user, groups);
        try {
            return formService.submitStartForm(definition, values);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Runs the asynchronous request step and returns the personal link the candidate received. */
    String requestConsent(ProcessInstance referral, Candidate candidate) {
        assertThat(referral).isWaitingAt(SERVICE_TASK_REQUEST_CONSENT);
        Assertions.assertThat(runtimeService.getVariable(referral.getId(), Names.CANDIDATE_NAME)).isNull();
        Assertions.assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(referral.getId()).singleResult().getBusinessKey()).startsWith("REFERRAL-");
        executeJob(referral, SERVICE_TASK_REQUEST_CONSENT);
        assertThat(referral).isWaitingAt(RECEIVE_TASK_AWAIT_ANSWER);
        List<Map<String, Object>> requests = mails(referral, "candidate-consent");
        Assertions.assertThat(requests).hasSize(1);
        Assertions.assertThat(requests.get(0).get("recipient_address")).isEqualTo(candidate.email());
        String text = (String) requests.get(0).get("body_text");
        Assertions.assertThat(text).contains(candidate.name(), "Verksamhetsjurist", "Svara senast");
        Matcher link = LINK.matcher(text);
        Assertions.assertThat(link.find()).as(text).isTrue();
        return link.group(1);
    }

    void executeJob(ProcessInstance referral, String activityId) {
        Job job = managementService.createJobQuery().processInstanceId(referral.getId()).activityId(activityId).singleResult();
        Assertions.assertThat(job).as("job at " + activityId).isNotNull();
        managementService.executeJob(job.getId());
    }

    /** Nothing of the candidate left: tables, mails, links, and the engine's variables and their history. */
    void assertEverythingDeleted(ProcessInstance referral, Candidate candidate, String link) throws Exception {
        String id = jdbc.queryForObject("select id from candidate_referral where process_instance_id = ?", String.class,
                referral.getId());
        Assertions.assertThat(jdbc.queryForObject("select count(*) from candidate_referral_person where referral_id = ?",
                Integer.class, id)).isZero();
        Assertions.assertThat(jdbc.queryForObject("select count(*) from candidate_referral_link where referral_id = ?",
                Integer.class, id)).isZero();
        Assertions.assertThat(jdbc.queryForObject("select count(*) from notification_mail where recipient_address = ?"
                + " or body_text like ?", Integer.class, candidate.email(), "%" + candidate.name() + "%")).isZero();
        Assertions.assertThat(jdbc.queryForObject("select closed_at from candidate_referral where id = ?",
                java.sql.Timestamp.class, id)).isNotNull();
        assertNothingOfTheCandidateInTheEngine(candidate);
        Assertions.assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(referral.getId())
                .variableName(Names.CANDIDATE_NAME).count()).isZero();
        Assertions.assertThat(get("/referral/" + link, null).statusCode()).isEqualTo(404);
    }

    /** The candidate's name and address appear nowhere in the engine's variables, their history and details. */
    void assertNothingOfTheCandidateInTheEngine(Candidate candidate) {
        for (String value : List.of(candidate.name(), candidate.email())) {
            for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
                Assertions.assertThat(jdbc.queryForObject("select count(*) from " + table + " where TEXT_ like ? or TEXT2_ like ?",
                        Integer.class, "%" + value + "%", "%" + value + "%")).as(value + " in " + table).isZero();
            }
        }
    }

    /**
     * The mails to the person who referred, subject and text, in the order written: each to their
     * directory address, and none naming the candidate (they outlive the candidate's data).
     */
    List<String> referrerMails(ProcessInstance referral, String referrer, Candidate candidate) {
        String address = identityService.createUserQuery().userId(referrer).singleResult().getEmail();
        List<Map<String, Object>> rows = jdbc.queryForList("select recipient_address, recipient_user_id, subject, body_text"
                + " from notification_mail where process_instance_id = ? and kind = 'referral-outcome'"
                + " order by created_at, dedup_key desc", referral.getId()).stream().map(CandidateReferralProcessTest::lowerKeys).toList();
        List<String> mails = new java.util.ArrayList<>();
        for (Map<String, Object> row : rows) {
            Assertions.assertThat(row.get("recipient_address")).isEqualTo(address);
            Assertions.assertThat(row.get("recipient_user_id")).isEqualTo(referrer);
            String mail = row.get("subject") + "\n" + row.get("body_text");
            Assertions.assertThat(mail).doesNotContain(candidate.name(), candidate.email());
            mails.add(mail);
        }
        return mails;
    }

    List<Map<String, Object>> mails(ProcessInstance referral, String kind) {
        return jdbc.queryForList("select recipient_address, body_text from notification_mail where process_instance_id = ?"
                + " and kind = ?", referral.getId(), kind).stream().map(CandidateReferralProcessTest::lowerKeys).toList();
    }

    static Map<String, Object> lowerKeys(Map<String, Object> row) {
        Map<String, Object> lower = new HashMap<>();
        row.forEach((key, value) -> lower.put(key.toLowerCase(), value));
        return lower;
    }

    String status(ProcessInstance referral) {
        return jdbc.queryForObject("select status from candidate_referral where process_instance_id = ?", String.class,
                referral.getId());
    }

    String referralId(ProcessInstance referral) {
        return jdbc.queryForObject("select id from candidate_referral where process_instance_id = ?", String.class,
                referral.getId());
    }

    int referrals() {
        return jdbc.queryForObject("select count(*) from candidate_referral", Integer.class);
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Answers on the consent page as a browser does: opens it, then posts with the page's form token and cookie. */
    HttpResponse<String> answer(String link, String answer) throws Exception {
        return postFromPage("/referral/" + link, "/referral/" + link, "referral-form", null, "answer=" + answer);
    }

    HttpResponse<String> contacted(String referralId, String user) throws Exception {
        return postFromPage("/referrals", "/referrals/" + referralId + "/contacted", "referrals-form", user, "");
    }

    HttpResponse<String> postFromPage(String pagePath, String postPath, String cookieName, String user, String body)
            throws Exception {
        HttpResponse<String> page = get(pagePath, user);
        Matcher token = FORM_TOKEN.matcher(page.body());
        Matcher cookie = Pattern.compile("(" + cookieName + "=[^;]+)").matcher(String.join("\n",
                page.headers().allValues("Set-Cookie")));
        Assertions.assertThat(cookie.find()).as("form cookie of " + pagePath).isTrue();
        String formToken = token.find() ? token.group(1) : "";
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(postPath)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie.group(1))
                .POST(HttpRequest.BodyPublishers.ofString((body.isEmpty() ? "" : body + "&") + "formToken=" + formToken,
                        StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
