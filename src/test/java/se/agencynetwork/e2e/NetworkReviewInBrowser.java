package se.agencynetwork.e2e;

import se.agencynetwork.models.ids.NetworkReviewModel;
import se.agencynetwork.review.ReviewVariables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The yearly network review (network-review) with every human step in Tasklist, in Chromium, by a user of
 * the step's own group:
 *
 * <ol>
 * <li>the coordinator starts the review from Tasklist's start form (year, last day to answer);</li>
 * <li>CSN's head rates the network in Tasklist (4 of 5, stays a member); the other fifteen agencies' heads
 * answer their own copies over REST (SPV 5, the rest 3; Kriminalvården wants to leave);</li>
 * <li>the answers are compiled; the coordinator reads the figures and writes the summary and the proposal
 * in Tasklist;</li>
 * <li>a member of the steering group (Bolagsverket's head) decides "continue with changes" in Tasklist.</li>
 * </ol>
 * Asserts the path in the engine's history, the rows of {@code network_review} and
 * {@code network_review_answer}, and the new-task mails the heads and the steering group received.
 */
class NetworkReviewInBrowser extends BrowserJourney {

    static final String RATE = NetworkReviewModel.USER_TASK_RATE_NETWORK_BENEFIT;
    static final String SUMMARY = "Nätverket ger mest nytta genom gemensamma utbildningar; mindre myndigheter vill ha fler"
            + " digitala tillfällen.";
    static final String PROPOSAL = "Fortsätt med gemensamma utbildningar och lägg till två webbinarier per termin.";

    @Test
    void theCoordinatorStartsTheReviewEveryAgencyAnswersAndTheSteeringGroupDecides() {
        LocalDate lastAnswerDate = today.plusDays(14);
        String key = start(lastAnswerDate);
        String review = instance("network-review", key).path("id").asText();
        Map<String, Object> round = jdbc.queryForMap("select review_year, agency_count, response_deadline from network_review"
                + " where business_key = ?", key);
        assertThat(round).containsEntry("review_year", today.getYear()).containsEntry("agency_count", 16);

        answer(key);
        summarize(key);
        decide(key);

        EngineHistory.completed(admin, review);
        List<String> path = EngineHistory.path(admin, review);
        assertThat(path).containsSubsequence(NetworkReviewModel.START_EVENT_YEARLY_REVIEW, NetworkReviewModel.SERVICE_TASK_PREPARE_REVIEW_ROUND, RATE,
                NetworkReviewModel.GATEWAY_JOIN_ANSWERS, NetworkReviewModel.SERVICE_TASK_COMPILE_ANSWERS, NetworkReviewModel.GATEWAY_JOIN_COMPILATION, NetworkReviewModel.USER_TASK_COMPILE_REVIEW,
                NetworkReviewModel.USER_TASK_DECIDE_NEXT_YEAR, NetworkReviewModel.GATEWAY_NEEDS_COMPLETION, NetworkReviewModel.SERVICE_TASK_RECORD_DECISION, NetworkReviewModel.END_EVENT_NEXT_YEAR_DECIDED)
                .doesNotContain(NetworkReviewModel.BOUNDARY_EVENT_RESPONSE_DEADLINE_PASSED);
        assertThat(path.stream().filter(RATE::equals)).as("one answer task per agency").hasSize(16);
        assertThat(path.stream().filter(NetworkReviewModel.USER_TASK_COMPILE_REVIEW::equals)).as("summary written once, not sent back").hasSize(1);

        Map<String, Object> decided = jdbc.queryForMap("select answer_count, average_rating, continue_count, summary,"
                + " next_year_proposal, decision, decision_notes, decided_by, decided_at from network_review where business_key = ?",
                key);
        assertThat(decided).containsEntry("answer_count", 16).containsEntry("continue_count", 15)
                .containsEntry("summary", SUMMARY).containsEntry("next_year_proposal", PROPOSAL)
                .containsEntry("decision", "CONTINUE_WITH_CHANGES").containsEntry("decided_by", "chef-bolagsverket")
                .containsEntry("decision_notes", "Webbinarierna prövas under ett år och utvärderas sedan.");
        assertThat((BigDecimal) decided.get("average_rating")).isEqualByComparingTo("3.19");
        assertThat(decided.get("decided_at")).isNotNull();
        assertThat(EngineHistory.variable(admin, review, ReviewVariables.Names.DECISION).asText()).isEqualTo("CONTINUE_WITH_CHANGES");

        Map<String, Object> csn = jdbc.queryForMap("select rating, wants_to_continue, most_useful, should_change, answered_by"
                + " from network_review_answer where business_key = ? and agency_code = 'csn'", key);
        assertThat(csn).containsEntry("rating", 4).containsEntry("wants_to_continue", true)
                .containsEntry("most_useful", "Upphandlade kurser som vi aldrig hade råd med ensamma.")
                .containsEntry("should_change", "Fler tillfällen på distans.").containsEntry("answered_by", "chef-csn");
        assertThat(jdbc.queryForList("select answered_by from network_review_answer where business_key = ? order by agency_code",
                String.class, key)).hasSize(16).allMatch(user -> user.startsWith("chef-"));
        assertThat(jdbc.queryForObject("select wants_to_continue from network_review_answer where business_key = ?"
                + " and agency_code = 'kriminalvarden'", Boolean.class, key)).isFalse();

        // every head was told of the agency's task, the steering group of the decision
        assertThat(newTaskMailsTo(key)).contains("chef-csn@csn.example", "chef-kriminalvarden@kriminalvarden.example",
                "chef-bolagsverket@bolagsverket.example", "koordinator@spv.example");
    }

    /** The coordinator starts the review from Tasklist's start form. */
    String start(LocalDate lastAnswerDate) {
        tasklist.logIn("koordinator", "demo");
        CamundaForm form = tasklist.startForm("Nyttoutvärdering", "networkReviewStartForm")
                .text("reviewYear", today.getYear())
                .date("lastAnswerDate", lastAnswerDate);
        String key = tasklist.start(form, "network-review");
        browser.screenshot("review-started");
        assertThat(key).startsWith("REVIEW-" + today.getYear() + "-");
        awaitTasks(key, RATE, 16);
        return key;
    }

    /** CSN's head answers in Tasklist, the other heads their own agencies' tasks over REST. */
    void answer(String key) {
        JsonNode tasks = awaitTasks(key, RATE, 16);
        Map<String, JsonNode> byAgency = new HashMap<>();
        for (JsonNode task : tasks) {
            byAgency.put(agencyOf(task, "-heads"), task);
        }
        assertThat(byAgency).hasSize(16);

        tasklist.logIn("chef-csn", "demo");
        JsonNode csn = byAgency.remove("csn");
        CamundaForm form = tasklist.claim(csn.path("id").asText(), "networkReviewAnswerForm");
        assertThat(form.shown("agencyName")).isEqualTo("Centrala studiestödsnämnden (CSN)");
        form.choose("benefitRating", "4")
                .check("wantsToContinue", true)
                .text("mostUseful", "Upphandlade kurser som vi aldrig hade råd med ensamma.")
                .text("shouldChange", "Fler tillfällen på distans.");
        tasklist.complete(form, csn);
        browser.screenshot("review-answered-csn");

        List<String> others = new ArrayList<>(byAgency.keySet());
        for (String agency : others) {
            Map<String, Object> values = new HashMap<>();
            values.put(ReviewVariables.Names.BENEFIT_RATING, "spv".equals(agency) ? 5L : 3L);
            values.put(ReviewVariables.Names.WANTS_TO_CONTINUE, !"kriminalvarden".equals(agency));
            values.put(ReviewVariables.Names.MOST_USEFUL, "Erfarenhetsutbytet mellan myndigheterna.");
            values.put(ReviewVariables.Names.SHOULD_CHANGE, "");
            admin.as("chef-" + agency).submit(byAgency.get(agency), values);
        }
    }

    /** The coordinator reads the compiled figures and writes the summary and the proposal in Tasklist. */
    void summarize(String key) {
        JsonNode task = awaitTask(key, NetworkReviewModel.USER_TASK_COMPILE_REVIEW);
        tasklist.logIn("koordinator", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "networkReviewSummaryForm");
        assertThat(form.shown("agencyCount")).isEqualTo("16");
        assertThat(form.shown("answerCount")).isEqualTo("16");
        assertThat(form.shown("continueCount")).isEqualTo("15");
        assertThat(form.shown("averageRating")).isEqualTo("3.19");
        assertThat(form.shown("nonRespondingAgencies")).isEmpty();
        form.text("reviewSummary", SUMMARY).text("nextYearProposal", PROPOSAL);
        tasklist.complete(form, task);
        browser.screenshot("review-summarized");
    }

    /** Bolagsverket's head, a member of the steering group, decides in Tasklist. */
    void decide(String key) {
        JsonNode task = awaitTask(key, NetworkReviewModel.USER_TASK_DECIDE_NEXT_YEAR);
        assertThat(admin.get("/engine-rest/task/" + task.path("id").asText() + "/identity-links?type=candidate"))
                .extracting(link -> link.path("groupId").asText()).containsExactly("steering-group");
        tasklist.logIn("chef-bolagsverket", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "networkReviewDecisionForm");
        assertThat(form.shown("reviewSummary")).isEqualTo(SUMMARY);
        assertThat(form.shown("nextYearProposal")).isEqualTo(PROPOSAL);
        form.choose("decision", "CONTINUE_WITH_CHANGES")
                .text("decisionNotes", "Webbinarierna prövas under ett år och utvärderas sedan.");
        tasklist.complete(form, task);
        browser.screenshot("review-decided");
    }

    /** The addresses the new-task mails of the review went to, once every one of them is delivered. */
    private List<String> newTaskMailsTo(String key) {
        String query = "/api/mails?size=200&kind=new-task&businessKey=" + EngineApi.encode(key);
        JsonNode mails = Awaitility.await("new-task mails of " + key + " delivered").atMost(JOBS)
                .pollInterval(Duration.ofMillis(500)).until(() -> admin.get(query).path("mails"), found -> {
                    for (JsonNode mail : found) {
                        if (!"SENT".equals(mail.path("status").asText())) {
                            return false;
                        }
                    }
                    return found.size() > 0;
                });
        List<String> to = new ArrayList<>();
        mails.forEach(mail -> to.add(mail.path("recipient").asText()));
        return to;
    }
}
