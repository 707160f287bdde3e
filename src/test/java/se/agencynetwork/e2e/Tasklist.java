package se.agencynetwork.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

/** Camunda Tasklist (AngularJS) as a person uses it: log in, start a process, open (and so claim) and complete a task. */
final class Tasklist {

    static final String PATH = "/camunda/app/tasklist/default/";
    /** How long a webapp's first page may show only its spinner before it is reloaded once (see logIn). */
    static final Duration STUCK = Duration.ofSeconds(90);

    private final Browser browser;
    private final String baseUrl;
    private final EngineApi admin;

    /** Tasklist in this browser; {@code admin} looks up whether the engine has taken a submission. */
    Tasklist(Browser browser, String baseUrl, EngineApi admin) {
        this.browser = browser;
        this.baseUrl = baseUrl;
        this.admin = admin;
        warmUp(baseUrl);
    }

    /**
     * Tasklist loads its plugin bundle through RequireJS, which gives up after 7 seconds and leaves the
     * page on its spinner; the bundle comes from a JAX-RS application that the server starts on its
     * first request, which on a loaded machine takes longer. So that first request is made here.
     */
    static void warmUp(String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl
                + "/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js")).timeout(Duration.ofMinutes(3)).build();
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Tasklist's plugin bundle answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs in through the webapps' login form (as a new visitor: the previous user's session is forgotten). */
    Tasklist logIn(String user, String password) {
        logIn(browser, baseUrl, PATH, user, password);
        browser.visible(By.cssSelector("li.start-process-action"));
        return this;
    }

    static void logIn(Browser browser, String baseUrl, String appPath, String user, String password) {
        browser.forgetSession(baseUrl);
        browser.open(baseUrl + appPath);
        By username = By.cssSelector("form[name=signinForm] input[ng-model=username]");
        try {
            new WebDriverWait(browser.driver(), STUCK).until(ExpectedConditions.visibilityOfElementLocated(username));
        } catch (TimeoutException stuck) {
            // The webapps load their scripts through RequireJS with no time limit (waitSeconds: 0): on a machine
            // under heavy load a script request that is lost leaves the page on its spinner for good (seen on the
            // first page of a fresh Chromium). A person reloads the page; so does the test, once.
            browser.screenshot("login-page-stuck-reloaded");
            browser.driver().navigate().refresh();
        }
        browser.visible(username).sendKeys(user);
        browser.visible(By.cssSelector("form[name=signinForm] input[ng-model=password]")).sendKeys(password);
        browser.click(By.cssSelector("form[name=signinForm] button[type=submit]"));
        browser.await("login form gone after logging in as " + user,
                ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
    }

    /** Opens "Start process", picks the process by its name and returns its start form. */
    CamundaForm startForm(String processName, String formId) {
        browser.click(By.cssSelector("li.start-process-action a"));
        browser.click(By.xpath("//div[contains(@class,'modal')]//a[normalize-space(.)=" + CamundaForm.literal(processName) + "]"));
        return new CamundaForm(browser, "modal", formId);
    }

    /** Presses "Start" on the start form. */
    void pressStart() {
        browser.click(By.cssSelector(".modal button[ng-click='startProcessInstance()']"));
    }

    /** Waits until the start dialog has closed (the instance exists). */
    void awaitStarted() {
        browser.await("start dialog closed", ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal .fjs-form")));
    }

    /** Shows the tasks of the shared filter with this name ("Min grupps uppgifter") and returns their names. */
    List<String> filter(String name) {
        browser.click(By.xpath("//*[contains(@class,'task-filter')]//h4[contains(normalize-space(.), "
                + CamundaForm.literal(name) + ")]/a"));
        browser.visible(By.cssSelector(".tasks-list li.task h4.task a"));
        return browser.driver().findElements(By.cssSelector(".tasks-list li.task h4.task a")).stream()
                .map(link -> link.getText().trim()).toList();
    }

    /**
     * Opens the task by its id (as a link in a task mail does) and returns its form once it is the
     * user's: Tasklist claims an unassigned task the user is a candidate for when it is opened
     * ({@code scripts/claim-on-open.js}), so nothing is pressed; a task that is not claimed on opening
     * fails here.
     */
    CamundaForm claim(String taskId, String formId) {
        openTaskPage(taskId);
        browser.await("task " + taskId + " claimed on opening",
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-card button.unclaim")));
        // Tasklist refreshes its list after a claim and may stop showing the task: pick it from "my tasks"
        filter("Mina uppgifter");
        browser.click(By.cssSelector(".tasks-list li.task h4.task a[href*='" + taskId + "']"));
        browser.visible(By.cssSelector(".task-card .fjs-form"));
        browser.await("form enabled after claiming", ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector(".task-card .disabled-form")));
        return new CamundaForm(browser, "task-card", formId);
    }

    /**
     * Opens a task that is already assigned to the logged-in user (e.g. "Komplettera idé", assigned to the idea's
     * originator), as a link in a task mail does, and returns its form: there is nothing to claim.
     */
    CamundaForm open(String taskId, String formId) {
        open(taskId);
        browser.await("form of an assigned task enabled", ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector(".task-card .disabled-form")));
        return new CamundaForm(browser, "task-card", formId);
    }

    /** Opens the task by its id, as a link in a task mail does, and waits for its form. */
    void open(String taskId) {
        openTaskPage(taskId);
        browser.visible(By.cssSelector(".task-card .fjs-form"));
    }

    /**
     * Loads Tasklist afresh on the task's link, as a person's click on the link in a task mail does (a new page).
     * Changing only the address's fragment in a page that shows another filter than the default one is not the
     * same: Tasklist then switches to the default filter and, seeing the filter change, drops the task it was
     * asked to show ("Välj en uppgift i listan").
     */
    private void openTaskPage(String taskId) {
        browser.open("about:blank");
        browser.open(baseUrl + PATH + "#/?task=" + taskId);
    }

    /** The sentence under the open task's header that says why its form is greyed out. */
    String hint() {
        return browser.visible(By.cssSelector(".task-card .agency-task-hint")).getText().trim();
    }

    /** Presses "Complete" on the open task. */
    void pressComplete() {
        browser.click(By.cssSelector(".task-card button[ng-click='complete()']"));
    }

    /**
     * Completes the task as a person does: a screenshot of the filled form ({@code form-<formId>}), "Complete",
     * and waits until the engine no longer has the task. Only then is the form recorded as completed in the browser.
     */
    void complete(CamundaForm form, JsonNode task) {
        browser.screenshot("form-" + form.formId());
        pressComplete();
        String id = task.path("id").asText();
        browser.await("task " + task.path("name").asText() + " (" + form.formId() + ") completed",
                driver -> admin.get("/engine-rest/task?taskId=" + id).isEmpty());
        CompletedInBrowser.record(form.formId(), browser.name());
    }

    /**
     * Starts the process from its start form as a person does: a screenshot of the filled form, "Start", and waits
     * until the dialog has closed. Returns the new instance's business key (the newest instance of the definition).
     */
    String start(CamundaForm form, String processDefinitionKey) {
        String history = "/engine-rest/history/process-instance?processDefinitionKey=" + processDefinitionKey;
        int before = admin.get(history).size();
        browser.screenshot("form-" + form.formId());
        pressStart();
        awaitStarted();
        JsonNode instances = browser.await("a new instance of " + processDefinitionKey, driver -> {
            JsonNode now = admin.get(history + "&sortBy=startTime&sortOrder=desc");
            return now.size() > before ? now : null;
        });
        CompletedInBrowser.record(form.formId(), browser.name());
        return instances.get(0).path("businessKey").asText();
    }

    /** The text of the newest notification Tasklist shows (errors from the server among them). */
    String awaitNotification(String containing) {
        return browser.await("a notification containing '" + containing + "'", driver -> driver
                .findElements(By.cssSelector(".notification, .alert")).stream()
                .map(WebElement::getText).filter(text -> text.contains(containing)).findFirst().orElse(null));
    }
}
