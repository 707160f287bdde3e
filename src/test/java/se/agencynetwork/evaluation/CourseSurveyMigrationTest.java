package se.agencynetwork.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import se.agencynetwork.survey.LinkTokens;
import se.agencynetwork.survey.QuestionnaireResults;
import se.agencynetwork.survey.Surveys;
import se.agencynetwork.testsupport.SurveyFormPost;

/**
 * Flyway V25 on a database with course surveys of before it (the V10/V16 tables): the application starts on a
 * fresh database migrated up to V24 only, the test writes invitations and answers as the old survey page left
 * them, migrates to the latest version and checks the rows in the shared survey tables, that the old tables are
 * gone, and that a link mailed before the move still answers - once - through its old address. Runs on H2 and,
 * with {@code -Ppostgres}, on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.flyway.target=24", "network.survey.minimum-responses=2"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CourseSurveyMigrationTest {

    static final String OPEN_COURSE = "COURSE-2026-8001";
    static final String OLD_COURSE = "COURSE-2024-8002";

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Surveys surveys;
    @LocalServerPort
    int port;

    @Test
    void invitationsAndAnswersMoveToTheSurveyTablesAndAnOldLinkStillAnswersOnce() throws Exception {
        assertThat(flyway.info().current().getVersion()).isEqualTo(MigrationVersion.fromVersion("24"));
        LocalDateTime closes = LocalDateTime.now().plusDays(10).withNano(0);
        LocalDateTime closed = LocalDateTime.of(2024, 6, 14, 23, 59);
        survey(OPEN_COURSE, "Klarspråk i beslut", LocalDate.now().minusDays(4), closes, 3, null);
        survey(OLD_COURSE, "Förvaltningsrätt", LocalDate.of(2024, 5, 31), closed, 1, LocalDateTime.of(2025, 6, 2, 3, 30));
        String unused = LinkTokens.newToken();
        String used = LinkTokens.newToken();
        String usedToo = LinkTokens.newToken();
        String old = LinkTokens.newToken();
        invitation(unused, OPEN_COURSE, "Anna Andersson", "anna@spv.se", "spv", closes, false);
        invitation(used, OPEN_COURSE, "Bo Berg", "bo@csn.se", "csn", closes, true);
        invitation(usedToo, OPEN_COURSE, "Cecilia Ek", "cecilia@csn.se", "csn", closes, true);
        invitation(old, OLD_COURSE, null, null, "msb", closed, true);
        String first = "00000000-0000-4000-8000-000000000001";
        String second = "00000000-0000-4000-8000-000000000002";
        String third = "00000000-0000-4000-8000-000000000003";
        response(first, OPEN_COURSE, 5, 4, 5, 10, "Att skriva det viktigaste först.", null);
        response(second, OPEN_COURSE, 3, 2, 3, 6, "   ", "Bra exempel");
        response(third, OLD_COURSE, 4, 4, 4, 8, null, null);

        Flyway.configure().configuration(flyway.getConfiguration()).target(MigrationVersion.LATEST).load().migrate();

        assertThat(Flyway.configure().configuration(flyway.getConfiguration()).target(MigrationVersion.LATEST).load()
                .info().current().getVersion().getVersion()).isEqualTo("25");
        assertThat(tables()).doesNotContain("evaluation_invitation", "evaluation_response")
                .contains("evaluation_survey", "evaluation_attendance", "evaluation_follow_up");
        // a round per course survey: the course questionnaire, the title as its subject, the closing time kept
        assertThat(jdbc.queryForList("select round_key, questionnaire, subject, closes_at from survey_round"
                + " order by round_key")).extracting(row -> List.copyOf(lower(row).values())).containsExactly(
                        List.of(OLD_COURSE, "course-evaluation", "Förvaltningsrätt", Timestamp.valueOf(closed)),
                        List.of(OPEN_COURSE, "course-evaluation", "Klarspråk i beslut", Timestamp.valueOf(closes)));
        // the links: the same hashes, used or not as before, nothing about the person
        assertThat(jdbc.queryForList("select token_hash, round_key, respondent_group, used from survey_link"))
                .extracting(row -> List.copyOf(lower(row).values())).containsExactlyInAnyOrder(
                        List.of(LinkTokens.hash(unused), OPEN_COURSE, "participant", false),
                        List.of(LinkTokens.hash(used), OPEN_COURSE, "participant", true),
                        List.of(LinkTokens.hash(usedToo), OPEN_COURSE, "participant", true),
                        List.of(LinkTokens.hash(old), OLD_COURSE, "participant", true));
        // the answers: same ids, a row per answered question, blank texts left out as the page leaves them out
        assertThat(jdbc.queryForList("select r.id, r.round_key, r.respondent_group, a.question, a.score, a.answer_text"
                + " from survey_response r join survey_answer a on a.response_id = r.id order by r.id, a.question"))
                .extracting(row -> Arrays.asList(lower(row).values().toArray())).containsExactly(
                        Arrays.asList(first, OPEN_COURSE, "participant", "learned", null, "Att skriva det viktigaste först."),
                        Arrays.asList(first, OPEN_COURSE, "participant", "nps", 10, null),
                        Arrays.asList(first, OPEN_COURSE, "participant", "overall", 5, null),
                        Arrays.asList(first, OPEN_COURSE, "participant", "relevance", 5, null),
                        Arrays.asList(first, OPEN_COURSE, "participant", "trainer", 4, null),
                        Arrays.asList(second, OPEN_COURSE, "participant", "comment", null, "Bra exempel"),
                        Arrays.asList(second, OPEN_COURSE, "participant", "nps", 6, null),
                        Arrays.asList(second, OPEN_COURSE, "participant", "overall", 3, null),
                        Arrays.asList(second, OPEN_COURSE, "participant", "relevance", 3, null),
                        Arrays.asList(second, OPEN_COURSE, "participant", "trainer", 2, null),
                        Arrays.asList(third, OLD_COURSE, "participant", "nps", 8, null),
                        Arrays.asList(third, OLD_COURSE, "participant", "overall", 4, null),
                        Arrays.asList(third, OLD_COURSE, "participant", "relevance", 4, null),
                        Arrays.asList(third, OLD_COURSE, "participant", "trainer", 4, null));
        // attendance per agency, as counts, for the overview
        assertThat(jdbc.queryForList("select course_key, agency, attended from evaluation_attendance"
                + " order by course_key, agency")).extracting(row -> List.copyOf(lower(row).values())).containsExactly(
                        List.of(OLD_COURSE, "msb", 1), List.of(OPEN_COURSE, "csn", 2), List.of(OPEN_COURSE, "spv", 1));
        // the course rows stay as they were (title, last day, figures, retention mark)
        assertThat(jdbc.queryForObject("select count(*) from evaluation_survey where course_key = ? and"
                + " history_removed_at is not null and responses = 1", Integer.class, OLD_COURSE)).isOne();

        // the migrated answers compile as the shared package compiles any round
        QuestionnaireResults results = surveys.results(OPEN_COURSE, null);
        assertThat(results.invited()).isEqualTo(3);
        assertThat(results.responses()).isEqualTo(2);
        assertThat(results.average("relevance")).isEqualByComparingTo(new BigDecimal("4.00"));
        assertThat(results.nps("nps")).isZero();
        assertThat(results.texts("comment")).containsExactly("Bra exempel");

        // the link mailed before the move, at its old address: sent on to the questionnaire page, answers once
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/survey/" + unused)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo(Surveys.PATH + unused);
        assertThat(page.body()).contains("Klarspråk i beslut", "Hur bra var utbildaren?").doesNotContain("Anna");
        HttpResponse<String> answered = SurveyFormPost.post(HttpClient.newHttpClient(), port, unused,
                "application/x-www-form-urlencoded", "relevance=4&trainer=4&overall=4&nps=9&learned=Mallarna");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(surveys.results(OPEN_COURSE, null).responses()).isEqualTo(3);
        for (String spent : List.of(unused, used)) {
            HttpResponse<String> again = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/survey/" + spent)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).isEqualTo(410);
            assertThat(again.body()).contains("redan svarat");
        }
        assertThat(surveys.results(OPEN_COURSE, null).responses()).isEqualTo(3);
    }

    private void survey(String key, String title, LocalDate lastDay, LocalDateTime closesAt, int invited,
            LocalDateTime historyRemoved) {
        jdbc.update("insert into evaluation_survey (course_key, process_instance_id, course_title, course_end_date,"
                + " closes_at, invited, responses, compiled_at, history_removed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                key, "instance-" + key, title, lastDay, Timestamp.valueOf(closesAt), invited,
                historyRemoved == null ? null : 1, historyRemoved == null ? null : Timestamp.valueOf(closesAt),
                historyRemoved == null ? null : Timestamp.valueOf(historyRemoved));
    }

    private void invitation(String token, String key, String name, String email, String agency,
            LocalDateTime expires, boolean used) {
        jdbc.update("insert into evaluation_invitation (token_hash, course_key, participant_name, participant_email,"
                + " agency, expires_at, created_at, anonymised_at, used) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                LinkTokens.hash(token), key, name, email, agency, Timestamp.valueOf(expires),
                Timestamp.valueOf(expires.minusDays(14)), name == null ? Timestamp.valueOf(expires.plusDays(365)) : null,
                used);
    }

    private void response(String id, String key, int relevance, int trainer, int overall, int nps, String learned,
            String comment) {
        jdbc.update("insert into evaluation_response (id, course_key, relevance, trainer, overall, nps, learned,"
                + " comment_text) values (?, ?, ?, ?, ?, ?, ?, ?)", id, key, relevance, trainer, overall, nps, learned,
                comment);
    }

    private List<String> tables() {
        return jdbc.queryForList("select lower(table_name) from information_schema.tables", String.class);
    }

    /** The row with lower-case column names in select order (H2 answers in upper case). */
    private static Map<String, Object> lower(Map<String, Object> row) {
        Map<String, Object> lowered = new java.util.LinkedHashMap<>();
        row.forEach((column, value) -> lowered.put(column.toLowerCase(java.util.Locale.ROOT), value));
        return lowered;
    }
}
