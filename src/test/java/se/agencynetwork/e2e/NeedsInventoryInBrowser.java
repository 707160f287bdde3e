package se.agencynetwork.e2e;

import se.agencynetwork.models.ids.NeedsInventoryModel;
import se.agencynetwork.idea.IdeaVariables;
import se.agencynetwork.needs.NeedsVariables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * The needs inventory, every person's step in Tasklist by a user of the task's group:
 *
 * <ol>
 * <li>the network coordinator starts it from its start form (last day to report, a message);</li>
 * <li>CSN's training coordinator reports a need in Tasklist; MSB reports two over REST (one with the same
 * title as CSN's), SPV reports none; the other thirteen agencies stay silent, and the last day passes
 * (the deadline timer executed as an administrator could in Cockpit): silence counts as no needs;</li>
 * <li>the education council (the coordinator is a member) reads the compiled needs and chooses the two
 * with the same title: one idea is started for them, with both agencies pre-filled.</li>
 * </ol>
 * The end asserts the path in the history, the variables, the reported rows, the started idea and the mails.
 */
class NeedsInventoryInBrowser extends BrowserJourney {

    static final String SHARED_NEED = "Klarspråk i beslut";

    @Test
    void theCoordinatorStartsTheInventoryTheAgenciesReportAndTheCouncilChoosesThePlan() {
        String key = start();
        JsonNode reports = awaitTasks(key, NeedsInventoryModel.USER_TASK_REPORT_NEEDS, 16);
        // each agency's task, found while all are open (a completed task has no candidate groups to tell)
        Map<String, JsonNode> byAgency = new TreeMap<>();
        reports.forEach(task -> byAgency.put(agencyOf(task, "-training-coordinators"), task));
        Set<String> agencies = byAgency.keySet();
        assertThat(agencies).hasSize(16).contains("csn", "msb", "spv");
        reportInBrowser(byAgency.get("csn"));
        reportOverRest(byAgency.get("msb"), byAgency.get("spv"));
        String inventory = instance("needs-inventory", key).path("id").asText();
        AsAdministrator.executeTimer(admin, inventory, NeedsInventoryModel.BOUNDARY_EVENT_REPORT_DEADLINE);
        consolidate(key);
        assertPathAndEffects(key, inventory, agencies);
    }

    /** The coordinator starts the inventory from Tasklist: three weeks to report. Returns its business key. */
    String start() {
        tasklist.logIn("koordinator", "demo");
        CamundaForm form = tasklist.startForm("Behovsinventering", "needsStartForm")
                .date("reportDeadline", today.plusDays(21))
                .text("inventoryNote", "Tänk på nyanställda handläggare och chefer under året som kommer.");
        String key = tasklist.start(form, "needs-inventory");
        assertThat(key).startsWith("NEEDS-" + today.getYear() + "-");
        return key;
    }

    /** CSN's training coordinator reports one need in Tasklist. */
    void reportInBrowser(JsonNode task) {
        tasklist.logIn("utbkoord-csn", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "needsReportForm");
        form.choose("hasNeeds", "yes");
        form.row("needs", 0).text("title", SHARED_NEED)
                .text("description", "Besluten ska gå att förstå utan juristhjälp.")
                .choose("kind", "course")
                .text("targetGroup", "Handläggare")
                .text("participants", 8);
        tasklist.complete(form, task);
    }

    /** MSB reports two needs (one with CSN's title) and SPV none, over REST: the form's fields only. */
    void reportOverRest(JsonNode msb, JsonNode spv) {
        ArrayNode needs = EngineApi.JSON.createArrayNode();
        needs.addObject().put("title", SHARED_NEED).put("description", "Kommunikation i kris och vardag.")
                .put("kind", "course").put("targetGroup", "Handläggare").put("participants", 5);
        needs.addObject().put("title", "Informationssäkerhet för chefer").put("description", "")
                .put("kind", "seminar").put("targetGroup", "Chefer").put("participants", 3);
        admin.as("utbkoord-msb").submit(msb, Map.of(NeedsVariables.Names.HAS_NEEDS, "yes", NeedsVariables.Names.NEEDS, needs));
        admin.as("utbkoord-spv").submit(spv, Map.of(NeedsVariables.Names.HAS_NEEDS, "no"));
    }

    /** The council sees the three needs and chooses the two with the same title; one idea is started for them. */
    void consolidate(String key) {
        JsonNode task = awaitTask(key, NeedsInventoryModel.USER_TASK_CONSOLIDATE_NEEDS);
        tasklist.logIn("koordinator", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "needsConsolidateForm");
        String table = browser.visible(By.cssSelector(".task-card .fjs-form-field-table")).getText();
        assertThat(table).contains("Centrala studiestödsnämnden (CSN)").contains("Informationssäkerhet för chefer");
        assertThat(browser.visible(By.cssSelector(".task-card .fjs-form-field-text")).getText()).contains("3 behov");
        form.tick("chosenNeeds", List.of("Centrala studiestödsnämnden (CSN): " + SHARED_NEED + " (8 deltagare)",
                        "Myndigheten för samhällsskydd och beredskap: " + SHARED_NEED + " (5 deltagare)"))
                .text("planSummary", "Klarspråk prioriteras i år; informationssäkerhet tas upp i chefsnätverket.");
        tasklist.complete(form, task);
    }

