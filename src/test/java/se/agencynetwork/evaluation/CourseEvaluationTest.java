package se.agencynetwork.evaluation;

import se.agencynetwork.models.ids.CourseEvaluationModel;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.ANY_RESPONSES;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.COURSE_END_DATE;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.COURSE_KEY;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.COURSE_TITLE;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.EVALUATION_REPORT;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.FOLLOW_UP_IDEA_TITLES;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.FOLLOW_UP_NOTES;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.NPS;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.OVERALL_AVERAGE;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.PARTICIPANTS_JSON;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.RELEVANCE_AVERAGE;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.RESPONSE_COUNT;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.RESPONSE_RATE;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.RESULTS_HIDDEN;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.RESULTS_NOTICE;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.STARTED_IDEAS;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.START_FOLLOW_UP_IDEAS;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.SURVEY_COMMENTS;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.TRAINER_AVERAGE;
import static se.agencynetwork.evaluation.EvaluationVariables.Names.WORK_CHANGED;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import se.agencynetwork.testsupport.StoredVariables;
import se.agencynetwork.process.ProcessJson;

import se.agencynetwork.testsupport.SurveyFormPost;
import se.agencynetwork.survey.LinkTokens;
import se.agencynetwork.survey.Surveys;
import se.agencynetwork.process.SurveyAnswers;

/**
 * Every path of {@code course-evaluation} with the real delegates and forms enforced, the survey
 * page (the shared questionnaire page, and the old links' address) over real HTTP (no login), and the
 * retention of participants' data. Timers are driven by
 * executing their jobs.
 */
