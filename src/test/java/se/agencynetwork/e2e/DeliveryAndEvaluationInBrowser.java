package se.agencynetwork.e2e;

import se.agencynetwork.survey.Surveys;
import se.agencynetwork.models.ids.CourseDeliveryModel;
import se.agencynetwork.models.ids.CourseEvaluationModel;
import se.agencynetwork.delivery.DeliveryVariables;
import se.agencynetwork.evaluation.EvaluationVariables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * A procured course from its delivery to the level-3 follow-up, every person's step in Tasklist by a
 * user of the task's group:
 *
 * <ol>
 * <li>the administrator starts {@code course-delivery} directly with the variables the idea's call
 * activity passes after a contract (title, co-funders CSN, MSB and SPV, cost key, estimate, supplier,
 * contract price): without an interest round on record every co-funder has one seat;</li>
 * <li>the training administrator plans the occasion; CSN's training coordinator registers one participant
 * and one reserve (MSB and SPV one participant each over REST);</li>
 * <li>four registered after the waiting list, fewer than six: the council decides to go ahead anyway;</li>
 * <li>invitations go out; the training administrator moves the occasion to another day and another
 * agency's venue: everyone gets an updated calendar invitation;</li>
 * <li>the course starts (its timer executed as an administrator could in Cockpit); the training
 * administrator registers attendance (SPV's participant did not come and pays the seat anyway); the final
 * shares are booked and mailed to the heads;</li>
 * <li>course-evaluation: a participant answers the survey from her mail; the survey closes (timer); the
 * coordinator writes the report, a council member reviews it and starts two follow-up ideas; after the
 * follow-up delay (timer) CSN's training coordinator records the level-3 follow-up (MSB's over REST).</li>
 * </ol>
 * The end asserts the path of both instances in the history, the rows (participants, final allocation,
 * survey, follow-up) and the mails.
 */
class DeliveryAndEvaluationInBrowser extends BrowserJourney {

    static final String TITLE = "Förvaltningsrätt för handläggare";
    static final String KARIN = "karin.kvist@csn.example";
    static final String RESERVE = "rolf.ruda@csn.example";
    static final String MSB_PARTICIPANT = "maja.malm@msb.example";
    static final String SPV_PARTICIPANT = "sven.stal@spv.example";
    static final List<String> CO_FUNDERS = List.of("csn", "msb", "spv");

    String key;
    String delivery;

    @Test
    void aProcuredCourseIsDeliveredChangedAndEvaluatedByItsPeopleInTasklist() {
        key = "IDEA-" + today.getYear() + "-0900";
        delivery = startDeliveryAsAdministrator();
        plan();
        register();
        decideToGoAheadWithTooFew();
        changeDateAndVenue();
        AsAdministrator.executeTimer(admin, delivery, CourseDeliveryModel.BOUNDARY_EVENT_COURSE_STARTED);
        registerAttendance();
        String evaluation = answerSurveyAndCloseIt();
        writeReport(evaluation);
        reviewReport(evaluation);
        followUp(evaluation);
        assertDeliveryPathAndEffects();
        assertEvaluationPathAndEffects(evaluation);
    }

