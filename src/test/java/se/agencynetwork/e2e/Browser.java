package se.agencynetwork.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both by explicit path, so that
 * Selenium Manager is never asked to find (or download) a driver or a browser. One fresh profile
 * directory per browser. Every step of a test saves a numbered screenshot under
 * {@code target/e2e-screenshots/}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(env("E2E_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(env("E2E_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    static final Duration PATIENCE = Duration.ofSeconds(180);

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;
    private final String name;
    private int shots;

    /** A browser whose screenshots go to {@code target/e2e-screenshots/<name>/}. */
    Browser(String name) {
        if (!installed()) {
            throw new IllegalStateException(missingMessage());
        }
        try {
            profile = Files.createTempDirectory("e2e-chromium-");
            this.name = name;
            screenshots = SCREENSHOTS.resolve(name);
            if (Files.isDirectory(screenshots)) { // the pictures of an earlier run would mix with this one's
                try (Stream<Path> old = Files.list(screenshots)) {
                    for (Path file : old.toList()) {
                        Files.delete(file);
                    }
                }
            }
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Swedish time in the browser too: Tasklist shows dates in the browser's zone
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withEnvironment(java.util.Map.of("TZ", "Europe/Stockholm")).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=en-US", "--window-size=1400,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        // the page's console, saved with a failure (NN-failed-console.txt)
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        driver = new ChromeDriver(service, options);
    }

    /** The name this browser was made with (its screenshots' folder). */
    String name() {
        return name;
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** Waits (never sleeps) until the condition holds, up to {@link #PATIENCE}. */
    <T> T await(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).withMessage(what)
                .ignoring(StaleElementReferenceException.class) // AngularJS re-renders lists under our feet
                .ignoring(ElementClickInterceptedException.class)
                .until(condition);
    }

    WebElement visible(By locator) {
        return await("visible: " + locator, ExpectedConditions.visibilityOfElementLocated(locator));
    }

    WebElement clickable(By locator) {
        return await("clickable: " + locator, ExpectedConditions.elementToBeClickable(locator));
    }

    /** Clicks the element once it is clickable; found again if AngularJS replaced it meanwhile. */
    void click(By locator) {
        await("click " + locator, driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(driver);
            if (element == null) {
                return null;
            }
            scrollTo(element);
            element.click();
            return Boolean.TRUE;
        });
    }

    void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** Saves {@code target/e2e-screenshots/<browser>/NN-name.png} and returns its path. */
    Path screenshot(String name) {
        Path file = screenshots.resolve(String.format("%02d-%s.png", ++shots, name));
        try {
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Saves a screenshot, the page's HTML and the browser console ({@code NN-failed.png}, {@code NN-failed.html},
     * {@code NN-failed-console.txt}) for reading a failure.
     */
    void saveFailure() {
        Path shot = screenshot("failed");
        try {
            Files.writeString(shot.resolveSibling(shot.getFileName().toString().replace(".png", ".html")),
                    driver.getPageSource());
            StringBuilder console = new StringBuilder();
            driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)
                    .forEach(entry -> console.append(entry).append('\n'));
            Files.writeString(shot.resolveSibling(shot.getFileName().toString().replace(".png", "-console.txt")),
                    console);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets every login: no cookies, no stored state. */
    void forgetSession(String baseUrl) {
        driver.get(baseUrl + "/actuator/health");
        driver.manage().deleteAllCookies();
        ((JavascriptExecutor) driver).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a profile left in the temp directory is harmless
            }
        }
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static String missingMessage() {
        return "Browser tests need Debian's chromium and chromedriver (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): apt-get install chromium chromium-driver";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * Skips a browser test class, with a visible message, where no Chromium is installed; in CI
     * ({@code CI=true}) the class runs anyway and fails at its first browser.
     */
    static class Installed implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (installed()) {
                return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
            }
            if (inCi()) {
                return ConditionEvaluationResult.enabled("CI=true: a missing browser is a failure");
            }
            System.err.println("SKIPPED " + context.getDisplayName() + ": " + missingMessage());
            return ConditionEvaluationResult.disabled(missingMessage());
        }
    }
}
