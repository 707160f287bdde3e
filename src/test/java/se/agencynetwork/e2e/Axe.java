package se.agencynetwork.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.openqa.selenium.JavascriptExecutor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Deque's axe-core run in the page the browser shows, against the WCAG 2.0/2.1 A and AA rules. The
 * script comes from the test-scoped WebJar {@code org.webjars.npm:axe-core} (Maven's local repository:
 * no network at test time) and is injected by Selenium. Each run's full result is saved beside the
 * screenshots as {@code axe-<page>.json}.
 */
final class Axe {

    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = load();

    private Axe() {
    }

    /** One rule the page breaks: its id, impact and the elements concerned. */
    record Violation(String rule, String impact, String help, List<String> targets) {
        boolean seriousOrCritical() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + "): " + targets;
        }
    }

    /** Runs axe on the current page and returns every violation; the result is saved as axe-&lt;name&gt;.json. */
    static List<Violation> check(Browser browser, String name) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        js.executeScript(SOURCE);
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r)); })"
                + ".catch(function (e) { done(JSON.stringify({error: String(e)})); });", WCAG_AA);
        try {
            JsonNode report = JSON.readTree(String.valueOf(result));
            if (report.has("error")) {
                throw new IllegalStateException("axe failed on " + name + ": " + report.path("error").asText());
            }
            Path file = browser.screenshot("axe-" + name).resolveSibling("axe-" + name + ".json");
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            List<Violation> violations = new ArrayList<>();
            for (JsonNode violation : report.path("violations")) {
                List<String> targets = new ArrayList<>();
                violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
                violations.add(new Violation(violation.path("id").asText(), violation.path("impact").asText(),
                        violation.path("help").asText(), targets));
            }
            return violations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The serious and critical violations only. */
    static List<Violation> seriousOrCritical(Browser browser, String name) {
        return check(browser, name).stream().filter(Violation::seriousOrCritical).toList();
    }

    private static String load() {
        ClassLoader loader = Axe.class.getClassLoader();
        try (InputStream pom = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (pom == null) {
                throw new IllegalStateException("org.webjars.npm:axe-core is not on the test class path");
            }
            Properties properties = new Properties();
            properties.load(pom);
            String path = "META-INF/resources/webjars/axe-core/" + properties.getProperty("version") + "/axe.min.js";
            try (InputStream script = loader.getResourceAsStream(path)) {
                if (script == null) {
                    throw new IllegalStateException(path + " is not on the test class path");
                }
                return new String(script.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
