package se.agencynetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.models.ids.MentorshipModel;
import se.agencynetwork.survey.Surveys;

/**
 * The mentorship programme (mentorship) with every form completed in Tasklist, in Chromium, by a user of the
 * step's own group:
 *
 * <ol>
 * <li>the coordinator opens the programme from Tasklist's start form (one pair, 12 000 kr per pair);</li>
 * <li>CSN's training coordinator nominates an adept in Tasklist; SPV's nominates a mentor and the other fourteen
 * agencies decline over REST;</li>
 * <li>CSN's head approves in Tasklist, SPV's over REST;</li>
 * <li>a council member (MSB's training coordinator) reads the proposal with its score and confirms it in Tasklist;</li>
 * <li>CSN's training coordinator records the adept's yes in Tasklist, SPV's the mentor's over REST;</li>
 * <li>the kick-off and the mid-point are run now (as an administrator could in Cockpit); CSN's training coordinator
 * records the mid-point check-in in Tasklist;</li>
 * <li>then the pair ends early: CSN's training coordinator reports it in Tasklist (meetings and reason); both
 * agencies' training coordinators are told and the closing, run now, asks nobody for a check-in;</li>
 * <li>the closing sends the evaluation: the adept opens the personal link from the mail the SMTP server received,
 * in Chromium without an account, and answers; the survey's closing is run now;</li>
 * <li>the network coordinator reads the compiled evaluation (one answer of two: counts only, with the notice) and
 * writes the report in Tasklist; it reaches the education council and the two agencies' training coordinators.</li>
 * </ol>
 * Asserts the path in the engine's history, the pair's row, the cost shares, the anonymous answer and the mails
 * delivered over SMTP.
 */
class MentorshipInBrowser extends BrowserJourney {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCoordinatorOpensTheProgrammeAgenciesNominateTheCouncilMatchesAndThePairRuns() throws Exception {
        String key = open();
        nominate(key);
        approve(key);
        confirm(key);
        answer(key);

        // both answered yes: the pair runs and its cost is booked at once, half to each agency
        assertThat(jdbc.queryForList("select agency_code || '=' || share from cost_allocation_line l join cost_allocation a"
                + " on a.id = l.allocation_id where a.activity_key = ? order by agency_code", String.class, key))
                .containsExactly("csn=6000.00", "spv=6000.00");

        executeTimer("mentorship", key, MentorshipModel.INTERMEDIATE_EVENT_KICK_OFF);
        awaitMailTo("mentorship", key, "anna.adept@csn.example");
        executeTimer("mentorship", key, MentorshipModel.INTERMEDIATE_EVENT_MID_POINT);
        checkIn(key);
        endEarly(key);
        executeTimer("mentorship", key, MentorshipModel.INTERMEDIATE_EVENT_CLOSING);
        answerEvaluation(key);
        executeTimer("mentorship", key, MentorshipModel.INTERMEDIATE_EVENT_EVALUATION_CLOSED);
        writeReport(key);

