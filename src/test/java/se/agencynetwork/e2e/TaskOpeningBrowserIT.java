package se.agencynetwork.e2e;

import se.agencynetwork.models.ids.IdeaModel;
import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.idea.IdeaVariables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a person meets around the forms in Tasklist, in Chromium:
 * <ul>
 * <li>a start form the server refuses shows the form's Swedish sentence, without the engine's
 * "Cannot instantiate process definition ..." and ids;</li>
 * <li>a task someone else holds is not taken by opening it, and a Swedish sentence says why the form
 * is greyed out; once it is free, opening it claims it for the candidate, whose form is enabled
 * without pressing "Claim";</li>
 * <li>a task the user may read but is not for them (the coordinator looking at an agency's interest)
 * is left unclaimed, with a sentence saying so;</li>
 * <li>"Create task" is offered to the administrator and not to a coordinator, who may not create tasks.</li>
 * </ul>
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskOpeningBrowserIT {

    static final int HTTP_PORT = freePort();
    static final String BASE_URL = "http://localhost:" + HTTP_PORT;
    static final String TITLE = "Säkra e-tjänster";

    @DynamicPropertySource
    static void applicationUnderTest(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> HTTP_PORT);
    }

    Browser browser;
    Tasklist tasklist;
    EngineApi admin;
    LocalDate today;

    @BeforeAll
    void start() {
        browser = new Browser("task-opening");
        admin = new EngineApi(BASE_URL, "admin", "demo");
        tasklist = new Tasklist(browser, BASE_URL, admin);
        today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void opening_a_task_claims_it_for_its_candidate_only_and_a_greyed_out_form_says_why() {
        try {
            String key = submitIdeaAfterACleanRefusal();
            JsonNode screening = admin.as("koordinator").task(key, IdeaModel.USER_TASK_SCREEN_IDEA);
            String id = screening.path("id").asText();

            // held by someone else: opening it takes nothing, and the grey form is explained
            assertThat(admin.post("/engine-rest/task/" + id + "/claim", Map.of("userId", "admin")).statusCode()).isEqualTo(204);
            tasklist.open(id);
            assertThat(tasklist.hint()).isEqualTo("Uppgiften är tagen av någon annan. Bara den som har uppgiften kan fylla i"
                    + " formuläret.");
            browser.visible(By.cssSelector(".task-card .disabled-form"));
            browser.screenshot("task-held-by-another");
            assertThat(assignee(id)).as("not taken from its holder by opening it").isEqualTo("admin");

            // free again: opening it makes it the coordinator's, and the form can be filled without "Claim"
            assertThat(admin.post("/engine-rest/task/" + id + "/unclaim", Map.of()).statusCode()).isEqualTo(204);
            tasklist.logIn("koordinator", "demo");
            tasklist.open(id);
            browser.visible(By.cssSelector(".task-card button.unclaim")); // shown to the assignee only: nobody pressed Claim
            browser.await("form enabled", org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(
                    By.cssSelector(".task-card .disabled-form")));
            CamundaForm form = new CamundaForm(browser, "task-card", "ideaScreenForm");
            assertThat(assignee(id)).isEqualTo("koordinator");
            assertThat(browser.driver().findElements(By.cssSelector(".task-card .agency-task-hint"))).isEmpty();
            form.choose("screeningOutcome", "complete");
            browser.screenshot("task-claimed-on-open");
            tasklist.pressComplete();
            browser.await("screening completed", driver -> admin.get("/engine-rest/task?taskId=" + id).isEmpty());

            // a task the coordinator may read but which is for CSN's training coordinators: not claimed
            admin.as("koordinator").submit(admin.as("koordinator").task(key, IdeaModel.USER_TASK_SHAPE_IDEA), Map.of("format", "course",
                    "delivery", "external", CostSharingVariables.COST_KEY, "participants", "estimatedCost", 90000L,
                    IdeaVariables.Names.INTEREST_DEADLINE, today.plusDays(14).toString()));
            JsonNode csn = admin.get("/engine-rest/task?processInstanceBusinessKey=" + key
                    + "&taskDefinitionKey=UserTask_StateInterest&candidateGroup=csn-training-coordinators").get(0);
            tasklist.open(csn.path("id").asText());
            assertThat(tasklist.hint()).isEqualTo("Uppgiften är inte till för dig, så du kan läsa den men inte fylla i"
                    + " formuläret.");
            browser.screenshot("task-not-for-the-coordinator");
            assertThat(assignee(csn.path("id").asText())).as("left for CSN").isNull();

            // "Create task": not for the coordinator (no CREATE on tasks), offered to the administrator
            assertThat(createTaskOffered()).as("Create task offered to koordinator").isFalse();
            HttpResponse<String> refused = admin.as("koordinator").post("/engine-rest/task/create",
                    Map.of("id", "egen-uppgift", "name", "Egen uppgift"));
            assertThat(refused.statusCode()).as("the engine refuses it anyway").isEqualTo(403);
            tasklist.logIn("admin", "demo");
            browser.visible(By.cssSelector("li.create-task-action a"));
            browser.screenshot("create-task-for-admin");
        } catch (RuntimeException | AssertionError e) {
            browser.saveFailure();
            throw e;
        }
    }

    /** The coordinator leaves out the working group: Tasklist shows the server's Swedish sentence and nothing of the engine's. */
    String submitIdeaAfterACleanRefusal() {
        tasklist.logIn("koordinator", "demo");
        CamundaForm form = tasklist.startForm("Idé till beslut", "ideaSubmitForm")
                .text("title", TITLE)
                .text("description", "Hur vi bygger e-tjänster som håller personuppgifter säkra.")
                .choose("kind", "course")
                .text("targetGroup", "Utvecklare")
                .choose("originType", "working-group")
                .text("expectedParticipants", 12)
                .text("roughCost", 60000);
        tasklist.pressStart();
        String refusal = tasklist.awaitNotification("Arbetsgrupp");
        String definitionId = admin.get("/engine-rest/process-definition/key/idea").path("id").asText();
        assertThat(refusal).contains("Formuläret kunde inte sparas: Fältet \"Arbetsgrupp\" (workingGroup) måste väljas när"
                + " idén kommer från en arbetsgrupp.").doesNotContain("Cannot", definitionId, "idea:");
        browser.screenshot("start-form-refused");
        form.choose("workingGroup", "wg-it-managers");
        tasklist.pressStart();
        tasklist.awaitStarted();
        JsonNode ideas = admin.get("/engine-rest/process-instance?processDefinitionKey=idea");
        assertThat(ideas).hasSize(1);
        return ideas.get(0).path("businessKey").asText();
    }

    /** Whether the header offers "Create task" (Tasklist itself shows it at once, to everyone). */
    private boolean createTaskOffered() {
        browser.visible(By.cssSelector("li.start-process-action a"));
        return !browser.driver().findElements(By.cssSelector("li.create-task-action")).isEmpty();
    }

    private String assignee(String taskId) {
        JsonNode assignee = admin.get("/engine-rest/task/" + taskId).path("assignee");
        return assignee.isNull() || assignee.isMissingNode() ? null : assignee.asText();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
