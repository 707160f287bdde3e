package se.agencynetwork.e2e;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

/** Camunda Tasklist (AngularJS) as a person uses it: log in, start a process, open, claim and complete a task. */
final class Tasklist {

    static final String PATH = "/camunda/app/tasklist/default/";

    private final Browser browser;
    private final String baseUrl;
    private final EngineApi admin;

    /** Tasklist in this browser; {@code admin} looks up whether the engine has taken a submission. */
    Tasklist(Browser browser, String baseUrl, EngineApi admin) {
        this.browser = browser;
        this.baseUrl = baseUrl;
        this.admin = admin;
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
        browser.visible(By.cssSelector("form[name=signinForm] input[ng-model=username]")).sendKeys(user);
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

    /** Opens the task by its id (as a link in a task mail does), claims it and returns its form. */
    CamundaForm claim(String taskId, String formId) {
        browser.open(baseUrl + PATH + "#/?task=" + taskId);
        WebElement claim = browser.visible(By.cssSelector(".task-card button.claim"));
        browser.scrollTo(claim);
        claim.click();
        browser.await("task claimed", ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".task-card button.claim")));
        // Tasklist refreshes its list after a claim and may stop showing the task: pick it from "my tasks"
        filter("Mina uppgifter");
        browser.click(By.cssSelector(".tasks-list li.task h4.task a[href*='" + taskId + "']"));
        browser.visible(By.cssSelector(".task-card .fjs-form"));
        browser.await("form enabled after claiming", ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector(".task-card .disabled-form")));
        return new CamundaForm(browser, "task-card", formId);
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
