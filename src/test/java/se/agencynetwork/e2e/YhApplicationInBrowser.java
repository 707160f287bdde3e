package se.agencynetwork.e2e;

import se.agencynetwork.models.ids.IdeaModel;
import se.agencynetwork.models.ids.YhApplicationModel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.agencynetwork.system.BusinessKeys;
import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.idea.IdeaVariables;
import se.agencynetwork.yh.YhVariables;

/**
 * A YH programme proposal (yh-application) with every human step in Tasklist, in Chromium, by a user of
 * the step's own group; two cases, one per MYH decision:
 *
 * <ol>
 * <li>the case begins as the idea's call activity begins it: the administrator starts yh-application over
 * the REST API with the business key and the variables the call activity passes (the council's decision
 * that leads there is {@link IdeaToSurveyInBrowser}'s business, with the same forms);</li>
 * <li>the legal working group (wg-legal: Ångermanlands tingsrätt's training coordinator) describes the need
 * and ticks the concerned agencies; the coordinator registers the provider and the programme;</li>
 * <li>one head signs the letter of intent in Tasklist; the other concerned agencies' heads answer their own
 * copies over REST;</li>
 * <li>the coordinator confirms the provider's submission (with the evidence link, whose text is then
 * downloaded) and registers MYH's decision;</li>
 * <li>approved: the coordinator gives the start date; the signing agencies' heads are asked for their LIA
 * places by mail, everyone concerned is told. Rejected: the coordinator writes the lessons learned and
 * tries no more; everyone concerned is told.</li>
 * </ol>
 * Each case asserts the path in the engine's history, the outcome, the rows of {@code yh_application} and
 * {@code yh_letter_of_intent}, and the mails the SMTP server received.
 */
class YhApplicationInBrowser extends BrowserJourney {

    static final String CSN = "Centrala studiestödsnämnden (CSN)";
    static final String SPV = "Statens tjänstepensionsverk (SPV)";
    static final String MSB = "Myndigheten för samhällsskydd och beredskap";
    /** A member of wg-legal, the working group that describes a YH need (network.yh.default-working-group). */
    static final String WORKING_GROUP_MEMBER = "utbkoord-angermanlands-tr";
    static final String ORG_NUMBER = "556036-0793";

    @Autowired
    BusinessKeys businessKeys;

