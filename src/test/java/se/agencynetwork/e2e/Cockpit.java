package se.agencynetwork.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Camunda Cockpit (AngularJS) as an administrator uses it: a process instance, incidents of an instance or a definition, "Retry". */
final class Cockpit {

    static final String PATH = "/camunda/app/cockpit/default/";

    private final Browser browser;
    private final String baseUrl;

    Cockpit(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    Cockpit logIn(String user, String password) {
        Tasklist.logIn(browser, baseUrl, PATH, user, password);
        browser.visible(By.xpath("//a[contains(@href, '#/processes')]"));
        return this;
    }

    /** The instance view with its diagram and the token where the instance waits. */
    void openInstance(String processInstanceId) {
        browser.open(baseUrl + PATH + "#/process-instance/" + processInstanceId + "/runtime");
        browser.visible(By.cssSelector(".djs-container"));
    }

    /** The instance's "Incidents" tab (Cockpit's English, or Swedish should it be translated), with at least one incident row. */
    void openIncidents(String processInstanceId) {
        openInstance(processInstanceId);
        browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[@ng-click='Tabs.selectTab(tabProvider)']"
                + "[normalize-space(.)='Incidents' or normalize-space(.)='Incidenter']"));
        browser.visible(By.cssSelector("a[ng-click='openJobRetryDialog(incident)']"));
    }

    /**
     * The process definition's "Incidents" tab: incidents of jobs that belong to no process instance, such as
     * the mail job of a step (shown on the step's process and activity), with at least one incident row.
     */
    void openDefinitionIncidents(String processDefinitionId) {
        browser.open(baseUrl + PATH + "#/process-definition/" + processDefinitionId + "/runtime");
        browser.visible(By.cssSelector(".djs-container"));
        // the definition view's tabs call selectTab, the instance view's Tabs.selectTab
        browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[@ng-click='selectTab(tabProvider)']"
                + "[normalize-space(.)='Incidents' or normalize-space(.)='Incidenter']"));
        browser.visible(By.cssSelector("a[ng-click='openJobRetryDialog(incident)']"));
    }

    /** "Increment Number of Retries of Failed Job" on the incident, confirmed in its dialog. */
    void retryIncident() {
        browser.click(By.cssSelector("a[ng-click='openJobRetryDialog(incident)']"));
        browser.click(By.cssSelector(".modal button[ng-click='incrementRetry()']"));
        // the dialog reports the outcome; "OK" (the primary button; a hidden "Close" has the same action)
        browser.visible(By.xpath("//div[contains(@class,'modal')]//*[contains(normalize-space(.), "
                + "'Incrementing the number of retries finished successfully')]"));
        browser.screenshot("cockpit-retry-done");
        browser.click(By.cssSelector(".modal button.btn-primary[ng-click='close(status)']"));
        browser.await("retry dialog closed", ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
    }
}