    /**
     * The administrator starts course-delivery as the idea's call activity does after a contract,
     * with the start event's variables only, under an idea's business key (no idea instance has it: the
     * follow-up ideas count from 0001). The co-funders are a list of codes as a Json variable, as the
     * process keeps its lists (the engine REST API takes no Object variables).
     */
    String startDeliveryAsAdministrator() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(DeliveryVariables.Names.TITLE, Map.of("type", "String", "value", TITLE));
        variables.put(DeliveryVariables.Names.CO_FUNDING_AGENCIES, Map.of("type", "Json", "value", EngineApi.JSON.valueToTree(CO_FUNDERS).toString()));
        variables.put(DeliveryVariables.COST_KEY, Map.of("type", "String", "value", "participants"));
        variables.put(DeliveryVariables.Names.ESTIMATED_COST, Map.of("type", "Long", "value", 50000));
        variables.put(DeliveryVariables.SUPPLIER, Map.of("type", "String", "value", "Rättsutbildarna AB"));
        variables.put(DeliveryVariables.Names.CONTRACT_PRICE, Map.of("type", "String", "value", "48000.00"));
        HttpResponse<String> started = admin.post("/engine-rest/process-definition/key/course-delivery/start",
                Map.of("businessKey", key, "variables", variables), JOBS);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return EngineApi.read(started.body()).path("id").asText();
    }

    /** The training administrator plans the occasion: in three days at SPV, twelve seats, at least six participants. */
    void plan() {
        JsonNode task = awaitTask(key, CourseDeliveryModel.USER_TASK_PLAN_OCCASION);
        tasklist.logIn("utbildningsadmin", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "deliveryPlanForm");
        assertThat(form.shown("courseTitle")).isEqualTo(TITLE);
        form.date("courseStart", today.plusDays(3))
                .date("courseEnd", today.plusDays(3))
                .choose("venueAgency", "Statens tjänstepensionsverk (SPV)")
                .text("venueAddress", "SPV, Sundsvall, sal Indalsälven")
                .text("trainer", "Rättsutbildarna AB")
                .text("capacity", 12)
                .date("registrationCloses", today);
        tasklist.complete(form, task);
    }

    /**
     * CSN's training coordinator registers a participant and a reserve in Tasklist (one seat each:
     * no interest round on record); MSB's and SPV's register one participant each over REST.
     */
    void register() {
        JsonNode registrations = awaitTasks(key, CourseDeliveryModel.USER_TASK_REGISTER_PARTICIPANTS, 3);
        assertThat(registrations).extracting(task -> agencyOf(task, "-training-coordinators"))
                .containsExactlyInAnyOrderElementsOf(CO_FUNDERS);
        JsonNode csn = taskOf(registrations, "csn", "-training-coordinators");
        JsonNode msb = taskOf(registrations, "msb", "-training-coordinators");
        JsonNode spv = taskOf(registrations, "spv", "-training-coordinators");

        tasklist.logIn("utbkoord-csn", "demo");
        CamundaForm form = tasklist.claim(csn.path("id").asText(), "deliveryRegistrationForm");
        assertThat(form.shown("agencyName")).isEqualTo("Centrala studiestödsnämnden (CSN)");
        assertThat(form.shown("agencySeats")).as("one seat: no interest round on record").isEqualTo("1");
        form.row("participants", 0).text("name", "Karin Kvist").text("email", KARIN).text("title", "Handläggare");
        form.row("reserves", 0).text("name", "Rolf Ruda").text("email", RESERVE).text("title", "Jurist");
        form.check("noShowInformed", true);
        tasklist.complete(form, csn);

        registerOverRest(msb, "msb", "Maja Malm", MSB_PARTICIPANT);
        registerOverRest(spv, "spv", "Sven Stål", SPV_PARTICIPANT);
    }

    void registerOverRest(JsonNode task, String agency, String name, String email) {
        ArrayNode participants = EngineApi.JSON.createArrayNode();
        participants.addObject().put("name", name).put("email", email).put("title", "Handläggare");
        admin.as("utbkoord-" + agency).submit(task, Map.of(DeliveryVariables.Names.PARTICIPANTS, participants,
                DeliveryVariables.Names.RESERVES, EngineApi.JSON.createArrayNode(), "noShowInformed", true));
    }

    /** Four registered (the reserve got a free seat) of at least six: a council member decides to go ahead. */
    void decideToGoAheadWithTooFew() {
        JsonNode task = awaitTask(key, CourseDeliveryModel.USER_TASK_DECIDE_TOO_FEW);
        tasklist.logIn("koordinator", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "deliveryTooFewForm");
        assertThat(form.shown("registeredCount")).as("three participants and the reserve who got a free seat").isEqualTo("4");
        assertThat(form.shown("minimumParticipants")).isEqualTo("6");
        form.choose("tooFewDecision", "continue")
                .text("decisionReason", "Tre myndigheter är med och avtalspriset gäller oavsett antal: vi genomför kursen.");
        tasklist.complete(form, task);
    }

    /** The training administrator moves the occasion two days later to MSB's venue; the participants get an update. */
    void changeDateAndVenue() {
        JsonNode task = awaitTask(key, CourseDeliveryModel.USER_TASK_CHANGE_OCCASION);
        Awaitility.await("the four invitations delivered").atMost(JOBS).pollInterval(Duration.ofMillis(500))
                .until(() -> received(KARIN) == 1 && received(RESERVE) == 1 && received(MSB_PARTICIPANT) == 1
                        && received(SPV_PARTICIPANT) == 1);
        tasklist.logIn("utbildningsadmin", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "deliveryChangeForm");
        assertThat(form.shown("courseTitle")).isEqualTo(TITLE);
        form.date("courseStart", today.plusDays(5))
                .date("courseEnd", today.plusDays(5))
                .choose("venueAgency", "Myndigheten för samhällsskydd och beredskap")
                .text("venueAddress", "MSB, Sundsvall, konferensrum Selånger")
                .text("changeReason", "Salen hos SPV är dubbelbokad den dagen.");
        tasklist.complete(form, task);
        Awaitility.await("the updated invitations delivered").atMost(JOBS).pollInterval(Duration.ofMillis(500))
                .until(() -> received(KARIN) == 2 && received(RESERVE) == 2 && received(MSB_PARTICIPANT) == 2
                        && received(SPV_PARTICIPANT) == 2);
        assertThat(ReceivedMails.text(smtp, KARIN, "dubbelbokad")).contains("Myndigheten för samhällsskydd och beredskap");
        // the task is offered again until the course starts
        awaitTask(key, CourseDeliveryModel.USER_TASK_CHANGE_OCCASION);
    }

    /** The training administrator registers attendance: SPV's participant did not come. */
    void registerAttendance() {
        JsonNode task = awaitTask(key, CourseDeliveryModel.USER_TASK_REGISTER_ATTENDANCE);
        tasklist.logIn("utbildningsadmin", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "deliveryAttendanceForm");
        form.tick("attendedEmails", List.of("Karin Kvist (Centrala studiestödsnämnden (CSN))",
                        "Rolf Ruda (Centrala studiestödsnämnden (CSN))", "Maja Malm (Myndigheten för samhällsskydd och beredskap)"))
                .text("attendanceNote", "Sven Stål (SPV) kom inte.");
        tasklist.complete(form, task);
    }

    /**
     * The three who attended get the survey; Karin answers from the link in her mail, without an
     * account; the survey closes (its timer executed). Returns the evaluation's instance id.
     */
    String answerSurveyAndCloseIt() {
        JsonNode evaluation = Awaitility.await("course-evaluation of " + key).atMost(JOBS).pollInterval(Duration.ofMillis(500))
                .until(() -> admin.get("/engine-rest/process-instance?processDefinitionKey=course-evaluation&businessKey=" + key),
                        found -> found.size() == 1).get(0);
        Awaitility.await("the survey mail to Karin").atMost(JOBS).pollInterval(Duration.ofMillis(500))
                .until(() -> received(KARIN) == 3);
        String text = ReceivedMails.text(smtp, KARIN, Surveys.PATH);
        Matcher link = Pattern.compile(Pattern.quote(BASE_URL + Surveys.PATH) + "[A-Za-z0-9_-]+").matcher(text);
        assertThat(link.find()).as("survey link in: " + text).isTrue();
        browser.forgetSession(BASE_URL);
        browser.open(link.group());
        browser.visible(By.xpath("//p[@class='subject'][contains(., " + CamundaForm.literal(TITLE) + ")]"));
        SurveyPage.answer(browser, Map.of("relevance", "5", "trainer", "5", "overall", "4", "nps", "10"),
                "Hur förvaltningslagens krav på motivering ska läsas.");
        String id = evaluation.path("id").asText();
        AsAdministrator.executeTimer(admin, id, CourseEvaluationModel.INTERMEDIATE_EVENT_SURVEY_CLOSED);
        return id;
    }

    /** The coordinator reads the compiled results on the form and writes the report. */
    void writeReport(String evaluation) {
        JsonNode task = awaitTask(key, CourseEvaluationModel.USER_TASK_WRITE_REPORT);
        tasklist.logIn("koordinator", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "evaluationReportForm");
        String results = browser.visible(By.cssSelector(".task-card .fjs-form-field-text")).getText();
        // one answer of three is below network.survey.minimum-responses (5): the form says why
        // there are no results, and the answer's comment is not shown
        assertThat(results).contains(TITLE).contains("1 av 3").contains("Resultat och kommentarer visas inte")
                .contains("minst 5").doesNotContain("förvaltningslagens");
        form.text("evaluationReport", "En av tre svarade; hon ger kursen högsta betyg och rekommenderar den.");
        tasklist.complete(form, task);
    }

    /** A council member (SPV's training coordinator) reviews the report and starts two follow-up ideas. */
    void reviewReport(String evaluation) {
        JsonNode task = awaitTask(key, CourseEvaluationModel.USER_TASK_REVIEW_REPORT);
        tasklist.logIn("utbkoord-spv", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "evaluationReviewForm");
        assertThat(browser.visible(By.cssSelector(".task-card .fjs-form-field-text")).getText())
                .contains("högsta betyg");
        form.choose("startFollowUpIdeas", "yes")
                .text("followUpIdeaTitles", "Förvaltningsrätt fördjupning\nFörvaltningsrätt för chefer")
                .text("councilComment", "Bra kurs: två uppföljande idéer.");
        tasklist.complete(form, task);
    }

    /** After the follow-up delay (its timer executed) CSN records the level-3 follow-up in Tasklist, MSB over REST. */
    void followUp(String evaluation) {
        AsAdministrator.executeTimer(admin, evaluation, CourseEvaluationModel.INTERMEDIATE_EVENT_FOLLOW_UP_DUE);
        JsonNode tasks = awaitTasks(key, CourseEvaluationModel.USER_TASK_FOLLOW_UP_WITH_MANAGERS, 2);
        assertThat(tasks).as("agencies with someone who attended: not SPV").extracting(t -> agencyOf(t, "-training-coordinators"))
                .containsExactlyInAnyOrder("csn", "msb");
        JsonNode csn = taskOf(tasks, "csn", "-training-coordinators");
        JsonNode msb = taskOf(tasks, "msb", "-training-coordinators");
        tasklist.logIn("utbkoord-csn", "demo");
        CamundaForm form = tasklist.claim(csn.path("id").asText(), "evaluationFollowUpForm");
        form.choose("workChanged", "partly")
                .text("followUpNotes", "Besluten motiveras tydligare; mallarna är inte uppdaterade än.");
        tasklist.complete(form, csn);
        admin.as("utbkoord-msb").submit(msb, Map.of(EvaluationVariables.Names.WORK_CHANGED, "yes", EvaluationVariables.Names.FOLLOW_UP_NOTES, "Används i varje ärende."));
        Awaitility.await("course-evaluation of " + key + " ended").atMost(JOBS).pollInterval(Duration.ofMillis(500))
                .until(() -> AsAdministrator.state(admin, evaluation), "COMPLETED"::equals);
    }

    void assertDeliveryPathAndEffects() {
        Awaitility.await("course-delivery of " + key + " ended").atMost(JOBS).pollInterval(Duration.ofMillis(500))
                .until(() -> AsAdministrator.state(admin, delivery), "COMPLETED"::equals);
        assertThat(AsAdministrator.passed(admin, delivery)).containsSubsequence(
                CourseDeliveryModel.START_EVENT_DELIVERY_DECIDED, CourseDeliveryModel.SERVICE_TASK_PREPARE_DELIVERY, CourseDeliveryModel.USER_TASK_PLAN_OCCASION, CourseDeliveryModel.SERVICE_TASK_ALLOCATE_SEATS,
                CourseDeliveryModel.USER_TASK_REGISTER_PARTICIPANTS, CourseDeliveryModel.SERVICE_TASK_COMPILE_REGISTRATIONS, CourseDeliveryModel.SERVICE_TASK_OFFER_UNUSED_SEATS,
                CourseDeliveryModel.USER_TASK_DECIDE_TOO_FEW, CourseDeliveryModel.SERVICE_TASK_SEND_INVITATIONS, CourseDeliveryModel.USER_TASK_CHANGE_OCCASION, CourseDeliveryModel.END_EVENT_OCCASION_CHANGED,
                CourseDeliveryModel.BOUNDARY_EVENT_OCCASION_CHANGED, CourseDeliveryModel.SERVICE_TASK_SEND_UPDATE, CourseDeliveryModel.BOUNDARY_EVENT_COURSE_STARTED,
                CourseDeliveryModel.USER_TASK_REGISTER_ATTENDANCE, CourseDeliveryModel.SERVICE_TASK_BOOK_FINAL_COSTS, CourseDeliveryModel.SERVICE_TASK_PREPARE_EVALUATION,
                CourseDeliveryModel.CALL_ACTIVITY_COURSE_EVALUATION, CourseDeliveryModel.END_EVENT_COURSE_DELIVERED)
                .doesNotContain(CourseDeliveryModel.SERVICE_TASK_CANCEL_COURSE, CourseDeliveryModel.END_EVENT_COURSE_CANCELLED, CourseDeliveryModel.BOUNDARY_EVENT_REGISTRATION_CLOSED);
        assertThat(AsAdministrator.historicVariable(admin, delivery, DeliveryVariables.TOO_FEW_DECISION).asText()).isEqualTo("continue");
        assertThat(AsAdministrator.historicVariable(admin, delivery, DeliveryVariables.Names.VENUE_AGENCY).asText()).isEqualTo("msb");
        assertThat(AsAdministrator.historicVariable(admin, delivery, DeliveryVariables.Names.COURSE_START).asText()).startsWith(today.plusDays(5).toString());
        assertThat(AsAdministrator.historicVariable(admin, delivery, DeliveryVariables.Names.OUTCOME).asText()).isEqualTo("DELIVERED");

        // the lists: CSN's reserve got the free seat; everyone registered by the agency's coordinator
        assertThat(jdbc.queryForList("select agency_code, email, status, registered_by from course_participant"
                + " where business_key = ? order by email", key)).extracting(row -> row.get("agency_code") + " " + row.get("email")
                        + " " + row.get("status") + " " + row.get("registered_by"))
                .containsExactly("csn " + KARIN + " REGISTERED utbkoord-csn", "msb " + MSB_PARTICIPANT + " REGISTERED utbkoord-msb",
                        "csn " + RESERVE + " REGISTERED utbkoord-csn", "spv " + SPV_PARTICIPANT + " REGISTERED utbkoord-spv");

        // the final allocation on the registered seats (SPV's no-show pays), contract price 48 000 kr
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        jdbc.queryForList("select l.agency_code, l.share from cost_allocation a join cost_allocation_line l"
                + " on l.allocation_id = a.id where a.activity_key = ? and a.kind = 'FINAL' order by l.agency_code", key)
                .forEach(row -> shares.put((String) row.get("agency_code"), (BigDecimal) row.get("share")));
        assertThat(shares).containsExactly(Map.entry("csn", new BigDecimal("24000.00")),
                Map.entry("msb", new BigDecimal("12000.00")), Map.entry("spv", new BigDecimal("12000.00")));

        // mails: invitation and update to each of the four, the share to each co-funder's head
        assertThat(mails("course-invitation")).extracting(m -> m.path("recipient").asText())
                .containsExactlyInAnyOrder(KARIN, RESERVE, MSB_PARTICIPANT, SPV_PARTICIPANT);
        assertThat(mails("course-update")).extracting(m -> m.path("recipient").asText())
                .containsExactlyInAnyOrder(KARIN, RESERVE, MSB_PARTICIPANT, SPV_PARTICIPANT);
        assertThat(mails("course-update")).allSatisfy(m -> assertThat(m.path("attachmentName").asText()).endsWith(".ics"));
        assertThat(mails("course-cancelled")).isEmpty();
        assertThat(mails("cost-share")).extracting(m -> m.path("recipient").asText())
                .containsExactlyInAnyOrder("chef-csn@csn.example", "chef-msb@msb.example", "chef-spv@spv.example");
    }

    void assertEvaluationPathAndEffects(String evaluation) {
        assertThat(AsAdministrator.passed(admin, evaluation)).containsSubsequence(
                CourseEvaluationModel.START_EVENT_COURSE_HELD, CourseEvaluationModel.SERVICE_TASK_SEND_SURVEYS, CourseEvaluationModel.INTERMEDIATE_EVENT_SURVEY_CLOSED, CourseEvaluationModel.SERVICE_TASK_COMPILE_RESULTS,
                CourseEvaluationModel.USER_TASK_WRITE_REPORT, CourseEvaluationModel.USER_TASK_REVIEW_REPORT, CourseEvaluationModel.SERVICE_TASK_START_FOLLOW_UP_IDEAS,
                CourseEvaluationModel.INTERMEDIATE_EVENT_FOLLOW_UP_DUE, CourseEvaluationModel.USER_TASK_FOLLOW_UP_WITH_MANAGERS, CourseEvaluationModel.END_EVENT_EVALUATION_DONE);
        assertThat(mails("course-survey")).as("only those who attended").extracting(m -> m.path("recipient").asText())
                .containsExactlyInAnyOrder(KARIN, RESERVE, MSB_PARTICIPANT);
        Map<String, Object> survey = jdbc.queryForMap("select invited, responses, nps from evaluation_survey where course_key = ?", key);
        assertThat(java.util.Arrays.asList(survey.get("invited"), survey.get("responses"), survey.get("nps")))
                .as("invited, answers, no NPS below five answers").containsExactly(3, 1, null);
        assertThat(AsAdministrator.historicVariable(admin, evaluation, EvaluationVariables.Names.EVALUATION_REPORT).asText()).contains("högsta betyg");

        // two follow-up ideas, started by the council member who reviewed, pointing back to the course
        JsonNode ideas = admin.get("/engine-rest/process-instance?processDefinitionKey=idea&variables=evaluationKey_eq_" + key);
        assertThat(ideas).hasSize(2);
        for (JsonNode idea : ideas) {
            String id = idea.path("id").asText();
            assertThat(admin.get("/engine-rest/process-instance/" + id + "/variables/title").path("value").asText())
                    .startsWith("Förvaltningsrätt f");
            assertThat(admin.get("/engine-rest/process-instance/" + id + "/variables/initiator").path("value").asText())
                    .isEqualTo("utbkoord-spv");
        }

        // the level-3 follow-up, one row per agency that had someone there
        assertThat(jdbc.queryForList("select agency, work_changed, recorded_by from evaluation_follow_up where course_key = ?"
                + " order by agency", key)).extracting(row -> row.get("agency") + " " + row.get("work_changed") + " "
                        + row.get("recorded_by"))
                .containsExactly("csn partly utbkoord-csn", "msb yes utbkoord-msb");
    }

    /** The outbox's mails of this kind for the course. */
    List<JsonNode> mails(String kind) {
        JsonNode page = admin.get("/api/mails?kind=" + kind + "&businessKey=" + EngineApi.encode(key) + "&size=200");
        List<JsonNode> found = new java.util.ArrayList<>();
        page.path("mails").forEach(found::add);
        return found;
    }
}