    /** Three agencies asked, CSN's head signs in Tasklist, SPV signs and MSB declines over REST; MYH approves. */
    @Test
    void approvedProgrammeGetsItsStartDateAndTheSigningAgenciesPrepareLiaPlaces() {
        String key = startAsTheIdeaWould("Juristassistent", List.of("csn", "spv"));
        String yh = instance("yh-application", key).path("id").asText();

        describeNeed(key, "Juristassistent", List.of(CSN, SPV, MSB));
        assertThat(concernedAgencies(yh)).containsExactlyInAnyOrder("csn", "spv", "msb");
        registerProvider(key, "Juristassistent, 400 YH-poäng");
        assertThat(jdbc.queryForList("select agency_code from yh_letter_of_intent where business_key = ? and answer = 'pending'"
                + " order by agency_code", String.class, key)).containsExactly("csn", "msb", "spv");

        JsonNode letters = awaitTasks(key, YhApplicationModel.USER_TASK_ANSWER_LETTER, 3);
        JsonNode spv = taskOf(letters, "spv", "-heads");
        JsonNode msb = taskOf(letters, "msb", "-heads");
        signInBrowser(taskOf(letters, "csn", "-heads"), "csn", CSN, 6, 3, "Karin Ek, HR-chef");
        signOverRest(spv, "spv", 4, 2, "Per Lind, förvaltningschef");
        admin.as("chef-msb").submit(msb, Map.of(YhVariables.Names.LETTER_ANSWER, "declined",
                YhVariables.Names.LETTER_COMMENT, "Vi anställer inga juristassistenter de närmaste åren."));

        confirmSubmitted(key, "2 undertecknade, 1 avböjda, 0 utan svar; rekryteringsbehov 10, LIA-platser 5",
                "MYH 2026/4711");
        String evidence = text("/api/yh/" + key + "/evidence", "koordinator");
        assertThat(evidence).contains("Underlag för YH-ansökan " + key, CSN + ": rekryteringsbehov 6 personer inom 3–5 år,"
                + " 3 LIA-platser, referensperson Karin Ek, HR-chef", "Sammanlagt antal LIA-platser: 5")
                .doesNotContain(MSB);
        registerDecision(key, "approved", "Utbildningen svarar mot arbetsmarknadens behov.");

        JsonNode start = awaitTask(key, YhApplicationModel.USER_TASK_PLAN_START);
        tasklist.logIn("koordinator", "demo");
        CamundaForm form = tasklist.claim(start.path("id").asText(), "yhStartForm");
        assertThat(form.shown("programmeName")).isEqualTo("Juristassistent, 400 YH-poäng");
        assertThat(form.shown("totalLiaPlaces")).as("the LIA places the signed letters promise").isEqualTo("5");
        LocalDate programmeStart = today.plusMonths(5);
        form.date("programmeStart", programmeStart).text("startComment", "Uppstart med LIA-handledarna i augusti.");
        tasklist.complete(form, start);
        browser.screenshot("yh-approved-started");

        // the path, the outcome for idea and the decision in the application's table
        EngineHistory.completed(admin, yh);
        assertThat(EngineHistory.path(admin, yh)).containsSubsequence(YhApplicationModel.START_EVENT_YH_PROPOSED, YhApplicationModel.SERVICE_TASK_PREPARE_APPLICATION,
                YhApplicationModel.USER_TASK_DESCRIBE_NEED, YhApplicationModel.USER_TASK_REGISTER_PROVIDER, YhApplicationModel.SERVICE_TASK_REQUEST_LETTERS, YhApplicationModel.USER_TASK_ANSWER_LETTER,
                YhApplicationModel.SERVICE_TASK_COMPILE_SUPPORT, YhApplicationModel.GATEWAY_ENOUGH_SUPPORT, YhApplicationModel.SERVICE_TASK_PREPARE_ROUND, YhApplicationModel.USER_TASK_CONFIRM_SUBMITTED,
                YhApplicationModel.USER_TASK_REGISTER_DECISION, IdeaModel.GATEWAY_APPROVED, YhApplicationModel.USER_TASK_PLAN_START, YhApplicationModel.SERVICE_TASK_ANNOUNCE_APPROVAL,
                YhApplicationModel.END_EVENT_PROGRAMME_APPROVED)
                .doesNotContain(YhApplicationModel.SERVICE_TASK_RECORD_SILENCE, YhApplicationModel.SERVICE_TASK_REPORT_TOO_LITTLE_SUPPORT, YhApplicationModel.BOUNDARY_EVENT_DECISION_RECEIVED,
                        YhApplicationModel.USER_TASK_LESSONS_LEARNED, YhApplicationModel.END_EVENT_APPLICATION_REJECTED);
        assertThat(EngineHistory.variable(admin, yh, YhVariables.Names.OUTCOME).asText()).isEqualTo("YH_APPROVED");
        assertThat(EngineHistory.variable(admin, yh, YhVariables.Names.MYH_DECISION).asText()).isEqualTo("approved");
        assertThat(EngineHistory.variable(admin, yh, YhVariables.Names.PROGRAMME_START).asText()).startsWith(programmeStart.toString());
        Map<String, Object> application = jdbc.queryForMap("select programme_name, provider_name, provider_org_number, decision,"
                + " decided_at, lessons_learned from yh_application where business_key = ?", key);
        assertThat(application).containsEntry("programme_name", "Juristassistent, 400 YH-poäng")
                .containsEntry("provider_name", "Yrkeshögskolan Mitt AB").containsEntry("provider_org_number", ORG_NUMBER)
                .containsEntry("decision", "approved").containsEntry("lessons_learned", null);
        assertThat(application.get("decided_at")).isNotNull();
        assertLetters(key, List.of(
                List.of("csn", "signed", 6, 3, "Karin Ek, HR-chef", "chef-csn"),
                List.of("msb", "declined", 0, 0, "", "chef-msb"),
                List.of("spv", "signed", 4, 2, "Per Lind, förvaltningschef", "chef-spv")));

        // the signing agencies' heads prepare their LIA places; everyone concerned hears of the approval
        assertThat(deliveredTo(key, "yh-lia-places")).containsExactlyInAnyOrder("chef-csn@csn.example", "chef-spv@spv.example");
        assertThat(deliveredTo(key, "yh-outcome")).contains("koordinator@spv.example", "chef-csn@csn.example",
                "chef-spv@spv.example", "chef-msb@msb.example", WORKING_GROUP_MEMBER + "@angermanlands-tr.example");
        assertThat(receivedSubjects("chef-csn@csn.example")).as("what CSN's head received")
                .contains("Förbered LIA-platser: Juristassistent, 400 YH-poäng (" + key + ")");
    }

