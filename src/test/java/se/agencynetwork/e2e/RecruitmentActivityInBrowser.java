package se.agencynetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.idea.IdeaVariables;
import se.agencynetwork.models.ids.IdeaModel;
import se.agencynetwork.models.ids.RecruitmentActivityModel;
import se.agencynetwork.recruitment.RecruitmentVariables;
import se.agencynetwork.recruitment.RecruitmentVariables.Names;

/**
 * A joint recruitment activity (recruitment-activity) from the council's decision to the follow-up of hires, every
 * form of the activity completed in Tasklist, in Chromium, by a user of the step's own group:
 *
 * <ol>
 * <li>an idea of kind "Rekryteringsaktivitet" is submitted, screened, shaped, answered and approved over REST (its
 * forms are completed in the browser by {@link IdeaToSurveyInBrowser}); the approval hands it to recruitment-activity;</li>
 * <li>the coordinator plans the activity in Tasklist (a shared stand at a career fair, equal shares);</li>
 * <li>CSN's training coordinator signs up in Tasklist; SPV signs up and the other fourteen decline over REST;</li>
 * <li>the coordinator reports in Tasklist that the activity took place, with its cost: CSN's and SPV's heads get
 * their shares;</li>
 * <li>the six-month timer is executed as an administrator could in Cockpit; CSN's training coordinator reports the
 * hires in Tasklist, SPV over REST;</li>
 * <li>the coordinator reads the summary and writes the lessons in Tasklist; the idea ends with the activity.</li>
 * </ol>
 * Forms completed in Tasklist: recruitment-activity-plan, recruitment-activity-sign-up, recruitment-activity-event,
 * recruitment-activity-hires, recruitment-activity-summary.
 */
class RecruitmentActivityInBrowser extends BrowserJourney {

    static final String TITLE = "Gemensam monter på Jobbmässan";
    static final String LESSONS = "Två rekryterare per myndighet räcker; boka monterplats i god tid.";

    @Test
    void anApprovedRecruitmentIdeaIsPlannedSignedUpHeldSharedAndFollowedUpInTasklist() {
        String key = approveRecruitmentIdea();
        plan(key);
        signUp(key);
        reportEvent(key);
        executeTimer("recruitment-activity", key, RecruitmentActivityModel.INTERMEDIATE_EVENT_SIX_MONTHS_LATER);
        reportHires(key);
        summarize(key);

        String activity = historicInstance("recruitment-activity", key);
        EngineHistory.completed(admin, activity);
        assertThat(EngineHistory.path(admin, activity)).containsSubsequence(
                RecruitmentActivityModel.START_EVENT_ACTIVITY_DECIDED, RecruitmentActivityModel.SERVICE_TASK_REGISTER_ACTIVITY,
                RecruitmentActivityModel.USER_TASK_PLAN_ACTIVITY, RecruitmentActivityModel.SERVICE_TASK_OPEN_SIGN_UP,
                RecruitmentActivityModel.USER_TASK_SIGN_UP, RecruitmentActivityModel.GATEWAY_SIGN_UP_CLOSED,
                RecruitmentActivityModel.SERVICE_TASK_COMPILE_SIGN_UPS, RecruitmentActivityModel.USER_TASK_RECORD_EVENT,
                RecruitmentActivityModel.SERVICE_TASK_SHARE_COST, RecruitmentActivityModel.INTERMEDIATE_EVENT_SIX_MONTHS_LATER,
                RecruitmentActivityModel.USER_TASK_REPORT_HIRES, RecruitmentActivityModel.SERVICE_TASK_COMPILE_HIRES,
                RecruitmentActivityModel.USER_TASK_REVIEW_SUMMARY, RecruitmentActivityModel.SERVICE_TASK_CLOSE_ACTIVITY,
                RecruitmentActivityModel.END_EVENT_FOLLOWED_UP);
        Map<String, Object> row = jdbc.queryForMap("select status, participant_count, actual_cost, answered_count, total_hires,"
                + " lessons_learned, event_reported_by from recruitment_activity where business_key = ?", key);
        assertThat(row).containsEntry("status", "FOLLOWED_UP").containsEntry("participant_count", 2)
                .containsEntry("answered_count", 2).containsEntry("total_hires", 3).containsEntry("lessons_learned", LESSONS)
                .containsEntry("event_reported_by", "koordinator");
        assertThat((BigDecimal) row.get("actual_cost")).isEqualByComparingTo("24000.00");
        assertThat(jdbc.queryForList("select answered_by from recruitment_activity_sign_up where business_key = ?"
                + " and agency_code in ('csn', 'spv') order by agency_code", String.class, key))
                .containsExactly("utbkoord-csn", "utbkoord-spv");

        // the idea waited for its activity and ended with it
        String idea = historicInstance("idea", key);
        EngineHistory.completed(admin, idea);
        assertThat(EngineHistory.path(admin, idea)).contains(IdeaModel.CALL_ACTIVITY_RECRUITMENT_ACTIVITY,
                IdeaModel.END_EVENT_TO_RECRUITMENT_ACTIVITY).doesNotContain(IdeaModel.CALL_ACTIVITY_PROCUREMENT);
        assertThat(EngineHistory.variable(admin, idea, "followUpOutcome").asText()).isEqualTo(RecruitmentVariables.FOLLOWED_UP);

        assertThat(awaitMails("cost-share", key, 2)).containsExactlyInAnyOrder("chef-csn@csn.example", "chef-spv@spv.example");
        JsonNode summary = awaitMailTo("recruitment-activity", key, "koordinator@spv.example");
        assertThat(summary.path("subject").asText()).contains("Uppföljning av rekryteringsaktiviteten", TITLE);
    }

