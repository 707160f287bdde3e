package se.agencynetwork.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Under the {@code postgres} profile, gives every Spring context of the test run a database of
 * its own, created empty on the PostgreSQL server and dropped when the JVM ends. So
 * {@code ./mvnw verify -Ppostgres} always starts from a fresh schema, and cached test contexts
 * never see each other's rows, exactly like the unique in-memory H2 databases of the plain run.
 *
 * <p>The server is reached with {@code TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}), {@code TEST_PG_USER} (default
 * {@code postgres}) and {@code TEST_PG_PASSWORD} (default empty).
 */
public class FreshPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN_ID = Long.toString(System.currentTimeMillis(), 36);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (!Arrays.asList(environment.getActiveProfiles()).contains("postgres")) {
            return;
        }
        String url = createDatabase();
        environment.getPropertySources().addFirst(new MapPropertySource("fresh-postgres-database", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", env("TEST_PG_USER", "postgres"),
                "spring.datasource.password", env("TEST_PG_PASSWORD", ""))));
    }

    /** Creates a fresh database and returns its JDBC URL (for tests that start the jar themselves). */
    public static String createDatabase() {
        return createDatabase(true);
    }

    /**
     * Creates a fresh database and returns its JDBC URL; with {@code dropAtExit} false it outlives the
     * JVM (the benchmark's opt-in for experiments on its data) and whoever asked for it drops it.
     */
    public static String createDatabase(boolean dropAtExit) {
        String adminUrl = env("TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = env("TEST_PG_USER", "postgres");
        String password = env("TEST_PG_PASSWORD", "");
        String database = "agency_network_test_" + RUN_ID + "_" + COUNTER.incrementAndGet();
        execute(adminUrl, user, password, "create database " + database);
        if (dropAtExit) {
            Runtime.getRuntime().addShutdownHook(new Thread(() ->
                    execute(adminUrl, user, password, "drop database if exists " + database + " with (force)")));
        }
        return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test database: '" + sql + "' failed on " + url
                    + " as " + user + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