    /** Two agencies asked, SPV's head signs in Tasklist and CSN's over REST; MYH rejects, the network does not try again. */
    @Test
    void rejectedApplicationLeavesItsLessonsAndEndsWithoutANewAttempt() {
        String key = startAsTheIdeaWould("Utredare inom offentlig förvaltning", List.of("csn", "spv"));
        String yh = instance("yh-application", key).path("id").asText();

        describeNeed(key, "Utredare inom offentlig förvaltning", List.of(CSN, SPV));
        assertThat(concernedAgencies(yh)).containsExactlyInAnyOrder("csn", "spv");
        registerProvider(key, "Utredare i offentlig sektor");

        JsonNode letters = awaitTasks(key, YhApplicationModel.USER_TASK_ANSWER_LETTER, 2);
        JsonNode csn = taskOf(letters, "csn", "-heads");
        signInBrowser(taskOf(letters, "spv", "-heads"), "spv", SPV, 3, 2, "Emma Berg, utbildningssamordnare");
        signOverRest(csn, "csn", 2, 1, "Nils Wallin, HR");

        confirmSubmitted(key, "2 undertecknade, 0 avböjda, 0 utan svar; rekryteringsbehov 5, LIA-platser 3", "MYH 2026/815");
        registerDecision(key, "rejected", "Arbetsmarknadens behov är inte tillräckligt styrkt.");

        JsonNode lessons = awaitTask(key, YhApplicationModel.USER_TASK_LESSONS_LEARNED);
        tasklist.logIn("koordinator", "demo");
        CamundaForm form = tasklist.claim(lessons.path("id").asText(), "yhLessonsForm");
        assertThat(form.shown("decisionComment")).isEqualTo("Arbetsmarknadens behov är inte tillräckligt styrkt.");
        String learned = "Fler arbetsgivare utanför nätverket behöver skriva avsiktsförklaringar.";
        form.text("lessonsLearned", learned).choose("tryAgain", "no");
        tasklist.complete(form, lessons);
        browser.screenshot("yh-rejected-lessons");

        EngineHistory.completed(admin, yh);
        assertThat(EngineHistory.path(admin, yh)).containsSubsequence(YhApplicationModel.START_EVENT_YH_PROPOSED, YhApplicationModel.USER_TASK_DESCRIBE_NEED,
                YhApplicationModel.USER_TASK_REGISTER_PROVIDER, YhApplicationModel.USER_TASK_ANSWER_LETTER, YhApplicationModel.SERVICE_TASK_COMPILE_SUPPORT, YhApplicationModel.USER_TASK_CONFIRM_SUBMITTED,
                YhApplicationModel.USER_TASK_REGISTER_DECISION, IdeaModel.GATEWAY_APPROVED, YhApplicationModel.USER_TASK_LESSONS_LEARNED, YhApplicationModel.SERVICE_TASK_ANNOUNCE_REJECTION,
                YhApplicationModel.GATEWAY_TRY_AGAIN, YhApplicationModel.END_EVENT_APPLICATION_REJECTED)
                .doesNotContain(YhApplicationModel.USER_TASK_PLAN_START, YhApplicationModel.SERVICE_TASK_ANNOUNCE_APPROVAL, YhApplicationModel.INTERMEDIATE_EVENT_NEXT_ROUND_OPENS,
                        YhApplicationModel.SERVICE_TASK_REPORT_TOO_LITTLE_SUPPORT);
        assertThat(EngineHistory.variable(admin, yh, YhVariables.Names.OUTCOME).asText()).isEqualTo("YH_REJECTED");
        assertThat(EngineHistory.variable(admin, yh, YhVariables.Names.TRY_AGAIN).asText()).isEqualTo("no");
        assertThat(jdbc.queryForMap("select decision, lessons_learned from yh_application where business_key = ?", key))
                .containsEntry("decision", "rejected").containsEntry("lessons_learned", learned);
        assertLetters(key, List.of(
                List.of("csn", "signed", 2, 1, "Nils Wallin, HR", "chef-csn"),
                List.of("spv", "signed", 3, 2, "Emma Berg, utbildningssamordnare", "chef-spv")));

        assertThat(deliveredTo(key, "yh-lia-places")).as("no LIA places for a rejected programme").isEmpty();
        assertThat(deliveredTo(key, "yh-outcome")).contains("koordinator@spv.example", "chef-csn@csn.example",
                "chef-spv@spv.example", WORKING_GROUP_MEMBER + "@angermanlands-tr.example")
                .doesNotContain("chef-msb@msb.example");
        JsonNode outcome = admin.get("/api/mails?kind=yh-outcome&businessKey=" + EngineApi.encode(key)
                + "&recipient=" + EngineApi.encode("chef-spv@spv.example")).path("mails").get(0);
        assertThat(outcome.path("textBody").asText()).contains("Nätverket gör inget nytt försök.", learned);
    }