    /** The idea's steps over REST, each as its own user, up to the council's approval and the hand-over. */
    String approveRecruitmentIdea() {
        Map<String, Object> idea = new HashMap<>();
        idea.put(IdeaVariables.TITLE, TITLE);
        idea.put(IdeaVariables.DESCRIPTION, "En gemensam monter för nätverkets myndigheter på Jobbmässan i Sundsvall.");
        idea.put(IdeaVariables.KIND, "recruitment");
        idea.put(IdeaVariables.TARGET_GROUP, "Studenter och nyexaminerade");
        idea.put(IdeaVariables.ORIGIN_TYPE, "agency");
        idea.put(IdeaVariables.EXPECTED_PARTICIPANTS, 15L);
        idea.put(IdeaVariables.ROUGH_COST, 24000L);
        HttpResponse<String> started = admin.as("utbkoord-spv").post("/engine-rest/process-definition/key/idea/submit-form",
                Map.of("variables", EngineApi.typed(idea)), Duration.ofSeconds(120));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String key = admin.get("/engine-rest/process-instance/" + EngineApi.read(started.body()).path("id").asText())
                .path("businessKey").asText();
        admin.as("koordinator").submit(awaitTask(key, IdeaModel.USER_TASK_SCREEN_IDEA),
                Map.of("screeningOutcome", "complete"));
        admin.as("koordinator").submit(awaitTask(key, IdeaModel.USER_TASK_SHAPE_IDEA), Map.of(
                CostSharingVariables.COST_KEY, "equal", "estimatedCost", 24000L,
                IdeaVariables.Names.INTEREST_DEADLINE, today.plusDays(7).toString()));
        for (JsonNode task : awaitTasks(key, IdeaModel.USER_TASK_STATE_INTEREST, 16)) {
            String agency = agencyOf(task, "-training-coordinators");
            long participants = switch (agency) {
                case "csn" -> 6L;
                case "spv" -> 5L;
                case "msb" -> 4L;
                default -> -1L;
            };
            if (participants > 0) {
                admin.as("utbkoord-" + agency).submit(task, Map.of(IdeaVariables.Names.AGENCY_PARTICIPANTS, participants,
                        IdeaVariables.Names.CO_FUNDING, true, IdeaVariables.Names.INTEREST_COMMENT, ""));
            }
        }
        executeTimer("idea", key, IdeaModel.BOUNDARY_EVENT_INTEREST_DEADLINE);
        admin.as("koordinator").submit(awaitTask(key, IdeaModel.USER_TASK_DECIDE_IDEA), Map.of(
                IdeaVariables.Names.DECISION, "approve", IdeaVariables.Names.DECISION_REASON,
                "Tre myndigheter vill stå i en gemensam monter."));
        return key;
    }

    /** The coordinator plans the activity in Tasklist. */
    void plan(String key) {
        JsonNode task = awaitTask(key, RecruitmentActivityModel.USER_TASK_PLAN_ACTIVITY);
        tasklist.logIn("koordinator", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "recruitmentActivityPlanForm");
        assertThat(form.shown(Names.TITLE)).isEqualTo(TITLE);
        form.choose(Names.ACTIVITY_KIND, "career-fair")
                .date(Names.ACTIVITY_DATE, today.plusDays(30))
                .text(Names.ACTIVITY_PLACE, "Jobbmässan, Sundsvall")
                .text(Names.PLANNED_CONTRIBUTIONS, "Varje myndighet bemannar montern en halv dag och tar med eget material.")
                .text(Names.PLANNED_COST, 24000)
                .choose(Names.ACTIVITY_COST_KEY, "equal")
                .date(Names.SIGN_UP_DEADLINE, today.plusDays(14));
        tasklist.complete(form, task);
        browser.screenshot("recruitment-planned");
    }