    void assertPathAndEffects(String key, String inventory, Set<String> agencies) {
        Awaitility.await("needs-inventory " + key + " ended").atMost(JOBS).pollInterval(Duration.ofMillis(500))
                .until(() -> AsAdministrator.state(admin, inventory), "COMPLETED"::equals);
        assertThat(AsAdministrator.passed(admin, inventory)).containsSubsequence(NeedsInventoryModel.START_EVENT_INVENTORY_STARTED,
                NeedsInventoryModel.SERVICE_TASK_PREPARE_INVENTORY, NeedsInventoryModel.USER_TASK_REPORT_NEEDS, NeedsInventoryModel.BOUNDARY_EVENT_REPORT_DEADLINE, NeedsInventoryModel.SERVICE_TASK_COMPILE_NEEDS,
                NeedsInventoryModel.USER_TASK_CONSOLIDATE_NEEDS, NeedsInventoryModel.SERVICE_TASK_START_IDEAS, NeedsInventoryModel.END_EVENT_PLAN_DECIDED);
        assertThat(AsAdministrator.historicVariable(admin, inventory, "initiator").asText()).isEqualTo("koordinator");
        assertThat(AsAdministrator.historicVariable(admin, inventory, NeedsVariables.Names.REPORT_DEADLINE).asText())
                .startsWith(today.plusDays(21).toString());
        assertThat(AsAdministrator.historicVariable(admin, inventory, NeedsVariables.Names.INVENTORY_NOTE).asText()).contains("nyanställda");
        assertThat(AsAdministrator.historicVariable(admin, inventory, NeedsVariables.Names.NEEDS_COUNT).asInt()).isEqualTo(3);

        // the reported needs: CSN's one (by its coordinator in Tasklist) and MSB's two; SPV and the silent none
        assertThat(jdbc.queryForList("select agency_code, need_no, title, participants, reported_by from needs_report"
                + " where inventory_key = ? order by agency_code, need_no", key)).extracting(row -> row.get("agency_code") + " "
                        + row.get("need_no") + " " + row.get("title") + " " + row.get("participants") + " " + row.get("reported_by"))
                .containsExactly("csn 1 " + SHARED_NEED + " 8 utbkoord-csn", "msb 1 " + SHARED_NEED + " 5 utbkoord-msb",
                        "msb 2 Informationssäkerhet för chefer 3 utbkoord-msb");

        // one idea for the two needs with the same title, both agencies pre-filled, started by the council member
        JsonNode ideas = admin.get("/engine-rest/process-instance?processDefinitionKey=idea&variables=needsInventoryKey_eq_" + key);
        assertThat(ideas).hasSize(1);
        String idea = ideas.get(0).path("id").asText();
        assertThat(variable(idea, IdeaVariables.TITLE).asText()).isEqualTo(SHARED_NEED);
        assertThat(variable(idea, IdeaVariables.EXPECTED_PARTICIPANTS).asLong()).isEqualTo(13);
        assertThat(variable(idea, IdeaVariables.Names.INITIATOR).asText()).isEqualTo("koordinator");
        // a Spin JSON list: read as the JSON text it is stored as
        JsonNode proposed = admin.get("/engine-rest/process-instance/" + idea
                + "/variables/proposedAgencies?deserializeValue=false").path("value");
        List<String> codes = new ArrayList<>();
        (proposed.isTextual() ? EngineApi.read(proposed.asText()) : proposed).forEach(code -> codes.add(code.asText()));
        assertThat(codes).containsExactlyInAnyOrder("csn", "msb");
        assertThat(AsAdministrator.historicVariable(admin, inventory, NeedsVariables.Names.STARTED_IDEAS).toString())
                .contains(ideas.get(0).path("businessKey").asText());

        // every agency's training coordinators were told of their report task
        JsonNode mails = admin.get("/api/mails?kind=new-task&businessKey=" + EngineApi.encode(key) + "&size=200").path("mails");
        Set<String> told = new TreeSet<>();
        mails.forEach(mail -> told.add(mail.path("recipientUserId").asText()));
        assertThat(told).containsAll(agencies.stream().map(code -> "utbkoord-" + code).toList());
    }

    /** A variable as the REST API shows it deserialized (a list as a JSON array, whatever the stored format). */
    private JsonNode variable(String processInstanceId, String name) {
        return admin.get("/engine-rest/process-instance/" + processInstanceId + "/variables/" + name).path("value");
    }
}
