package se.agencynetwork.benchmark;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import se.agencynetwork.Application;

/**
 * The application as it runs for real (demo directory, authorization on, job executor on, mail
 * sent over SMTP), started inside the benchmark's JVM on H2 (in memory) or on a PostgreSQL
 * database, with a GreenMail SMTP server as the mail sink.
 */
final class AppNode implements AutoCloseable {

    final ConfigurableApplicationContext context;
    final GreenMail smtp;

    private AppNode(ConfigurableApplicationContext context, GreenMail smtp) {
        this.context = context;
        this.smtp = smtp;
    }

    /** A JDBC URL of an empty H2 in-memory database. */
    static String freshH2() {
        return "jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    static boolean isPostgres(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /**
     * @param jdbcUrl the database ({@link #freshH2()} or a fresh PostgreSQL database)
     * @param extra further properties (e.g. switching the new-task mail off for the bulk task load)
     */
    static AppNode start(String jdbcUrl, Map<String, Object> extra) {
        return start(jdbcUrl, extra, null);
    }

    /** As {@link #start(String, Map)}, with every SQL statement of the application's data source counted. */
    static AppNode start(String jdbcUrl, Map<String, Object> extra, SqlCounter counter) {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", jdbcUrl);
        properties.put("spring.datasource.username", isPostgres(jdbcUrl) ? Benchmark.env("TEST_PG_USER", "postgres") : "sa");
        properties.put("spring.datasource.password", isPostgres(jdbcUrl) ? Benchmark.env("TEST_PG_PASSWORD", "") : "");
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", smtp.getSmtp().getPort());
        properties.put("server.port", 0);
        properties.put("camunda.bpm.job-execution.enabled", true);
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.se.agencynetwork", "WARN");
        properties.put("spring.main.banner-mode", "off");
        // the pool of the postgres profile; the profile itself is not used because the test classpath's
        // FreshPostgresDatabase would then swap in a database of its own (the nodes of the scale-out share one)
        properties.put("spring.datasource.hikari.maximum-pool-size", 20);
        if (isPostgres(jdbcUrl)) {
            // as application-postgres.yaml: no JIT compilation of the engine's queries
            properties.put("spring.datasource.hikari.data-source-properties.options", "-c jit=off");
        }
        properties.putAll(extra);
        // as command-line arguments: they take precedence over application.yaml (DB_URL defaults, log levels)
        SpringApplicationBuilder builder = new SpringApplicationBuilder(Application.class).profiles("demo");
        if (counter != null) {
            builder.initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? counter.wrap(dataSource) : bean;
                }
            }));
        }
        ConfigurableApplicationContext context = builder.run(arguments(properties));
        return new AppNode(context, smtp);
    }

    static String[] arguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public void close() {
        context.close();
        smtp.stop();
    }
}
