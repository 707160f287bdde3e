package se.agencynetwork.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The overview counts the joint recruitment activities and the hires they led to, from the rows
 * recruitment-activity writes: for the network (as the coordinator) and for one agency (as its head,
 * only the activities it signed up for). An agency that did not answer the follow-up adds nothing to
 * the hires, and the figures equal the same figures summed here with SQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecruitmentOverviewTest {

    static final String OWN = "tullverket";
    static final String OTHER = "spv";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    String followedUp;
    String signingUp;

    @BeforeAll
    void twoActivities() {
        // followed up: tullverket and spv took part, tullverket hired 2, spv did not answer
        followedUp = activity("FOLLOWED_UP", 2, 1, 2);
        signUp(followedUp, OWN, true);
        signUp(followedUp, OTHER, true);
        jdbc.update("insert into recruitment_activity_hires (business_key, agency_code, answered, hires, answered_by, answered_at)"
                + " values (?, ?, true, 2, ?, ?)", followedUp, OWN, "utbkoord-" + OWN, Timestamp.valueOf(LocalDateTime.now()));
        jdbc.update("insert into recruitment_activity_hires (business_key, agency_code, answered) values (?, ?, false)",
                followedUp, OTHER);
        // still open for sign-up: tullverket said no, spv yes
        signingUp = activity("SIGN_UP", null, null, null);
        signUp(signingUp, OWN, false);
        signUp(signingUp, OTHER, true);
    }

    @Test
    void theNetworkSeesEveryActivityAndTheHiresOfThoseWhoAnswered() throws Exception {
        HttpResponse<String> page = get("/overview", "koordinator");
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> figures = OverviewFiguresTest.figures(page.body());
        assertThat(figures).containsEntry("recruitment-" + followedUp + "-participants", "2")
                .containsEntry("recruitment-" + followedUp + "-hires", "2")
                .containsEntry("recruitment-" + signingUp + "-participants", "0")
                .doesNotContainKey("recruitment-" + signingUp + "-hires")
                .containsEntry("recruitment-count", count("select count(*) from recruitment_activity"))
                .containsEntry("recruitment-hires", count("select coalesce(sum(hires), 0) from recruitment_activity_hires"
                        + " where answered = true"));
        assertThat(page.body()).contains("Uppföljd", "Anmälan pågår", "1 av 2");
    }

    @Test
    void anAgencySeesOnlyTheActivitiesItSignedUpFor() throws Exception {
        HttpResponse<String> page = get("/overview/agency/" + OWN, "chef-" + OWN);
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> figures = OverviewFiguresTest.figures(page.body());
        assertThat(figures).containsKey("recruitment-" + followedUp + "-hires")
                .doesNotContainKey("recruitment-" + signingUp + "-participants");
        assertThat(figures.get("recruitment-count")).isEqualTo(count("select count(distinct business_key)"
                + " from recruitment_activity_sign_up where agency_code = ? and takes_part = true", OWN));
    }

    String activity(String status, Integer participants, Integer answered, Integer hires) {
        String key = "OVRA-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into recruitment_activity (business_key, process_instance_id, title, status, registered_at,"
                + " activity_kind, activity_date, participant_count, answered_count, total_hires)"
                + " values (?, 'no-instance', ?, ?, ?, 'career-fair', ?, ?, ?, ?)", key, "Gemensam monter " + key, status,
                Timestamp.valueOf(LocalDateTime.now()), Date.valueOf(LocalDate.now().plusDays(30)), participants, answered,
                hires);
        return key;
    }

    void signUp(String key, String agency, boolean takesPart) {
        jdbc.update("insert into recruitment_activity_sign_up (business_key, agency_code, takes_part, answered_by, answered_at)"
                + " values (?, ?, ?, ?, ?)", key, agency, takesPart, "utbkoord-" + agency, Timestamp.valueOf(LocalDateTime.now()));
    }

    String count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args).toString();
    }

    HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
