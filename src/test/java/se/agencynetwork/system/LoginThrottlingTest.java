package se.agencynetwork.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Failed logins throttle, they never lock a user out for good (issue 16): Camunda's default locks a
 * user after 10 failures until an administrator unlocks it, and the heads' user names are
 * predictable ({@code chef-<agency>}). Here a stranger fails 25 times with a head's name; each
 * failure delays the next login of that user (3 s, doubling, at most the configured maximum), and
 * the head logs in with the right password once the maximum delay after the last failure has passed.
 * The engine's lock reads the engine clock ({@code ClockUtil}), so the test moves that clock instead
 * of waiting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginThrottlingTest {

    static final String HEAD = "chef-csn";
    static final int FAILURES = 25;

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aStrangerDelaysAHeadsLoginByAtMostTheMaximumDelayAndNeverLocksItForGood() {
        int maxDelay = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getLoginDelayMaxTime();
        assertThat(maxDelay).as("the longest delay, seconds: a few minutes at most").isBetween(30, 300);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ClockUtil.setCurrentTime(Date.from(now));
        List<Long> delays = new ArrayList<>();
        for (int i = 1; i <= FAILURES; i++) {
            assertThat(status("/engine-rest/task/count", HEAD, "fel-lösenord-" + i)).as("failure " + i).isEqualTo(401);
            Map<String, Object> lock = lock(HEAD);
            assertThat(((Number) lock.get("attempts_")).intValue()).as("failures counted").isEqualTo(i);
            delays.add(Duration.between(now, ((Timestamp) lock.get("lock_exp_time_")).toInstant()).toSeconds());
            if (i < FAILURES) {
                // the stranger comes back when the delay is over, so that every failure counts
                now = now.plusSeconds(maxDelay + 1);
                ClockUtil.setCurrentTime(Date.from(now));
            }
        }
        // 3 s, doubling, capped
        assertThat(delays.subList(0, 6)).containsExactly(3L, 6L, 12L, 24L, 48L, Math.min(96L, maxDelay));
        assertThat(delays.subList(10, FAILURES)).allSatisfy(d -> assertThat(d).isEqualTo(maxDelay));

        // the throttle is in effect: even the right password waits for the delay
        assertThat(status("/engine-rest/task/count", HEAD, "demo")).as("right password at once").isEqualTo(401);
        ClockUtil.setCurrentTime(Date.from(now.plusSeconds(maxDelay - 1)));
        assertThat(status("/api/me", HEAD, "demo")).as("right password just before the delay ends").isEqualTo(401);
        assertThat(((Number) lock(HEAD).get("attempts_")).intValue()).as("a login during the delay is not counted")
                .isEqualTo(FAILURES);

        // and then the head is in, on every way in, and the count starts again
        ClockUtil.setCurrentTime(Date.from(now.plusSeconds(maxDelay + 1)));
        assertThat(status("/engine-rest/task/count", HEAD, "demo")).as("right password after the delay").isEqualTo(200);
        assertThat(status("/api/me", HEAD, "demo")).isEqualTo(200);
        assertThat(((Number) lock(HEAD).get("attempts_")).intValue()).isZero();
        assertThat(lock(HEAD).get("lock_exp_time_")).isNull();
    }

    Map<String, Object> lock(String user) {
        return jdbc.queryForMap("select attempts_, lock_exp_time_ from act_id_user where id_ = ?", user);
    }

    int status(String path, String user, String password) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new AssertionError(path, e);
        }
    }
}