    // --- the steps ---------------------------------------------------------------------------------------------

    /**
     * Starts yh-application as idea's call activity CallActivity_YhApplication does: the idea's business key,
     * and the variables it passes in (the idea's data, the interest round's co-funders and summary).
     */
    String startAsTheIdeaWould(String title, List<String> coFunders) {
        String key = businessKeys.next("IDEA");
        ArrayNode summary = EngineApi.JSON.createArrayNode();
        for (String agency : coFunders) {
            summary.addObject().put("agency", agency.equals("csn") ? CSN : SPV).put("participants", 0)
                    .put("coFunding", "Ja").put("answer", "Svarat");
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("ideaKey", string(key));
        variables.put(YhVariables.Names.TITLE, string(title));
        variables.put(YhVariables.Names.DESCRIPTION, string("Myndigheterna har svårt att rekrytera till yrket och vill ha en YH-utbildning."));
        variables.put(IdeaVariables.KIND, string("yh-programme"));
        variables.put(IdeaVariables.TARGET_GROUP, string("Blivande medarbetare hos myndigheterna"));
        variables.put("format", string("yh-programme"));
        variables.put("delivery", string("yh"));
        variables.put(CostSharingVariables.COST_KEY, string("participants"));
        variables.put("estimatedCost", EngineApi.JSON.createObjectNode().put("type", "Long").put("value", 0));
        variables.put(IdeaVariables.Names.INTEREST_DEADLINE, string(today.minusDays(1).toString()));
        // a list as idea keeps it: Spin JSON (the engine REST API takes no Object variables)
        variables.put(YhVariables.Names.CO_FUNDING_AGENCIES, EngineApi.JSON.createObjectNode().put("type", "Json")
                .put("value", EngineApi.JSON.valueToTree(coFunders).toString()));
        variables.put(IdeaVariables.Names.TOTAL_PARTICIPANTS, EngineApi.JSON.createObjectNode().put("type", "Integer").put("value", 0));
        variables.put(IdeaVariables.Names.INTEREST_SUMMARY, EngineApi.json(summary));
        variables.put(IdeaVariables.Names.ORIGINATING_AGENCY, string("spv"));
        variables.put(IdeaVariables.Names.INITIATOR, string("utbkoord-spv"));
        HttpResponse<String> started = admin.post("/engine-rest/process-definition/key/yh-application/start",
                Map.of("businessKey", key, "variables", variables));
        assertThat(started.statusCode()).as("start yh-application: " + started.body()).isEqualTo(200);
        return key;
    }

    /** The working group describes the need in Tasklist; the idea's co-funders are proposed, the rest ticked. */
    void describeNeed(String key, String title, List<String> concerned) {
        JsonNode task = awaitTask(key, YhApplicationModel.USER_TASK_DESCRIBE_NEED);
        assertThat(admin.get("/engine-rest/task/" + task.path("id").asText() + "/identity-links?type=candidate"))
                .extracting(link -> link.path("groupId").asText()).containsExactly("wg-legal");
        tasklist.logIn(WORKING_GROUP_MEMBER, "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "yhNeedForm");
        assertThat(form.shown("title")).isEqualTo(title);
        form.text("occupation", title)
                .text("skills", "Förvaltningsrätt, ärendeberedning, klarspråk och digitala ärendesystem.")
                .text("expectedHiringNeed", 25)
                .tick("concernedAgencies", concerned);
        tasklist.complete(form, task);
        browser.screenshot("yh-need-described");
    }

    /** The coordinator registers the provider and the programme (400 credits, 25 % LIA) in Tasklist. */
    void registerProvider(String key, String programme) {
        JsonNode task = awaitTask(key, YhApplicationModel.USER_TASK_REGISTER_PROVIDER);
        tasklist.logIn("koordinator", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "yhProviderForm")
                .text("providerName", "Yrkeshögskolan Mitt AB")
                .text("providerOrgNumber", ORG_NUMBER)
                .text("providerContact", "Sara Lind, sara.lind@yhmitt.example")
                .text("programmeName", programme)
                .text("programmeCredits", 400)
                .text("liaPercent", 25)
                .text("programmePlaces", 35)
                .choose("studyForm", "full-time-distance");
        tasklist.complete(form, task);
        browser.screenshot("yh-provider-registered");
        assertThat(jdbc.queryForObject("select programme_name from yh_application where business_key = ?", String.class, key))
                .isEqualTo(programme);
    }

    /** The agency's head signs the letter of intent in Tasklist. */
    void signInBrowser(JsonNode task, String agency, String agencyName, int hiringNeed, int liaPlaces, String referencePerson) {
        tasklist.logIn("chef-" + agency, "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "yhLetterForm");
        assertThat(form.shown("agencyName")).isEqualTo(agencyName);
        assertThat(form.shown("providerName")).isEqualTo("Yrkeshögskolan Mitt AB");
        form.choose("letterAnswer", "signed")
                .text("hiringNeed", hiringNeed)
                .text("liaPlaces", liaPlaces)
                .text("referencePerson", referencePerson)
                .text("letterComment", "Vi tar gärna emot studerande på LIA.");
        tasklist.complete(form, task);
        browser.screenshot("yh-letter-signed-" + agency);
    }

    /** Another agency's head signs its own copy of the letter over REST (the form's fields only). */
    void signOverRest(JsonNode task, String agency, long hiringNeed, long liaPlaces, String referencePerson) {
        admin.as("chef-" + agency).submit(task, Map.of(YhVariables.Names.LETTER_ANSWER, "signed", YhVariables.Names.HIRING_NEED, hiringNeed,
                YhVariables.Names.LIA_PLACES, liaPlaces, YhVariables.Names.REFERENCE_PERSON, referencePerson, YhVariables.Names.LETTER_COMMENT, ""));
    }

    /** The coordinator sees the support and the evidence link, and confirms the provider's submission today. */
    void confirmSubmitted(String key, String figures, String reference) {
        JsonNode task = awaitTask(key, YhApplicationModel.USER_TASK_CONFIRM_SUBMITTED);
        tasklist.logIn("koordinator", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "yhSubmittedForm");
        assertThat(form.shown("supportFigures")).isEqualTo(figures);
        assertThat(form.shown("evidenceLink")).isEqualTo("/api/yh/" + key + "/evidence");
        assertThat(form.shown("roundCloses")).isNotBlank();
        form.date("submittedOn", today).text("myhReference", reference);
        tasklist.complete(form, task);
        browser.screenshot("yh-submitted");
        assertThat(EngineHistory.variable(admin, task.path("processInstanceId").asText(), YhVariables.Names.MYH_REFERENCE).asText())
                .isEqualTo(reference);
    }

    /** The coordinator registers MYH's decision in Tasklist. */
    void registerDecision(String key, String decision, String comment) {
        JsonNode task = awaitTask(key, YhApplicationModel.USER_TASK_REGISTER_DECISION);
        tasklist.logIn("koordinator", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "yhDecisionForm");
        form.choose("myhDecision", decision).text("decisionComment", comment);
        tasklist.complete(form, task);
        browser.screenshot("yh-decision-" + decision);
    }

    // --- looking -----------------------------------------------------------------------------------------------

    private List<String> concernedAgencies(String processInstanceId) {
        JsonNode value = admin.get("/engine-rest/process-instance/" + processInstanceId
                + "/variables/concernedAgencies?deserializeValue=false").path("value");
        List<String> codes = new ArrayList<>();
        (value.isTextual() ? EngineApi.read(value.asText()) : value).forEach(code -> codes.add(code.asText()));
        return codes;
    }

    /** The letters of the application: agency, answer, hiring need, LIA places, reference person ("" = none), who answered. */
    private void assertLetters(String key, List<List<Object>> expected) {
        List<List<Object>> rows = jdbc.query("select agency_code, answer, hiring_need, lia_places, reference_person, answered_by,"
                + " answered_at from yh_letter_of_intent where business_key = ? order by agency_code", (rs, row) -> {
                    assertThat(rs.getTimestamp("answered_at")).as("answered_at of " + rs.getString("agency_code")).isNotNull();
                    String person = rs.getString("reference_person");
                    return List.<Object>of(rs.getString("agency_code"), rs.getString("answer"), rs.getInt("hiring_need"),
                            rs.getInt("lia_places"), person == null ? "" : person, rs.getString("answered_by"));
                }, key);
        assertThat(rows).isEqualTo(expected);
    }

    /** The addresses that mails of this kind for the case were delivered to (the outbox says SENT), once all are sent. */
    private List<String> deliveredTo(String key, String kind) {
        String query = "/api/mails?size=200&kind=" + kind + "&businessKey=" + EngineApi.encode(key);
        JsonNode mails = Awaitility.await(kind + " mails of " + key + " delivered").atMost(JOBS)
                .pollInterval(Duration.ofMillis(500)).until(() -> admin.get(query).path("mails"), found -> {
                    for (JsonNode mail : found) {
                        if (!"SENT".equals(mail.path("status").asText())) {
                            return false;
                        }
                    }
                    return true;
                });
        List<String> to = new ArrayList<>();
        mails.forEach(mail -> to.add(mail.path("recipient").asText()));
        return to;
    }

    /** The subjects of the mails the SMTP server received for this address. */
    private List<String> receivedSubjects(String address) {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                for (var to : message.getAllRecipients()) {
                    if (to.toString().equals(address)) {
                        subjects.add(message.getSubject());
                    }
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return subjects;
    }

    /** A text answer of the application's API as this user (the evidence is text/plain). */
    private static String text(String path, String user) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE_URL + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))).GET().build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as("GET " + path + " as " + user + ": " + response.body()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode string(String value) {
        return EngineApi.JSON.createObjectNode().put("type", "String").put("value", value);
    }
}
