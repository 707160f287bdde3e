package se.agencynetwork.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import se.agencynetwork.Application;

/**
 * Outside the demo profile the application is production-like: it will not start without a
 * proper administrator password, and once started the password policy is on, the session
 * cookie is Secure and HSTS is sent.
 */
class ProductionSettingsTest {

    static final String ENGINE = "productioncheck";

    /** The profiles of this test run (test, maybe postgres) without demo. */
    static String productionLikeProfiles() {
        String active = System.getProperty("spring.profiles.active", "test");
        List<String> profiles = new ArrayList<>(Arrays.asList(active.split(",")));
        profiles.remove("demo");
        return String.join(",", profiles);
    }

    static ConfigurableApplicationContext start(String... extraArgs) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=" + productionLikeProfiles(),
                "--server.port=0",
                "--network.directory.location=classpath:network/demo-network.yaml",
                // its own engine name: the cached test context's "default" engine stays untouched
                "--camunda.bpm.process-engine-name=" + ENGINE));
        args.addAll(List.of(extraArgs));
        return SpringApplication.run(Application.class, args.toArray(String[]::new));
    }

    @Test
    void startUpWithoutAnAdminPasswordFailsWithAClearMessage() {
        assertThatThrownBy(() -> start("--camunda.bpm.admin-user.password="))
                .hasMessageContaining("No administrator password")
                .hasMessageContaining("ADMIN_PASSWORD");
    }

    @Test
    void startUpWithTheDemoPasswordFailsWithAClearMessage() {
        assertThatThrownBy(() -> start("--camunda.bpm.admin-user.password=demo"))
                .hasMessageContaining("well-known default")
                .hasMessageContaining("ADMIN_PASSWORD");
    }

    @Test
    void aProperlyConfiguredStartIsHardened() throws Exception {
        // the test profile switches the nightly history cleanup off; here it is on, as in production
        try (ConfigurableApplicationContext context = start("--camunda.bpm.admin-user.password=Kr0kus-i-Sundsvall!",
                "--network.history-cleanup.enabled=true")) {
            ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) context.getBean(ProcessEngine.class)
                    .getProcessEngineConfiguration();
            assertThat(engine.getHistoryCleanupBatchWindowStartTime()).as("history cleanup from").isEqualTo("00:00");
            assertThat(engine.getHistoryCleanupBatchWindowEndTime()).as("history cleanup until").isEqualTo("05:00");
            IdentityService identity = context.getBean(IdentityService.class);
            assertThat(identity.checkPasswordAgainstPolicy("demo").isValid())
                    .as("password policy refuses 'demo'").isFalse();
            assertThat(identity.checkPassword("admin", "Kr0kus-i-Sundsvall!")).isTrue();

            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/" + ENGINE + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
            List<String> cookies = page.headers().allValues("Set-Cookie");
            assertThat(cookies).isNotEmpty();
            assertThat(cookies).allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));
        }
    }
}
