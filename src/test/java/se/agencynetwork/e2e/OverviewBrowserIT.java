package se.agencynetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;


/**
 * The overview in a real browser (Debian's headless Chromium): the coordinator logs in to Tasklist,
 * follows "Översikt" on the start page and sees the network's page with its three charts and the tables
 * beside them; a head of tullverket logs in, opens the same address and lands on tullverket's page with
 * no other agency's money or lines on it. Both pages pass axe-core without serious violations. The
 * network is the demo history's two years (network.demo.history). Screenshots under
 * target/e2e-screenshots/overview/; the coordinator's whole page is docs/overview.png.
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = "network.demo.history.enabled=true")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewBrowserIT {

    static final int HTTP_PORT = freePort();
    static final String BASE_URL = "http://localhost:" + HTTP_PORT;
    static final String OWN = "tullverket";

    @DynamicPropertySource
    static void applicationUnderTest(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> HTTP_PORT);
    }

    Browser browser;

    @BeforeAll
    void start() {
        browser = new Browser("overview");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theCoordinatorSeesTheNetworkAndAHeadOnlyTheirAgency() throws IOException {
        try {
            browser.forgetSession(BASE_URL);
            browser.open(BASE_URL + "/overview");
            assertThat(browser.visible(By.id("login-status")).getText()).contains("inte inloggad");
            browser.screenshot("anonymous-gets-the-login");

            Tasklist.logIn(browser, BASE_URL, Tasklist.PATH, "koordinator", "demo");
            browser.open(BASE_URL + "/");
            browser.click(By.id("overview"));
            assertThat(browser.visible(By.id("heading")).getText()).startsWith("Nätverkets översikt");
            for (String chart : List.of("chart-funnel", "chart-money", "chart-reviews")) {
                assertThat(browser.visible(By.id(chart)).getAttribute("role")).isEqualTo("img");
            }
            for (String table : List.of("funnel", "money", "reviews")) {
                browser.visible(By.id(table));
            }
            assertThat(agenciesWithMoney()).contains(OWN, "spv", "csn").hasSizeGreaterThan(5);
            assertThat(Axe.seriousOrCritical(browser, "network-overview")).as("network overview").isEmpty();
            // the whole page in one picture: the window as tall as the page
            Dimension window = browser.driver().manage().window().getSize();
            long height = (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollHeight;");
            browser.driver().manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 140, 6000)));
            Path shot = browser.screenshot("network-overview");
            browser.driver().manage().window().setSize(window);
            Files.createDirectories(Path.of("docs"));
            Files.copy(shot, Path.of("docs", "overview.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            browser.click(By.cssSelector("#ideas a"));
            assertThat(browser.visible(By.id("history")).getText()).contains("Idé till beslut");
            browser.screenshot("case-history");

            Tasklist.logIn(browser, BASE_URL, Tasklist.PATH, "chef-" + OWN, "demo");
            browser.open(BASE_URL + "/overview");
            assertThat(browser.visible(By.id("heading")).getText()).contains("Tullverket");
            assertThat(browser.driver().getCurrentUrl()).contains("/overview/agency/" + OWN);
            assertThat(agenciesWithMoney()).containsExactly(OWN);
            Set<String> agenciesOnPage = browser.driver().findElements(By.cssSelector("[data-agency]")).stream()
                    .map(e -> e.getAttribute("data-agency")).collect(Collectors.toSet());
            assertThat(agenciesOnPage).containsOnly(OWN);
            assertThat(browser.driver().findElements(By.id("money-total-final"))).isEmpty();
            browser.screenshot("agency-overview");
            assertThat(Axe.seriousOrCritical(browser, "agency-overview")).as("agency overview").isEmpty();

            browser.open(BASE_URL + "/overview/agency/spv");
            assertThat(browser.visible(By.id("message")).getText()).contains("din egen myndighet");
            browser.screenshot("other-agency-refused");
        } catch (RuntimeException | AssertionError e) {
            browser.saveFailure();
            throw e;
        }
    }

    /** The agencies of the money table's rows. */
    List<String> agenciesWithMoney() {
        return browser.driver().findElements(By.cssSelector("#money tbody tr")).stream()
                .map((WebElement row) -> row.getAttribute("data-agency")).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
