package se.agencynetwork.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar serves the application's Tasklist configuration and custom scripts instead of
 * the files of the same path in Camunda's webjar (both are on its class path; the application's
 * classes come first). Started from Maven, the browser tests show the scripts at work; this starts
 * the jar itself (demo profile, in-memory H2) and reads what a browser would load:
 * {@code app/tasklist/scripts/config.js} and every script its {@code customScripts} names.
 */
class TasklistScriptsJarIT {

    static final String APP = "/camunda/app/tasklist/";
    static final Path SOURCES = Path.of("src/main/resources/META-INF/resources/webjars/camunda/app/tasklist");

    @Test
    void theJarServesOurConfigAndEveryCustomScriptInsteadOfTheWebjars() throws Exception {
        Path jar = Path.of(System.getProperty("app.jar", "target/agency-network-workflows.jar"));
        assertThat(jar).exists();
        int port = freePort();
        Path log = Path.of("target", "tasklist-scripts-jar.log");
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--spring.profiles.active=demo", "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:mem:tasklist-scripts;DB_CLOSE_DELAY=-1",
                "--camunda.bpm.job-execution.enabled=false")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            Awaitility.await("the jar is UP (see " + log + ")").atMost(Duration.ofMinutes(8))
                    .pollInterval(Duration.ofMillis(500)).ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> {
                        assertThat(app.isAlive()).as("the application process is running").isTrue();
                        return get(http, port, "/actuator/health").statusCode() == 200;
                    });

            HttpResponse<String> config = get(http, port, APP + "scripts/config.js");
            assertThat(config.statusCode()).isEqualTo(200);
            assertThat(config.body()).as("our config.js, not the webjar's")
                    .isEqualTo(Files.readString(SOURCES.resolve("scripts/config.js"), StandardCharsets.UTF_8));
            // the module config.js imports, resolved against config.js's own URL as a browser does
            String settings = URI.create(APP + "scripts/config.js").resolve("../../network/webapp-settings.js").toString();
            assertThat(config.body()).contains("'../../network/webapp-settings.js'");
            HttpResponse<String> imported = get(http, port, settings);
            assertThat(imported.statusCode()).as(settings).isEqualTo(200);
            assertThat(imported.body()).isEqualTo(Files.readString(
                    SOURCES.resolve("../network/webapp-settings.js").normalize(), StandardCharsets.UTF_8));
            List<String> scripts = customScripts(config.body());
            assertThat(scripts).contains("scripts/dynamic-list-completion", "scripts/claim-on-open",
                    "scripts/create-task-permission");
            for (String script : scripts) {
                // a browser resolves "../network/language" against app/tasklist/ before asking for it
                String path = URI.create(APP).resolve(script + ".js").normalize().toString();
                HttpResponse<String> served = get(http, port, path);
                assertThat(served.statusCode()).as(script).isEqualTo(200);
                assertThat(served.body()).as(script)
                        .isEqualTo(Files.readString(SOURCES.resolve(script + ".js"), StandardCharsets.UTF_8));
            }
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    /** The entries of config.js's customScripts list, in order. */
    static List<String> customScripts(String config) {
        Matcher list = Pattern.compile("customScripts:\\s*\\[(.*?)\\]", Pattern.DOTALL).matcher(config);
        assertThat(list.find()).as("customScripts in config.js").isTrue();
        List<String> scripts = new ArrayList<>();
        Matcher entry = Pattern.compile("^\\s*'([^']+)'", Pattern.MULTILINE).matcher(list.group(1));
        while (entry.find()) {
            scripts.add(entry.group(1));
        }
        return scripts;
    }

    static HttpResponse<String> get(HttpClient http, int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
