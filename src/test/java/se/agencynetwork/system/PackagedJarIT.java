package se.agencynetwork.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import se.agencynetwork.testsupport.DockerCompose;
import se.agencynetwork.testsupport.FreshPostgresDatabase;

/**
 * Starts the packaged jar - the one the Dockerfile copies - the way docker-compose.yml starts it
 * (its environment for the app service, with the database pointed at a fresh database on the local
 * PostgreSQL server), twice, and checks it serves health, guards the engine REST API, and does not
 * deploy the models again on a restart. Runs with {@code ./mvnw verify -Ppostgres}.
 */
class PackagedJarIT {

    private static final String ADMIN_PASSWORD = "Jar-Check-" + Long.toString(System.nanoTime(), 36);

    @Test
    void theJarStartsOnPostgresWithTheComposeEnvironmentAndSurvivesARestart() throws Exception {
        Path jar = Path.of(System.getProperty("app.jar", "target/agency-network-workflows.jar"));
        assertThat(jar).exists();
        assertThat(DockerCompose.read().dockerfileJar()).isEqualTo("target/" + jar.getFileName());

        String databaseUrl = FreshPostgresDatabase.createDatabase();
        int port = freePort();
        Map<String, String> environment = new HashMap<>(DockerCompose.read().appEnvironment());
        environment.put("DB_URL", databaseUrl);
        environment.put("DB_USER", env("TEST_PG_USER", "postgres"));
        environment.put("DB_PASSWORD", env("TEST_PG_PASSWORD", ""));
        environment.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.put("PORT", Integer.toString(port));
        // no Mailpit here: without a mail host the application keeps mails instead of sending them
        environment.remove("SPRING_MAIL_HOST");
        environment.remove("SPRING_MAIL_PORT");

        for (int start = 1; start <= 2; start++) {
            Process app = startJar(jar, environment, start);
            try {
                awaitHealthy(port, app);
                HttpClient http = HttpClient.newHttpClient();
                assertThat(get(http, port, "/engine-rest/process-definition", null).statusCode()).isEqualTo(401);
                HttpResponse<String> definitions = get(http, port, "/engine-rest/process-definition", "admin:" + ADMIN_PASSWORD);
                assertThat(definitions.statusCode()).isEqualTo(200);
                assertTheWebappsAreSwedish(http, port);
            } finally {
                app.destroy();
                app.waitFor();
            }
            assertThat(count(databaseUrl, "select count(*) from act_re_deployment"))
                    .as("deployments after start " + start).isEqualTo(1);
        }
    }

    /**
     * The application's files under META-INF/resources/webjars/camunda/app/ replace the webjar's of the same
     * path in the packaged jar too (the repackager keeps META-INF/ at the jar's root, which the system class
     * loader, asked first, finds before BOOT-INF/lib/camunda-webapp-webjar), and / is the Swedish start page.
     */
    private static void assertTheWebappsAreSwedish(HttpClient http, int port) throws IOException, InterruptedException {
        HttpResponse<String> config = get(http, port, "/camunda/app/tasklist/scripts/config.js", null);
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("'../../network/webapp-settings.js'", "'../network/form-js-swedish'");
        assertThat(get(http, port, "/camunda/app/network/webapp-settings.js", null).body())
                .contains("availableLocales: ['sv', 'en']");
        assertThat(get(http, port, "/camunda/app/tasklist/locales/sv.json", null).body())
                .contains("\"START_PROCESS\": \"Starta process\"");
        assertThat(get(http, port, "/camunda/app/cockpit/styles/user-styles.css", null).body())
                .contains("../../network/network.css");
        assertThat(get(http, port, "/camunda/app/network/network.css", null).body()).contains(".ce-eol-banner");
        HttpResponse<String> start = get(http, port, "/", null);
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("<html lang=\"sv\"", "Du är inte inloggad.");
    }

    private static Process startJar(Path jar, Map<String, String> environment, int start) throws IOException {
        Path log = Path.of("target", "packaged-jar-start-" + start + ".log");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static void awaitHealthy(int port, Process app) {
        HttpClient http = HttpClient.newHttpClient();
        Awaitility.await("the jar reports UP on /actuator/health (see target/packaged-jar-start-*.log)")
                // patience, not a measurement: the jar starts in about 9 s on a quiet machine, in over 3 minutes
                // on a shared one (185 s seen at a load of 30 on 2 cores)
                .atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    assertThat(app.isAlive()).as("the application process is running").isTrue();
                    HttpResponse<String> health = get(http, port, "/actuator/health", null);
                    return health.statusCode() == 200 && health.body().contains("UP");
                });
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path, String credentials)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)); // patience for the first requests after start-up on a loaded machine
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, env("TEST_PG_USER", "postgres"),
                env("TEST_PG_PASSWORD", ""));
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