        String programme = historicInstance("mentorship", key);
        EngineHistory.completed(admin, programme);
        assertThat(EngineHistory.path(admin, programme)).containsSubsequence(MentorshipModel.START_EVENT_PROGRAMME_OPENED,
                MentorshipModel.USER_TASK_STATE_PARTICIPATION, MentorshipModel.USER_TASK_APPROVE_NOMINATIONS,
                MentorshipModel.SERVICE_TASK_PROPOSE_MATCHING, MentorshipModel.USER_TASK_CONFIRM_MATCHING,
                MentorshipModel.USER_TASK_ANSWER_MATCH, MentorshipModel.SERVICE_TASK_BOOK_COSTS,
                MentorshipModel.SERVICE_TASK_INVITE_TO_KICK_OFF, MentorshipModel.USER_TASK_REPORT_EARLY_END,
                MentorshipModel.USER_TASK_MID_POINT_CHECK_IN, MentorshipModel.GATEWAY_EARLY_END_CLOSED,
                MentorshipModel.INTERMEDIATE_EVENT_CLOSING, MentorshipModel.SERVICE_TASK_SEND_EVALUATION,
                MentorshipModel.INTERMEDIATE_EVENT_EVALUATION_CLOSED, MentorshipModel.SERVICE_TASK_COMPILE_EVALUATION,
                MentorshipModel.USER_TASK_WRITE_EVALUATION_REPORT, MentorshipModel.SERVICE_TASK_SEND_EVALUATION_REPORT,
                MentorshipModel.END_EVENT_PROGRAMME_CLOSED)
                .doesNotContain(MentorshipModel.BOUNDARY_EVENT_PARTICIPATION_DEADLINE, MentorshipModel.SERVICE_TASK_CANCEL_PROGRAMME,
                        MentorshipModel.USER_TASK_CLOSING_CHECK_IN);
        assertThat(jdbc.queryForMap("select adept_agency, mentor_agency, status, meetings, end_reason, confirmed_by from mentorship_pair"
                + " where business_key = ?", key))
                .containsEntry("adept_agency", "csn").containsEntry("mentor_agency", "spv").containsEntry("status", "ENDED_EARLY")
                .containsEntry("meetings", 5).containsEntry("end_reason", "Mentorn har fått nytt uppdrag utomlands.").containsEntry("confirmed_by", "utbkoord-msb");
        assertThat(jdbc.queryForList("select agency_code || ':' || person_role || ':' || nominated_by || ':' || approved_by"
                + " from mentorship_person where business_key = ? order by agency_code", String.class, key))
                .containsExactly("csn:ADEPT:utbkoord-csn:chef-csn", "spv:MENTOR:utbkoord-spv:chef-spv");
        assertThat(awaitMails("cost-share", key, 2)).containsExactlyInAnyOrder("chef-csn@csn.example", "chef-spv@spv.example");
    }

    /** The coordinator opens the programme from Tasklist's start form. */
    String open() {
        tasklist.logIn("koordinator", "demo");
        CamundaForm form = tasklist.startForm("Mentorprogram", "mentorshipStartForm")
                .text(Names.TITLE, "Mentorprogram " + today.plusYears(1).getYear())
                .date(Names.PERIOD_START, today.plusDays(30))
                .date(Names.PERIOD_END, today.plusDays(300))
                .text(Names.PAIR_COUNT, 1)
                .text(Names.COST_PER_PAIR, 12000)
                .date(Names.LAST_ANSWER_DATE, today.plusDays(7));
        String key = tasklist.start(form, "mentorship");
        browser.screenshot("mentorship-opened");
        assertThat(key).startsWith("MENTOR-");
        awaitTasks(key, MentorshipModel.USER_TASK_STATE_PARTICIPATION, 16);
        return key;
    }

    /** CSN nominates an adept in Tasklist; SPV a mentor and the others nobody, over REST. */
    void nominate(String key) throws Exception {
        JsonNode tasks = awaitTasks(key, MentorshipModel.USER_TASK_STATE_PARTICIPATION, 16);
        Map<String, JsonNode> byAgency = new HashMap<>();
        tasks.forEach(task -> byAgency.put(agencyOf(task, "-training-coordinators"), task));
        JsonNode csn = byAgency.remove("csn");
        tasklist.logIn("utbkoord-csn", "demo");
        CamundaForm form = tasklist.claim(csn.path("id").asText(), "mentorshipParticipationForm");
        assertThat(form.shown(Names.AGENCY_NAME)).isEqualTo("Centrala studiestödsnämnden (CSN)");
        form.check(Names.PARTICIPATES, true)
                .text(Names.ADEPT_NAME, "Anna Adept")
                .text(Names.ADEPT_EMAIL, "anna.adept@csn.example")
                .choose(Names.ADEPT_AREA, "it")
                .check(Names.ADEPT_LEADERSHIP, true)
                .tick(Names.ADEPT_LANGUAGES, List.of("svenska", "engelska"))
                .text(Names.ADEPT_GOALS, "Vill bli chef för ett IT-team.");
        tasklist.complete(form, csn);
        browser.screenshot("mentorship-nominated-csn");

        for (Map.Entry<String, JsonNode> entry : byAgency.entrySet()) {
            String agency = entry.getKey();
            JsonNode task = entry.getValue();
            Map<String, Object> values = new HashMap<>();
            values.put(Names.PARTICIPATES, agency.equals("spv"));
            if (agency.equals("spv")) {
                values.put(Names.MENTOR_NAME, "Sven Mentor");
                values.put(Names.MENTOR_EMAIL, "sven.mentor@spv.example");
                values.put(Names.MENTOR_AREA, "it");
                values.put(Names.MENTOR_LEADERSHIP, true);
                values.put(Names.MENTOR_LANGUAGES, JSON.readTree("[\"svenska\",\"engelska\"]"));
                values.put(Names.MENTOR_OFFERS, "IT-chef i tolv år.");
            }
            admin.as("utbkoord-" + agency).submit(task, values);
        }
    }

