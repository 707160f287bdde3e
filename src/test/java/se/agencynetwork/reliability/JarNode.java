package se.agencynetwork.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;

/**
 * One application node: the packaged jar started as a separate Java process on a free port, on
 * a given PostgreSQL database, with the demo directory (demo users, password {@code demo}), the
 * job executor on, and a real SMTP server. Killed with SIGKILL ({@link #kill()}) or stopped.
 */
final class JarNode {

    /** The settings every reliability node runs with; a test adds or overrides its own. */
    static Map<String, String> baseSettings(String databaseUrl, int smtpPort) {
        Map<String, String> settings = new HashMap<>();
        settings.put("spring.datasource.url", databaseUrl);
        settings.put("spring.datasource.username", env("TEST_PG_USER", "postgres"));
        settings.put("spring.datasource.password", env("TEST_PG_PASSWORD", ""));
        settings.put("spring.mail.host", "127.0.0.1");
        settings.put("spring.mail.port", Integer.toString(smtpPort));
        settings.put("network.notification.smtp-timeout", "PT5S");
        // not smaller than the default 20: a delivery job holds two connections (the job's and the
        // outbox's own transaction), so a pool of 6 starved the job executor and the REST API
        settings.put("spring.datasource.hikari.maximum-pool-size", "20");
        // a node killed with SIGKILL keeps its jobs locked until the lock expires: short here, so
        // that the restarted node (or the other one) takes them over within the test
        settings.put("camunda.bpm.job-execution.lock-time-in-millis", "20000");
        // an idle job executor backs off up to a minute; a second node is never told about new jobs
        settings.put("camunda.bpm.job-execution.max-wait", "3000");
        // the course survey closes and the managers' follow-up is due right after the course's last
        // day (tomorrow): both timers fire at once, so a journey runs to its end within the test
        settings.put("network.evaluation.survey-period", "P-2D");
        settings.put("network.evaluation.follow-up-delay", "P-2D");
        return settings;
    }

    private final String name;
    private final Path jar;
    private final Map<String, String> settings;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private int starts;

    /**
     * @param name     the node's name: its Camunda host name (ACT_HI_JOB_LOG.HOSTNAME_) and the log file
     *                 {@code target/reliability-<name>-<n>.log}
     * @param settings Spring properties, passed as command-line arguments
     */
    JarNode(String name, Map<String, String> settings) throws IOException {
        this.name = name;
        this.jar = Path.of(System.getProperty("app.jar", "target/agency-network-workflows.jar"));
        assertThat(jar).exists();
        this.settings = new HashMap<>(settings);
        this.settings.put("camunda.bpm.generic-properties.properties.hostname", name);
        this.port = freePort();
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Starts the jar and waits until it reports UP. */
    JarNode start() throws IOException {
        starts++;
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=Europe/Stockholm",
                "-jar", jar.toString(), "--server.port=" + port));
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "reliability-" + name + "-" + starts + ".log").toFile());
        builder.environment().put("SPRING_PROFILES_ACTIVE", "demo,postgres");
        process = builder.start();
        Process started = process;
        Awaitility.await(name + " reports UP (see target/reliability-" + name + "-" + starts + ".log)")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    assertThat(started.isAlive()).as(name + " is running").isTrue();
                    HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    return health.statusCode() == 200 && health.body().contains("UP");
                });
        return this;
    }

    /** SIGKILL: no shutdown hook, no commit, locked jobs stay locked. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