    /** CSN signs up in Tasklist; SPV signs up and the other agencies decline over REST, as their own users. */
    void signUp(String key) {
        JsonNode tasks = awaitTasks(key, RecruitmentActivityModel.USER_TASK_SIGN_UP, 16);
        Map<String, JsonNode> byAgency = new TreeMap<>();
        for (JsonNode task : tasks) {
            byAgency.put(agencyOf(task, "-training-coordinators"), task);
        }
        assertThat(byAgency).hasSize(16);
        JsonNode csn = byAgency.remove("csn");
        tasklist.logIn("utbkoord-csn", "demo");
        CamundaForm form = tasklist.claim(csn.path("id").asText(), "recruitmentActivitySignUpForm");
        assertThat(form.shown(Names.AGENCY_NAME)).isEqualTo("Centrala studiestödsnämnden (CSN)");
        assertThat(form.shown(Names.ACTIVITY_PLACE)).isEqualTo("Jobbmässan, Sundsvall");
        form.check(Names.TAKES_PART, true).text(Names.AGENCY_CONTRIBUTION, "Två rekryterare och roll-ups.");
        tasklist.complete(form, csn);
        browser.screenshot("recruitment-signed-up-csn");
        byAgency.forEach((agency, task) -> admin.as("utbkoord-" + agency).submit(task,
                Map.of(Names.TAKES_PART, agency.equals("spv"))));
    }

    /** The coordinator reports in Tasklist that the activity took place, with its cost. */
    void reportEvent(String key) {
        JsonNode task = awaitTask(key, RecruitmentActivityModel.USER_TASK_RECORD_EVENT);
        tasklist.logIn("koordinator", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "recruitmentActivityEventForm");
        assertThat(form.shown(Names.PARTICIPANT_NAMES)).contains("Centrala studiestödsnämnden (CSN)",
                "Statens tjänstepensionsverk (SPV)");
        form.choose(Names.EVENT_OUTCOME, RecruitmentVariables.HELD)
                .text(Names.ACTUAL_COST, 24000)
                .text(Names.EVENT_NOTES, "Omkring 300 besökare i montern.");
        tasklist.complete(form, task);
        browser.screenshot("recruitment-event-reported");
    }

    /** CSN reports its hires in Tasklist, SPV over REST. */
    void reportHires(String key) {
        JsonNode tasks = awaitTasks(key, RecruitmentActivityModel.USER_TASK_REPORT_HIRES, 2);
        JsonNode csn = taskOf(tasks, "csn", "-training-coordinators");
        JsonNode spv = taskOf(tasks, "spv", "-training-coordinators");
        tasklist.logIn("utbkoord-csn", "demo");
        CamundaForm form = tasklist.claim(csn.path("id").asText(), "recruitmentActivityHiresForm");
        assertThat(form.shown(Names.AGENCY_NAME)).isEqualTo("Centrala studiestödsnämnden (CSN)");
        form.text(Names.HIRES, 2).text(Names.HIRES_COMMENT, "Två handläggare.");
        tasklist.complete(form, csn);
        browser.screenshot("recruitment-hires-csn");
        admin.as("utbkoord-spv").submit(spv, Map.of(Names.HIRES, 1L));
    }

    /** The coordinator reads the follow-up and writes the lessons in Tasklist. */
    void summarize(String key) {
        JsonNode task = awaitTask(key, RecruitmentActivityModel.USER_TASK_REVIEW_SUMMARY);
        tasklist.logIn("koordinator", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "recruitmentActivitySummaryForm");
        assertThat(form.shown(Names.TOTAL_HIRES)).isEqualTo("3");
        assertThat(form.shown(Names.ANSWERED_COUNT)).isEqualTo("2");
        assertThat(form.shown(Names.HIRES_SUMMARY)).contains("Centrala studiestödsnämnden (CSN): 2 (Två handläggare.)",
                "Statens tjänstepensionsverk (SPV): 1");
        form.text(Names.LESSONS_LEARNED, LESSONS);
        tasklist.complete(form, task);
        browser.screenshot("recruitment-summarized");
    }
}