    /** CSN's head approves in Tasklist, SPV's over REST. */
    void approve(String key) {
        JsonNode tasks = awaitTasks(key, MentorshipModel.USER_TASK_APPROVE_NOMINATIONS, 2);
        JsonNode csn = taskOf(tasks, "csn", "-heads");
        JsonNode spv = taskOf(tasks, "spv", "-heads");
        tasklist.logIn("chef-csn", "demo");
        CamundaForm form = tasklist.claim(csn.path("id").asText(), "mentorshipApprovalForm");
        assertThat(form.shown(Names.NOMINEES)).contains("Anna Adept", "IT och digitalisering", "Vill bli chef");
        form.check(Names.HEAD_APPROVES, true).text(Names.HEAD_COMMENT, "Godkänt, ingår i kompetensplanen.");
        tasklist.complete(form, csn);
        browser.screenshot("mentorship-approved-csn");
        admin.as("chef-spv").submit(spv, Map.of(Names.HEAD_APPROVES, true, Names.HEAD_COMMENT, ""));
    }

    /** A council member reads the proposal and confirms it in Tasklist. */
    void confirm(String key) {
        JsonNode task = awaitTask(key, MentorshipModel.USER_TASK_CONFIRM_MATCHING);
        assertThat(admin.get("/engine-rest/task/" + task.path("id").asText() + "/identity-links?type=candidate"))
                .extracting(link -> link.path("groupId").asText()).containsExactly("education-council");
        tasklist.logIn("utbkoord-msb", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "mentorshipMatchingForm");
        assertThat(form.shown(Names.MATCHING_PROPOSAL)).contains("csn → spv", "Anna Adept", "Sven Mentor", "7 poäng",
                "samma område: IT och digitalisering (+3)");
        form.text(Names.PAIR_PLAN, "csn → spv");
        tasklist.complete(form, task);
        browser.screenshot("mentorship-confirmed");
    }

    /** CSN's training coordinator records the adept's yes in Tasklist, SPV's the mentor's over REST. */
    void answer(String key) {
        JsonNode tasks = awaitTasks(key, MentorshipModel.USER_TASK_ANSWER_MATCH, 2);
        JsonNode csn = taskOf(tasks, "csn", "-training-coordinators");
        JsonNode spv = taskOf(tasks, "spv", "-training-coordinators");
        tasklist.logIn("utbkoord-csn", "demo");
        CamundaForm form = tasklist.claim(csn.path("id").asText(), "mentorshipAnswerForm");
        assertThat(form.shown(Names.PAIR_DESCRIPTION)).contains("Adept: Anna Adept", "Mentor: Sven Mentor");
        form.check(Names.ACCEPTS, true);
        tasklist.complete(form, csn);
        browser.screenshot("mentorship-answered-csn");
        admin.as("utbkoord-spv").submit(spv,
                Map.of(Names.ACCEPTS, true, Names.DECLINE_REASON, ""));
    }

    /** CSN's training coordinator records the mid-point check-in in Tasklist. */
    void checkIn(String key) {
        JsonNode task = awaitTask(key, MentorshipModel.USER_TASK_MID_POINT_CHECK_IN);
        tasklist.logIn("utbkoord-csn", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "mentorshipCheckInForm");
        assertThat(form.shown(Names.PAIR_DESCRIPTION)).contains("Registrerade möten hittills: 0");
        form.text(Names.MEETINGS_HELD, 3);
        tasklist.complete(form, task);
        browser.screenshot("mentorship-mid-point");
        assertThat(jdbc.queryForObject("select meetings from mentorship_pair where business_key = ?", Integer.class, key))
                .isEqualTo(3);
    }

