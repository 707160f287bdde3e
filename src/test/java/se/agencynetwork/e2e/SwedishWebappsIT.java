package se.agencynetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.agencynetwork.survey.Surveys;
import se.agencynetwork.testsupport.CourseSurveyLink;

/**
 * The network's staff meet Swedish from the first screen, in a real browser (Debian's headless
 * Chromium, itself set to American English): the start page at {@code /} leads to the Swedish login
 * page with the network's name; Tasklist's menus are Swedish, a date field shows ÅÅÅÅ-MM-DD and its
 * picker starts on Monday, an empty required field is refused in Swedish; the Camunda 8 banner shows
 * in none of Tasklist, Cockpit and Admin; a person may switch Tasklist to English and back. The start
 * page, the login page and the survey page pass axe-core's WCAG 2.1 A/AA rules without a serious or
 * critical violation. Screenshots and axe reports under {@code target/e2e-screenshots/swedish/}.
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SwedishWebappsIT {

    static final int HTTP_PORT = freePort();
    static final String BASE_URL = "http://localhost:" + HTTP_PORT;
    static final String NETWORK = "Myndighetsnätverket Västernorrland";
    static final By BANNER = By.cssSelector(".ce-eol-banner");

    @DynamicPropertySource
    static void applicationUnderTest(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> HTTP_PORT);
    }

    @Autowired
    Surveys surveys;

    Browser browser;

    @BeforeAll
    void start() {
        browser = new Browser("swedish");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCoordinatorMeetsSwedishFromTheStartPageToTheForms() {
        try {
            startPageAndLogin();
            tasklistMenus();
            startFormDatesAndRequiredFields();
            englishOnRequest();
            startPageKnowsWhoIsLoggedIn();
            cockpitAndAdminWithoutBanner();
            surveyPageIsAccessible();
        } catch (RuntimeException | AssertionError e) {
            browser.saveFailure();
            throw e;
        }
    }

    /** / in Swedish without a login; "Logga in" leads to Tasklist's login page, Swedish and with the network's name. */
    void startPageAndLogin() {
        browser.forgetSession(BASE_URL);
        browser.open(BASE_URL + "/");
        assertThat(browser.visible(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        assertThat(browser.visible(By.tagName("header")).getText()).isEqualTo(NETWORK);
        assertThat(browser.visible(By.id("login-status")).getText()).isEqualTo("Du är inte inloggad.");
        assertThat(browser.visible(By.id("contact")).getText()).contains("koordinator@spv.example");
        browser.screenshot("start-page");
        assertThat(Axe.seriousOrCritical(browser, "start-page")).as("start page").isEmpty();

        browser.click(By.id("login"));
        browser.visible(By.cssSelector("form[name=signinForm] input[ng-model=username]"));
        assertThat(browser.visible(By.cssSelector(".network-login-name")).getText()).isEqualTo(NETWORK);
        assertThat(browser.visible(By.cssSelector("form[name=signinForm] button[type=submit]")).getText().trim())
                .isEqualTo("Logga in");
        assertThat(browser.visible(By.cssSelector("form[name=signinForm] input[ng-model=username]"))
                .getAttribute("placeholder")).isEqualTo("Användarnamn");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        assertNoBanner("Tasklist's login page");
        browser.screenshot("login-page");
        assertThat(Axe.seriousOrCritical(browser, "login-page")).as("login page").isEmpty();

        browser.visible(By.cssSelector("form[name=signinForm] input[ng-model=username]")).sendKeys("koordinator");
        browser.visible(By.cssSelector("form[name=signinForm] input[ng-model=password]")).sendKeys("demo");
        browser.click(By.cssSelector("form[name=signinForm] button[type=submit]"));
        browser.await("logged in", ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
    }

    /** Tasklist's header and filters in Swedish, no migration banner. */
    void tasklistMenus() {
        WebElement startProcess = browser.visible(By.cssSelector("li.start-process-action a"));
        browser.await("Swedish header", driver -> startProcess.getText().trim().equals("Starta process"));
        assertThat(browser.visible(By.cssSelector("a.network-language")).getText().trim()).isEqualTo("In English");
        browser.visible(By.xpath("//*[contains(@class,'task-filter')]//h4[contains(normalize-space(.), 'Mina uppgifter')]"));
        assertThat(browser.driver().findElement(By.cssSelector("[cam-widget-footer]")).getText())
                .contains("Datum och tider visas i tidszonen:");
        assertNoBanner("Tasklist");
        browser.screenshot("tasklist-swedish");
    }

    /**
     * The idea's start form: the date field shows ÅÅÅÅ-MM-DD, its picker starts on Monday; "Starta" with
     * required fields empty shows form-js's refusal in Swedish and starts nothing.
     */
    void startFormDatesAndRequiredFields() {
        Tasklist tasklist = new Tasklist(browser, BASE_URL, new EngineApi(BASE_URL, "admin", "demo"));
        CamundaForm form = tasklist.startForm("Idé till beslut", "ideaSubmitForm");
        assertThat(browser.visible(By.cssSelector(".modal .modal-footer")).getText()).contains("Starta");

        WebElement date = form.field("wantedStart").findElement(By.cssSelector("input.flatpickr-input"));
        assertThat(date.getAttribute("placeholder")).isEqualTo("ÅÅÅÅ-MM-DD");
        browser.scrollTo(date);
        date.click();
        WebElement calendar = browser.visible(By.cssSelector(".modal .flatpickr-calendar.open"));
        List<String> weekdays = calendar.findElements(By.cssSelector(".flatpickr-weekday")).stream()
                .map(day -> day.getText().trim()).toList();
        assertThat(weekdays).containsExactly("mån", "tis", "ons", "tor", "fre", "lör", "sön");
        assertThat(calendar.findElement(By.cssSelector(".flatpickr-monthDropdown-months, .cur-month")).getText())
                .containsAnyOf("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                        "september", "oktober", "november", "december");
        browser.screenshot("date-picker-monday-first");

        LocalDate wanted = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusMonths(2);
        form.date("wantedStart", wanted);
        assertThat(date.getAttribute("value")).isEqualTo(wanted.toString());

        tasklist.pressStart();
        WebElement refusal = browser.visible(By.xpath("//div[contains(@class,'modal')]"
                + "//*[contains(@class,'fjs-form-field-error')][normalize-space(.)='Fältet måste fyllas i.']"));
        browser.scrollTo(refusal);
        assertThat(browser.driver().findElements(By.xpath("//*[contains(normalize-space(.), 'Field is required')]")))
                .as("form-js's English message").isEmpty();
        assertThat(form.field("title").getText()).contains("Fältet måste fyllas i.");
        browser.screenshot("required-field-refused");
        browser.click(By.cssSelector(".modal button[ng-click='$dismiss()']"));
        browser.await("start dialog closed", ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal .fjs-form")));
    }

    /** "In English" switches Tasklist to English (kept in this browser), "På svenska" back. */
    void englishOnRequest() {
        browser.click(By.cssSelector("a.network-language"));
        browser.await("English header", driver -> driver.findElement(By.cssSelector("li.start-process-action a"))
                .getText().trim().equals("Start process"));
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.screenshot("tasklist-english");
        browser.click(By.cssSelector("a.network-language[lang=sv]"));
        browser.await("Swedish again", driver -> driver.findElement(By.cssSelector("li.start-process-action a"))
                .getText().trim().equals("Starta process"));
    }

    /** Back on /: the coordinator's name and the link to her tasks. */
    void startPageKnowsWhoIsLoggedIn() {
        browser.open(BASE_URL + "/");
        assertThat(browser.visible(By.id("login-status")).getText())
                .isEqualTo("Du är inloggad som Kristina Nätverksson (koordinator).");
        assertThat(browser.visible(By.id("tasklist")).getText()).isEqualTo("Mina uppgifter");
        browser.screenshot("start-page-logged-in");
        assertThat(Axe.seriousOrCritical(browser, "start-page-logged-in")).as("start page, logged in").isEmpty();
        browser.click(By.id("tasklist"));
        browser.visible(By.cssSelector("li.start-process-action"));
    }

    /** The administrator's Cockpit and Admin: Swedish navigation, no migration banner. */
    void cockpitAndAdminWithoutBanner() {
        Cockpit cockpit = new Cockpit(browser, BASE_URL);
        cockpit.logIn("admin", "demo");
        browser.await("Cockpit's navigation in Swedish", driver -> driver.findElement(By.cssSelector("[cam-widget-header]"))
                .getText().contains("Processer"));
        assertNoBanner("Cockpit");
        browser.screenshot("cockpit-swedish");

        browser.open(BASE_URL + "/camunda/app/admin/default/");
        browser.await("Admin's navigation in Swedish", driver -> driver.findElement(By.cssSelector("[cam-widget-header]"))
                .getText().contains("Användare"));
        assertNoBanner("Admin");
        browser.screenshot("admin-swedish");
    }

    /** The participants' survey page (no account) passes the same accessibility check. */
    void surveyPageIsAccessible() {
        String token = CourseSurveyLink.open(surveys, "IDEA-2026-0901", "Klarspråk i myndighetstexter",
                LocalDateTime.now().plusDays(14));
        browser.forgetSession(BASE_URL);
        browser.open(BASE_URL + Surveys.PATH + token);
        browser.visible(By.cssSelector("form button[type=submit]"));
        browser.screenshot("survey-page");
        assertThat(Axe.seriousOrCritical(browser, "survey-page")).as("survey page").isEmpty();
    }

    private void assertNoBanner(String where) {
        assertThat(browser.driver().findElements(BANNER)).as(where + ": the Camunda 8 banner")
                .noneMatch(WebElement::isDisplayed);
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).as(where)
                .doesNotContain("Camunda 8", "migrate");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