// results are shown from two answers here, so that the main path shows them with two participants
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "network.survey.minimum-responses=2")
@Import(EvaluationCoverageConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CourseEvaluationTest {

    static final Pattern LINK = Pattern.compile(Pattern.quote(Surveys.PATH) + "([A-Za-z0-9_-]{43})");

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
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    EvaluationRetention retention;
    @Autowired
    SurveyAnswers surveyAnswers;
    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    static int sequence;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
        BpmnAwareTests.reset();
    }

    // ---- process paths ----

    @Test
    void answeredSurveyReportReviewWithFollowUpIdeasAndLevelThreeFollowUp() throws Exception {
        String key = nextKey();
        ProcessInstance pi = start(key, LocalDate.now(clock).minusDays(1), """
                [{"name":"Anna Andersson","email":"anna@spv.se","agency":"spv","attended":true},
                 {"name":"Bo Berg","email":"bo@csn.se","agency":"csn","attended":true},
                 {"name":"Cecilia Ek","email":"cecilia@csn.se","agency":"csn","attended":false},
                 {"name":"Bo Berg","email":"Bo@csn.se","agency":"csn","attended":true}]""");

        Map<String, String> links = surveyLinks(pi);
        Assertions.assertThat(links).containsOnlyKeys("anna@spv.se", "bo@csn.se");
        Assertions.assertThat(jdbc.queryForObject("select count(*) from survey_link where round_key = ? "
                + "and token_hash = ? and respondent_group = ?", Integer.class, key, LinkTokens.hash(links.get("anna@spv.se")),
                "participant")).isEqualTo(1);
        Assertions.assertThat(jdbc.queryForObject("select count(*) from survey_link where round_key = ?",
                Integer.class, key)).isEqualTo(2);
        Assertions.assertThat(jdbc.queryForObject("select questionnaire from survey_round where round_key = ?",
                String.class, key)).isEqualTo("course-evaluation");
        // the overview's attendance per agency: counts only (Bo once, Cecilia did not attend)
        Assertions.assertThat(jdbc.queryForList("select agency, attended from evaluation_attendance where course_key = ? "
                + "order by agency", key)).extracting(row -> List.copyOf(row.values()))
                .containsExactly(List.of("csn", 1), List.of("spv", 1));
        assertThat(pi).isWaitingAt(CourseEvaluationModel.INTERMEDIATE_EVENT_SURVEY_CLOSED);

        Assertions.assertThat(post(links.get("anna@spv.se"), answer("5", "4", "5", "10")).statusCode()).isEqualTo(200);
        Assertions.assertThat(post(links.get("bo@csn.se"), answer("3", "3", "2", "5")).statusCode()).isEqualTo(200);

        executeTimer(pi);
        assertThat(pi).hasPassed(CourseEvaluationModel.SERVICE_TASK_COMPILE_RESULTS).isWaitingAt(CourseEvaluationModel.USER_TASK_WRITE_REPORT);
        Assertions.assertThat(runtimeService.getVariables(pi.getId())).containsEntry(RESPONSE_COUNT, 2)
                .containsEntry(RESPONSE_RATE, "100.0 %").containsEntry(RELEVANCE_AVERAGE, "4.00")
                .containsEntry(TRAINER_AVERAGE, "3.50").containsEntry(OVERALL_AVERAGE, "3.50")
                .containsEntry(NPS, "0").containsEntry(ANY_RESPONSES, true);
        Assertions.assertThat((String) runtimeService.getVariable(pi.getId(), SURVEY_COMMENTS))
                .contains("Klarspråk i beslut");
        Map<String, Object> row = jdbc.queryForMap("select responses, nps, overall_avg from evaluation_survey "
                + "where course_key = ?", key);
        Assertions.assertThat(row.get("RESPONSES") == null ? row.get("responses") : row.get("RESPONSES")).isEqualTo(2);

        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(CourseEvaluationModel.USER_TASK_WRITE_REPORT)
                .singleResult().getName()).as("the task tells its case")
                .isEqualTo("Skriv rapport – " + pi.getBusinessKey() + " Klarspråk " + pi.getBusinessKey());
        complete(pi, CourseEvaluationModel.USER_TASK_WRITE_REPORT, Map.of(EVALUATION_REPORT, "Bra utbildning, utbildaren fick medelbetyg."));
        identityService.setAuthentication("koordinator", List.of("education-council", "network-coordinators"));
        complete(pi, CourseEvaluationModel.USER_TASK_REVIEW_REPORT, Map.of(START_FOLLOW_UP_IDEAS, "yes",
                FOLLOW_UP_IDEA_TITLES, "Fördjupning i klarspråk\n\nKlarspråk för chefer"));
        identityService.clearAuthentication();
        assertThat(pi).hasPassed(CourseEvaluationModel.SERVICE_TASK_START_FOLLOW_UP_IDEAS).isWaitingAt(CourseEvaluationModel.INTERMEDIATE_EVENT_FOLLOW_UP_DUE);
        List<String> ideas = ProcessJson.strings(runtimeService.getVariable(pi.getId(), STARTED_IDEAS));
        Assertions.assertThat(ideas).hasSize(2);
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("idea")
                .variableValueEquals("evaluationKey", key).count()).isEqualTo(2);
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ideas.get(0))
                .processDefinitionKey("idea").singleResult()).isNotNull();

        executeTimer(pi);
        List<Task> followUps = taskService.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(CourseEvaluationModel.USER_TASK_FOLLOW_UP_WITH_MANAGERS).list();
        Assertions.assertThat(followUps).hasSize(2);
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(pi.getId())
                .taskCandidateGroup("csn-training-coordinators").count()).isEqualTo(1);
        for (Task task : followUps) {
            taskService.complete(task.getId(), Map.of(WORK_CHANGED, "partly", FOLLOW_UP_NOTES, "Mallarna används."));
        }
        Assertions.assertThat(jdbc.queryForList("select agency from evaluation_follow_up where course_key = ? "
                + "order by agency", String.class, key)).containsExactly("csn", "spv");
        assertThat(pi).hasPassedInOrder(CourseEvaluationModel.START_EVENT_COURSE_HELD, CourseEvaluationModel.SERVICE_TASK_SEND_SURVEYS,
                CourseEvaluationModel.INTERMEDIATE_EVENT_SURVEY_CLOSED, CourseEvaluationModel.SERVICE_TASK_COMPILE_RESULTS, CourseEvaluationModel.USER_TASK_WRITE_REPORT,
                CourseEvaluationModel.USER_TASK_REVIEW_REPORT, CourseEvaluationModel.SERVICE_TASK_START_FOLLOW_UP_IDEAS, CourseEvaluationModel.INTERMEDIATE_EVENT_FOLLOW_UP_DUE,
                CourseEvaluationModel.USER_TASK_FOLLOW_UP_WITH_MANAGERS).isEnded();
        assertThat(pi).hasPassed(CourseEvaluationModel.END_EVENT_EVALUATION_DONE);
    }

    @Test
    void surveyWithoutAnswersGoesStraightToTheFollowUp() throws Exception {
        String key = nextKey();
        ProcessInstance pi = start(key, LocalDate.now(clock).minusDays(1),
                "[{\"name\":\"Dan Dahl\",\"email\":\"dan@msb.se\",\"agency\":\"msb\",\"attended\":true}]");
        Assertions.assertThat(surveyLinks(pi)).containsOnlyKeys("dan@msb.se");
        executeTimer(pi);
        Assertions.assertThat(runtimeService.getVariables(pi.getId())).containsEntry(RESPONSE_COUNT, 0)
                .containsEntry(RESPONSE_RATE, "0.0 %").containsEntry(NPS, "–").containsEntry(ANY_RESPONSES, false);
        assertThat(pi).hasPassed(CourseEvaluationModel.GATEWAY_REPORT_HANDLED).hasNotPassed(CourseEvaluationModel.USER_TASK_WRITE_REPORT, CourseEvaluationModel.GATEWAY_REVIEW_DONE)
                .isWaitingAt(CourseEvaluationModel.INTERMEDIATE_EVENT_FOLLOW_UP_DUE);
        executeTimer(pi);
        complete(pi, CourseEvaluationModel.USER_TASK_FOLLOW_UP_WITH_MANAGERS, Map.of(WORK_CHANGED, "unknown"));
        assertThat(pi).isEnded().hasPassed(CourseEvaluationModel.END_EVENT_EVALUATION_DONE);
        Assertions.assertThat(jdbc.queryForObject("select responses from evaluation_survey where course_key = ?",
                Integer.class, key)).isZero();
    }

    @Test
    void councilStartsNoIdeas() throws Exception {
        String key = nextKey();
        ProcessInstance pi = start(key, LocalDate.now(clock).minusDays(1),
                "[{\"name\":\"Eva Ek\",\"email\":\"eva@csn.se\",\"agency\":\"csn\",\"attended\":true}]");
        Assertions.assertThat(post(surveyLinks(pi).get("eva@csn.se"), answer("4", "4", "4", "9")).statusCode())
                .isEqualTo(200);
        executeTimer(pi);
        // one answer is below the minimum of two: counts only, no results or comments anywhere
        Assertions.assertThat(runtimeService.getVariables(pi.getId())).containsEntry(RESPONSE_COUNT, 1)
                .containsEntry(RESULTS_HIDDEN, true).containsEntry(ANY_RESPONSES, true)
                .doesNotContainKeys(NPS, RELEVANCE_AVERAGE, TRAINER_AVERAGE, OVERALL_AVERAGE, SURVEY_COMMENTS);
        Assertions.assertThat((String) runtimeService.getVariable(pi.getId(), RESULTS_NOTICE)).isEqualTo(
                "Resultat och kommentarer visas inte eftersom bara 1 av 1 deltagare svarade. De visas först när minst 2"
                        + " har svarat, så att ingen enskild deltagares svar kan kännas igen.");
        Assertions.assertThat(jdbc.queryForList("select nps from evaluation_survey where course_key = ?", Integer.class, key))
                .containsOnlyNulls();
        // the link records only that it was used, the answer no time
        Assertions.assertThat(jdbc.queryForList("select used from survey_link where round_key = ?",
                Boolean.class, key)).containsExactly(true);
        Assertions.assertThat(columns("survey_link")).isNotEmpty().doesNotContain("used_at", "participant_name",
                "participant_email", "agency");
        Assertions.assertThat(columns("survey_response")).isNotEmpty().doesNotContain("answered_on", "created_at",
                "answered_at", "token_hash");
        Assertions.assertThat(columns("survey_answer")).isNotEmpty().doesNotContain("answered_on", "created_at",
                "answered_at");
        complete(pi, CourseEvaluationModel.USER_TASK_WRITE_REPORT, Map.of(EVALUATION_REPORT, "Alla som svarade var nöjda med kursen."));
        complete(pi, CourseEvaluationModel.USER_TASK_REVIEW_REPORT, Map.of(START_FOLLOW_UP_IDEAS, "no"));
        assertThat(pi).hasPassed(CourseEvaluationModel.GATEWAY_REVIEW_DONE).hasNotPassed(CourseEvaluationModel.SERVICE_TASK_START_FOLLOW_UP_IDEAS);
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("idea")
                .variableValueEquals("evaluationKey", key).count()).isZero();
        executeTimer(pi);
        complete(pi, CourseEvaluationModel.USER_TASK_FOLLOW_UP_WITH_MANAGERS, Map.of(WORK_CHANGED, "yes"));
        assertThat(pi).isEnded();
    }

    // ---- the survey page over HTTP ----

    @Test
    void aLinkWorksOnceAndAReusedUnknownOrTamperedLinkIsRefused() throws Exception {
        String key = nextKey();
        ProcessInstance pi = start(key, LocalDate.now(clock), "[{\"name\":\"Frida Falk\",\"email\":\"frida@spv.se\","
                + "\"agency\":\"spv\",\"attended\":true}]");
        String token = surveyLinks(pi).get("frida@spv.se");

        HttpResponse<String> page = get(token);
        Assertions.assertThat(page.statusCode()).isEqualTo(200);
        // the page as served, for a look in a browser (docs/EVALUATION.md)
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "survey-page.html"), page.body());
        Assertions.assertThat(page.body()).contains("Klarspråk " + key).contains("rekommendera")
                .doesNotContain("Frida").doesNotContain("frida@spv.se");
        // every survey page has the shared head (questionnaire/head.html): not indexed, its own title, styled
        Assertions.assertThat(page.body()).contains("<meta name=\"robots\" content=\"noindex\">",
                "<title>Kursutvärdering – Myndighetsnätverket</title>", "main { max-width: 42rem;");
        HttpResponse<String> first = post(token, answer("5", "5", "5", "9"));
        Assertions.assertThat(first.statusCode()).isEqualTo(200);
        Assertions.assertThat(first.body()).contains("Tack för ditt svar", "<title>Tack för ditt svar – Myndighetsnätverket</title>",
                "<meta name=\"robots\" content=\"noindex\">");
        Assertions.assertThat(answers(key)).isEqualTo(1);

        HttpResponse<String> again = post(token, answer("1", "1", "1", "0"));
        Assertions.assertThat(again.statusCode()).isEqualTo(410);
        Assertions.assertThat(again.body()).contains("redan svarat", "<meta name=\"robots\" content=\"noindex\">");
        Assertions.assertThat(get(token).statusCode()).isEqualTo(410);

        String unknown = LinkTokens.newToken();
        Assertions.assertThat(get(unknown).statusCode()).isEqualTo(404);
        HttpResponse<String> unknownPost = post(unknown, answer("5", "5", "5", "9"));
        Assertions.assertThat(unknownPost.statusCode()).isEqualTo(404);
        Assertions.assertThat(unknownPost.body()).contains("Länken till enkäten är ogiltig");
        String tampered = token.substring(0, 42) + (token.charAt(42) == 'A' ? 'B' : 'A');
        Assertions.assertThat(post(tampered, answer("5", "5", "5", "9")).statusCode()).isEqualTo(404);
        Assertions.assertThat(post(token.substring(0, 20), answer("5", "5", "5", "9")).statusCode()).isEqualTo(404);
        Assertions.assertThat(post(token + "x", answer("5", "5", "5", "9")).statusCode()).isEqualTo(404);
        Assertions.assertThat(answers(key)).isEqualTo(1);
    }

    /**
     * An answer counts only from the survey page: without the page's form token (a form on another
     * site, a script that knows the link), with a token that is not the cookie's, or from another
     * site's origin it is refused with 403 and nothing is stored; from the page it is taken. The page
     * and its answers are sent with the security headers (no framing, no referrer with the link in it).
     */
    @Test
    void anAnswerCountsOnlyFromTheSurveyPage() throws Exception {
        String key = nextKey();
        ProcessInstance pi = start(key, LocalDate.now(clock), "[{\"name\":\"Ivar Ivarsson\",\"email\":\"ivar@spv.se\","
                + "\"agency\":\"spv\",\"attended\":true}]");
        String token = surveyLinks(pi).get("ivar@spv.se");
        String answer = "relevance=5&trainer=5&overall=5&nps=9";
        URI page = URI.create("http://localhost:" + port + Surveys.PATH + token);

        HttpResponse<String> form = get(token);
        Assertions.assertThat(form.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        Assertions.assertThat(form.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        Assertions.assertThat(form.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'none'").contains("script-src 'self'");
        String cookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("questionnaire-form="))
                .findFirst().orElseThrow();
        Assertions.assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/questionnaire");
        String cookieValue = cookie.substring(0, cookie.indexOf(';'));
        Matcher hidden = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(form.body());
        Assertions.assertThat(hidden.find()).isTrue();
        String formToken = hidden.group(1);
        Assertions.assertThat(cookieValue).isEqualTo("questionnaire-form=" + formToken);

        Map<String, HttpRequest.Builder> refused = new LinkedHashMap<>();
        refused.put("no token at all (a form on another site)", HttpRequest.newBuilder(page)
                .POST(HttpRequest.BodyPublishers.ofString(answer)));
        refused.put("the form's token without the cookie", HttpRequest.newBuilder(page)
                .POST(HttpRequest.BodyPublishers.ofString(answer + "&formToken=" + formToken)));
        refused.put("the cookie without the form's token", HttpRequest.newBuilder(page).header("Cookie", cookieValue)
                .POST(HttpRequest.BodyPublishers.ofString(answer)));
        refused.put("another token in the form", HttpRequest.newBuilder(page).header("Cookie", cookieValue)
                .POST(HttpRequest.BodyPublishers.ofString(answer + "&formToken=" + LinkTokens.newToken())));
        refused.put("another site's origin", HttpRequest.newBuilder(page).header("Cookie", cookieValue)
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(answer + "&formToken=" + formToken)));
        for (Map.Entry<String, HttpRequest.Builder> request : refused.entrySet()) {
            HttpResponse<String> response = http.send(request.getValue()
                    .header("Content-Type", "application/x-www-form-urlencoded").build(),
                    HttpResponse.BodyHandlers.ofString());
            Assertions.assertThat(response.statusCode()).as(request.getKey()).isEqualTo(403);
            Assertions.assertThat(response.body()).as(request.getKey()).contains("inte skickades från enkätsidan")
                    .contains("Inget har sparats");
        }
        Assertions.assertThat(answers(key)).isZero();

        // from the page - Origin: null is what a browser sends under Referrer-Policy: no-referrer
        HttpResponse<String> taken = http.send(HttpRequest.newBuilder(page).header("Cookie", cookieValue)
                .header("Origin", "null").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(answer + "&formToken=" + formToken)).build(),
                HttpResponse.BodyHandlers.ofString());
        Assertions.assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
        Assertions.assertThat(taken.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        Assertions.assertThat(answers(key)).isEqualTo(1);
    }

    @Test
    void anExpiredLinkIsRefusedAndStoresNothing() throws Exception {
        String key = nextKey();
        ProcessInstance pi = start(key, LocalDate.now(clock).minusDays(30),
                "[{\"name\":\"Gun Gran\",\"email\":\"gun@spv.se\",\"agency\":\"spv\",\"attended\":true}]");
        String token = surveyLinks(pi).get("gun@spv.se");
        HttpResponse<String> page = get(token);
        Assertions.assertThat(page.statusCode()).isEqualTo(410);
        Assertions.assertThat(page.body()).contains("Enkäten har stängt");
        Assertions.assertThat(post(token, answer("5", "5", "5", "9")).statusCode()).isEqualTo(410);
        Assertions.assertThat(answers(key)).isZero();
    }

    @Test
    void outOfRangeValuesAreRefusedAndStoreNothing() throws Exception {
        String key = nextKey();
        ProcessInstance pi = start(key, LocalDate.now(clock),
                "[{\"name\":\"Hans Holm\",\"email\":\"hans@spv.se\",\"agency\":\"spv\",\"attended\":true}]");
        String token = surveyLinks(pi).get("hans@spv.se");
        for (Map<String, String> bad : List.of(answer("6", "5", "5", "9"), answer("0", "5", "5", "9"),
                answer("5", "5", "5", "11"), answer("5", "5", "5", "-1"), answer("5", "x", "5", "9"),
                answer("5", "5", "", "9"), withText(answer("5", "5", "5", "9"), "learned", "a".repeat(2001)))) {
            HttpResponse<String> refused = post(token, bad);
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "survey-page-refused.html"), refused.body());
            Assertions.assertThat(refused.statusCode()).as("%s", bad).isEqualTo(400);
            Assertions.assertThat(refused.body()).contains("Inget har sparats");
        }
        Map<String, String> missing = answer("5", "5", "5", "9");
        missing.remove("nps");
        Assertions.assertThat(post(token, missing).statusCode()).isEqualTo(400);
        Assertions.assertThat(answers(key)).isZero();
        // the link still works after a refusal
        Assertions.assertThat(post(token, answer("5", "5", "5", "9")).statusCode()).isEqualTo(200);
        Assertions.assertThat(answers(key)).isEqualTo(1);
    }

    /**
     * The links mailed before the course survey moved to the questionnaire page point at {@code /survey/{token}}:
     * opened, they are sent on to {@code /questionnaire/{token}} for good; the old page's form, sent, is sent on
     * to the new page without storing anything; anything that is not a link answers 404. The link then works
     * once there, as any other.
     */
    @Test
    void anOldSurveyLinkLeadsToTheQuestionnairePage() throws Exception {
        String key = nextKey();
        ProcessInstance pi = start(key, LocalDate.now(clock), "[{\"name\":\"Kim Kron\",\"email\":\"kim@spv.se\","
                + "\"agency\":\"spv\",\"attended\":true}]");
        String token = surveyLinks(pi).get("kim@spv.se");
        URI old = URI.create("http://localhost:" + port + "/survey/" + token);

        HttpResponse<String> opened = http.send(HttpRequest.newBuilder(old).GET().build(), HttpResponse.BodyHandlers.ofString());
        Assertions.assertThat(opened.statusCode()).isEqualTo(301);
        Assertions.assertThat(opened.headers().firstValue("Location")).hasValueSatisfying(location ->
                Assertions.assertThat(location).endsWith(Surveys.PATH + token).doesNotContain("?"));
        Assertions.assertThat(opened.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        HttpResponse<String> sent = http.send(HttpRequest.newBuilder(old).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                "relevance=5&trainer=5&overall=5&nps=9")).build(), HttpResponse.BodyHandlers.ofString());
        Assertions.assertThat(sent.statusCode()).isEqualTo(303);
        Assertions.assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(location ->
                Assertions.assertThat(location).endsWith(Surveys.PATH + token));
        Assertions.assertThat(answers(key)).isZero();
        for (String notALink : List.of("kort", token.substring(0, 42) + "%21", token + "x")) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/survey/" + notALink)).GET().build(), HttpResponse.BodyHandlers.ofString());
            Assertions.assertThat(refused.statusCode()).as(notALink).isEqualTo(404);
            Assertions.assertThat(refused.body()).as(notALink).contains("Länken till enkäten är ogiltig");
            Assertions.assertThat(refused.headers().firstValue("Location")).as(notALink).isEmpty();
        }

        // followed, as a browser does
        HttpResponse<String> page = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(old).GET().build(), HttpResponse.BodyHandlers.ofString());
        Assertions.assertThat(page.statusCode()).isEqualTo(200);
        Assertions.assertThat(page.uri().getPath()).isEqualTo(Surveys.PATH + token);
        Assertions.assertThat(page.body()).contains("Klarspråk " + key, "rekommendera");
        Assertions.assertThat(post(token, answer("4", "4", "4", "8")).statusCode()).isEqualTo(200);
        Assertions.assertThat(answers(key)).isEqualTo(1);
        Assertions.assertThat(http.send(HttpRequest.newBuilder(old).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("still sent on; the page then says it was used").isEqualTo(301);
        Assertions.assertThat(get(token).statusCode()).isEqualTo(410);
    }

    // ---- retention ----

    @Test
    void retentionRemovesParticipantsOfOldCoursesAndKeepsTheRest() throws Exception {
        String oldKey = nextKey();
        String newKey = nextKey();
        LocalDate today = LocalDate.now(clock);
        start(oldKey, today.minusDays(400), "[{\"name\":\"Ida Ilse\",\"email\":\"ida@spv.se\",\"agency\":\"spv\","
                + "\"attended\":true}]");
        ProcessInstance recent = start(newKey, today.minusDays(1), "[{\"name\":\"Jan Jonsson\","
                + "\"email\":\"jan@spv.se\",\"agency\":\"spv\",\"attended\":true}]");
        surveyAnswers.answer(oldKey, 4, 4, 4, 8, "Mycket", null);
        Assertions.assertThat(post(surveyLinks(recent).get("jan@spv.se"), answer("5", "5", "5", "9")).statusCode())
                .isEqualTo(200);

        Assertions.assertThat(retention.anonymise(today)).isGreaterThanOrEqualTo(1);

        // the survey mail was the last place with the old course's participant; the survey's own tables have none
        Assertions.assertThat(participantMails(oldKey)).isEmpty();
        Assertions.assertThat(participantMails(newKey)).containsExactly("jan@spv.se");
        Assertions.assertThat(columns("survey_link")).doesNotContain("participant_name", "participant_email");
        Assertions.assertThat(answers(oldKey)).isEqualTo(1);
        Assertions.assertThat(answers(newKey)).isEqualTo(1);
        Assertions.assertThat(retention.anonymise(today)).isZero();
    }

    // ---- helpers ----

    java.util.Set<String> columns(String table) {
        return jdbc.queryForList("select lower(column_name) from information_schema.columns where lower(table_name) = ?",
                String.class, table).stream().collect(Collectors.toSet());
    }

    String nextKey() {
        return "COURSE-2026-" + String.format("%04d", 9000 + (++sequence));
    }

    ProcessInstance start(String key, LocalDate endDate, String participants) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(COURSE_KEY, key);
        variables.put(COURSE_TITLE, "Klarspråk " + key);
        variables.put(COURSE_END_DATE, endDate.toString());
        variables.put(PARTICIPANTS_JSON, participants);
        return runtimeService.startProcessInstanceByKey("course-evaluation", key, variables);
    }

    Map<String, String> surveyLinks(ProcessInstance pi) {
        Map<String, String> links = new LinkedHashMap<>();
        for (Map<String, Object> mail : jdbc.queryForList("select recipient_address, body_text, kind from "
                + "notification_mail where process_instance_id = ?", pi.getId())) {
            Assertions.assertThat(mail.get("KIND") != null ? mail.get("KIND") : mail.get("kind")).isEqualTo("course-survey");
            Object body = mail.get("BODY_TEXT") != null ? mail.get("BODY_TEXT") : mail.get("body_text");
            Matcher m = LINK.matcher((String) body);
            Assertions.assertThat(m.find()).isTrue();
            Object address = mail.get("RECIPIENT_ADDRESS") != null ? mail.get("RECIPIENT_ADDRESS") : mail.get("recipient_address");
            links.put((String) address, m.group(1));
        }
        return links;
    }

    void executeTimer(ProcessInstance pi) {
        Job job = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        Assertions.assertThat(job).isNotNull();
        managementService.executeJob(job.getId());
    }

    void complete(ProcessInstance pi, String taskKey, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).singleResult();
        Assertions.assertThat(task).as(taskKey).isNotNull();
        taskService.complete(task.getId(), variables);
    }

    int answers(String key) {
        return jdbc.queryForObject("select count(*) from survey_response where round_key = ?", Integer.class, key);
    }

    List<String> participantMails(String key) {
        return jdbc.queryForList("select recipient_address from notification_mail where business_key = ? and kind = ?",
                String.class, key, "course-survey");
    }

    static Map<String, String> answer(String relevance, String trainer, String overall, String nps) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("relevance", relevance);
        form.put("trainer", trainer);
        form.put("overall", overall);
        form.put("nps", nps);
        form.put("learned", "Klarspråk i beslut");
        form.put("comment", "Bra exempel");
        return form;
    }

    static Map<String, String> withText(Map<String, String> form, String field, String value) {
        form.put(field, value);
        return form;
    }

    HttpResponse<String> get(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + Surveys.PATH + token)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String token, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return SurveyFormPost.post(http, port, token, "application/x-www-form-urlencoded", body);
    }

    /** Issue 17: whatever path ran, no variable is stored as a Java object (lists and maps are Spin JSON). */
    @AfterEach
    void noVariableIsStoredAsAJavaObject() {
        StoredVariables.assertNoneStoredAsJava(jdbc);
    }
}