    /** CSN's training coordinator reports in Tasklist that the pair ends early; both agencies' coordinators are told. */
    void endEarly(String key) {
        JsonNode task = awaitTask(key, MentorshipModel.USER_TASK_REPORT_EARLY_END);
        tasklist.logIn("utbkoord-csn", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "mentorshipEarlyEndForm");
        assertThat(form.shown(Names.PAIR_DESCRIPTION)).contains("Adept: Anna Adept", "Mentor: Sven Mentor")
                .doesNotContain("Registrerade möten");
        form.text(Names.MEETINGS_HELD, 5).text(Names.END_REASON, "Mentorn har fått nytt uppdrag utomlands.");
        tasklist.complete(form, task);
        browser.screenshot("mentorship-ended-early");
        for (String coordinator : List.of("utbkoord-csn@csn.example", "utbkoord-spv@spv.example")) {
            assertThat(awaitMailTo("mentorship", key, coordinator).toString()).contains("avslutats i förtid");
        }
    }

    /** The adept opens the evaluation's personal link from the mail she received, in Chromium without an account, and answers. */
    void answerEvaluation(String key) {
        String text = receivedText("anna.adept@csn.example", Surveys.PATH);
        Matcher link = Pattern.compile("http://\\S+" + Pattern.quote(Surveys.PATH) + "[A-Za-z0-9_-]{43}").matcher(text);
        assertThat(link.find()).as("evaluation link in: " + text).isTrue();
        assertThat(text).contains("Hej Anna Adept!", "adept i programmet");
        assertThat(received("sven.mentor@spv.example")).as("the mentor got his own link").isPositive();
        browser.forgetSession(BASE_URL);
        browser.open(link.group());
        browser.visible(By.xpath("//h1[normalize-space(.)='Utvärdering av mentorprogrammet']"));
        assertThat(browser.visible(By.tagName("body")).getText()).contains("Mentorprogram " + today.plusYears(1).getYear(),
                "Hur väl passade matchningen med din adept eller mentor?").doesNotContain("Anna", "anna.adept@csn.example");
        browser.screenshot("mentorship-evaluation-form");
        for (Map.Entry<String, String> score : Map.of("goals", "4", "matching", "5", "arrangement", "3", "recommend", "9")
                .entrySet()) {
            browser.click(By.cssSelector("input[name='" + score.getKey() + "'][value='" + score.getValue() + "']"));
        }
        browser.visible(By.id("valuable")).sendKeys("Att se hur en annan myndighet arbetar.");
        browser.click(By.cssSelector("form button[type=submit]"));
        browser.visible(By.xpath("//h1[normalize-space(.)='Tack för ditt svar!']"));
        browser.screenshot("mentorship-evaluation-thanks");
        assertThat(jdbc.queryForList("select respondent_group from survey_response where round_key = ?", String.class, key))
                .containsExactly("adept");
        assertThat(jdbc.queryForList("select a.question || '=' || coalesce(cast(a.score as varchar(10)), a.answer_text)"
                + " from survey_answer a join survey_response r on r.id = a.response_id where r.round_key = ?"
                + " order by a.question", String.class, key))
                .containsExactly("arrangement=3", "goals=4", "matching=5", "recommend=9",
                        "valuable=Att se hur en annan myndighet arbetar.");
    }

    /** The network coordinator reads the compiled evaluation and writes the report in Tasklist. */
    void writeReport(String key) {
        JsonNode task = awaitTask(key, MentorshipModel.USER_TASK_WRITE_EVALUATION_REPORT);
        tasklist.logIn("koordinator", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "mentorshipEvaluationForm");
        assertThat(form.shown(Names.EVALUATION_OVERALL)).contains("Svar: 1 av 2", "visas inte")
                .doesNotContain("Att se hur en annan myndighet");
        form.text(Names.EVALUATION_REPORT, "För få svar för slutsatser; paret avslutades i förtid.");
        tasklist.complete(form, task);
        browser.screenshot("mentorship-evaluation-report");
        assertThat(jdbc.queryForMap("select evaluation_invited, evaluation_responses, evaluation_report from"
                + " mentorship_programme where business_key = ?", key)).containsEntry("evaluation_invited", 2)
                .containsEntry("evaluation_responses", 1)
                .containsEntry("evaluation_report", "För få svar för slutsatser; paret avslutades i förtid.");
        for (String reader : java.util.List.of("utbildningsadmin@bolagsverket.example", "utbkoord-csn@csn.example",
                "utbkoord-spv@spv.example")) {
            assertThat(awaitMailTo("mentorship", key, reader).toString()).contains("Rapport om utvärderingen",
                    "För få svar för slutsatser; paret avslutades i förtid.", "Svar: 1 av 2");
        }
    }
}
