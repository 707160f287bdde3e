package se.agencynetwork.system;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start outside the {@code demo} profile when the administrator's password is
 * missing or one of the well-known defaults. Runs before the process engine is built, so a
 * weak administrator account is never created.
 */
public class AdminPasswordGuard implements EnvironmentPostProcessor, Ordered {

    static final String DEMO_PROFILE = "demo";
    static final String PASSWORD_PROPERTY = "camunda.bpm.admin-user.password";
    static final Set<String> DEFAULT_PASSWORDS = Set.of(
            "demo", "admin", "password", "camunda", "changeit", "changeme", "secret", "123456");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        check(environment);
    }

    static void check(ConfigurableEnvironment environment) {
        boolean demo = Arrays.asList(environment.getActiveProfiles()).contains(DEMO_PROFILE);
        if (demo) {
            return;
        }
        String password = environment.getProperty(PASSWORD_PROPERTY);
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("No administrator password is set. Outside the demo profile set "
                    + "ADMIN_PASSWORD (property " + PASSWORD_PROPERTY + ") in the environment to a strong password.");
        }
        if (DEFAULT_PASSWORDS.contains(password.trim().toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException("The administrator password is a well-known default. Outside the demo "
                    + "profile set ADMIN_PASSWORD (property " + PASSWORD_PROPERTY + ") to a strong password of your own.");
        }
    }

    @Override
    public int getOrder() {
        // after the config data (application.yaml, profiles, environment variables) has been loaded
        return Ordered.LOWEST_PRECEDENCE;
    }
}
