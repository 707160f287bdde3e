package se.agencynetwork.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.agencynetwork.overview.Overview.MentorshipLine;

/**
 * The overview counts the mentorship programmes' pairs (issue 22): running, completed and ended early, and their
 * meetings, for the network and, for an agency, only the pairs its adept or mentor is in. The rows are those the
 * mentorship process writes (MentorshipProcessTest drives the process itself).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewMentorshipTest {

    static final String KEY = "MENTOR-2031-0001";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OverviewQueries queries;

    @BeforeAll
    void aProgrammeWithThreePairs() {
        jdbc.update("insert into mentorship_programme (business_key, process_instance_id, title, period_start, period_end,"
                + " pair_count, cost_per_pair, participation_deadline, started_at, status) values (?, 'pi', 'Mentorprogram 2031',"
                + " ?, ?, 4, 10000, ?, ?, 'RUNNING')", KEY, LocalDate.of(2031, 2, 1), LocalDate.of(2031, 11, 30),
                LocalDateTime.of(2031, 1, 15, 23, 59), LocalDateTime.of(2031, 1, 2, 9, 0));
        person("csn", "ADEPT", "PAIRED");
        person("spv", "MENTOR", "PAIRED");
        person("msb", "ADEPT", "PAIRED");
        person("csn", "MENTOR", "PAIRED");
        person("fba", "ADEPT", "DECLINED");
        person("tullverket", "MENTOR", "PAIRED");
        person("spv", "ADEPT", "PAIRED");
        pair("csn", "spv", "ACCEPTED", 4);
        pair("msb", "csn", "ENDED_EARLY", 1);
        pair("spv", "tullverket", "COMPLETED", 9);
        pair("fba", "tullverket", "DECLINED", 0);
    }

    @AfterAll
    void tidyUp() {
        jdbc.update("delete from mentorship_pair where business_key = ?", KEY);
        jdbc.update("delete from mentorship_person where business_key = ?", KEY);
        jdbc.update("delete from mentorship_programme where business_key = ?", KEY);
    }

    @Test
    void theNetworkSeesEveryPairAndAnAgencyOnlyItsOwn() throws Exception {
        assertThat(queries.mentorships(null)).containsExactly(
                new MentorshipLine(KEY, "Mentorprogram 2031", "Pågår", 1, 1, 1, 14, null, null));
        assertThat(queries.mentorships("csn")).containsExactly(
                new MentorshipLine(KEY, "Mentorprogram 2031", "Pågår", 1, 0, 1, 5, null, null));
        assertThat(queries.mentorships("tullverket")).containsExactly(
                new MentorshipLine(KEY, "Mentorprogram 2031", "Pågår", 0, 1, 0, 9, null, null));
        // an agency that only declined sees the programme, with none of its pairs running; one not taking part does not
        assertThat(queries.mentorships("fba")).containsExactly(
                new MentorshipLine(KEY, "Mentorprogram 2031", "Pågår", 0, 0, 0, 0, null, null));
        assertThat(queries.mentorships("kriminalvarden")).isEmpty();

        String page = get("/overview", "koordinator").body();
        assertThat(page).contains("<h3>Mentorprogram</h3>", "id=\"mentorship-" + KEY + "\"",
                "id=\"mentorship-" + KEY + "-running\" data-value=\"1\"",
                "id=\"mentorship-" + KEY + "-ended-early\" data-value=\"1\"",
                "id=\"mentorship-" + KEY + "-meetings\" data-value=\"14\"");
        assertThat(page).containsPattern("id=\"mentorship-" + KEY + "-evaluation\"[^>]*>–<");
    }

    @Test
    void theEvaluationIsCountedForTheWholeProgrammeOnceSentAndOnceClosed() throws Exception {
        try {
            jdbc.update("update mentorship_programme set evaluation_invited = 8 where business_key = ?", KEY);
            assertThat(queries.mentorships(null)).singleElement().satisfies(line -> {
                assertThat(line.evaluationInvited()).isEqualTo(8);
                assertThat(line.evaluationResponses()).isNull();
                assertThat(line.evaluation()).isEqualTo("skickad till 8");
            });
            jdbc.update("update mentorship_programme set evaluation_responses = 5 where business_key = ?", KEY);
            // the answers are anonymous: an agency sees the programme's count, not its own people's
            assertThat(queries.mentorships("csn")).singleElement().satisfies(line -> {
                assertThat(line.evaluation()).isEqualTo("5 av 8");
                assertThat(line.evaluationResponses()).isEqualTo(5);
            });
            assertThat(get("/overview", "koordinator").body())
                    .contains("id=\"mentorship-" + KEY + "-evaluation\" data-value=\"5\">5 av 8</td>");
        } finally {
            jdbc.update("update mentorship_programme set evaluation_invited = null, evaluation_responses = null"
                    + " where business_key = ?", KEY);
        }
    }

    void person(String agency, String role, String status) {
        jdbc.update("insert into mentorship_person (business_key, agency_code, person_role, name, email, area, leadership,"
                + " languages, description, status, nominated_by, nominated_at) values (?, ?, ?, 'Namn', 'a@b.example', 'it',"
                + " true, 'svenska', 'text', ?, 'utbkoord', ?)", KEY, agency, role, status, LocalDateTime.of(2031, 1, 10, 9, 0));
    }

    void pair(String adept, String mentor, String status, int meetings) {
        jdbc.update("insert into mentorship_pair (business_key, matching_round, adept_agency, mentor_agency, score, reasons,"
                + " status, confirmed_by, confirmed_at, meetings) values (?, 1, ?, ?, 3, 'samma område', ?, 'rad', ?, ?)",
                KEY, adept, mentor, status, LocalDateTime.of(2031, 1, 20, 9, 0), meetings);
    }

    HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                        .getBytes(StandardCharsets.UTF_8))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
