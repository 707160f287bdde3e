package se.agencynetwork.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

import se.agencynetwork.testsupport.SurveyFormPost;

/**
 * The questionnaires answered by personal link, over real HTTP (no login): what the page shows, what
 * one answer stores (and what it does not: nothing about the person, the link used once), every
 * refusal with nothing stored, and the compiled results hidden below the minimum.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class QuestionnairePageTest {

    static final Questionnaire PILOT = new Questionnaire("pilot-evaluation", "Utvärdering av piloten",
            "Några frågor om piloten. Det tar två minuter.", List.of(
                    Question.scale("goals", "Nådde du dina mål?", "1 = inte alls, 5 = helt"),
                    Question.recommendation("recommend", "Skulle du rekommendera piloten till en kollega?"),
                    Question.text("improve", "Vad kan bli bättre?", "Skriv inte namn på andra personer.")));

    @TestConfiguration
    static class Questionnaires {
        @Bean
        Questionnaire pilot() {
            return PILOT;
        }
    }

    static final AtomicInteger ROUNDS = new AtomicInteger();

    @Autowired
    Surveys surveys;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aLinkShowsTheQuestionsTakesOneAnswerAndKeepsNothingAboutThePerson() throws Exception {
        String round = openRound(LocalDateTime.now(clock).plusDays(14));
        String link = surveys.invite(round, "adept");
        assertThat(link).startsWith("http://localhost:8080/questionnaire/");
        String token = token(link);

        HttpResponse<String> page = get(token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Utvärdering av piloten", "Piloten 2027", "Nådde du dina mål?",
                "Skulle du rekommendera piloten till en kollega?", "Vad kan bli bättre?", "1 = inte alls, 5 = helt",
                "name=\"goals\"", "name=\"recommend\"", "name=\"improve\"");

        HttpResponse<String> answered = post(token, "goals=4&recommend=9&improve=" + encode("Fler träffar på plats"));
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("Tack för ditt svar!");

        assertThat(jdbc.queryForList("select respondent_group from survey_response where round_key = ?", String.class,
                round)).containsExactly("adept");
        assertThat(jdbc.queryForList("select question || '=' || coalesce(cast(score as varchar(10)), answer_text) "
                + "from survey_answer a join survey_response r on r.id = a.response_id where r.round_key = ? "
                + "order by question", String.class, round))
                .containsExactly("goals=4", "improve=Fler träffar på plats", "recommend=9");
        assertThat(jdbc.queryForObject("select used from survey_link where round_key = ?", Boolean.class, round))
                .isTrue();
        // the tables cannot tell who answered or when: no names, addresses or times with links and answers
        assertThat(jdbc.queryForList("select lower(column_name) from information_schema.columns where lower(table_name) "
                + "in ('survey_link', 'survey_response', 'survey_answer')", String.class))
                .containsExactlyInAnyOrder("token_hash", "round_key", "respondent_group", "used", "id", "round_key",
                        "respondent_group", "response_id", "question", "score", "answer_text");

        HttpResponse<String> again = post(token, "goals=1&recommend=0");
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(get(token).body()).contains("Du har redan svarat på enkäten.");
        assertThat(responses(round)).isEqualTo(1);
    }

    @Test
    void fieldsTheQuestionnaireDoesNotAskMissingAndOutOfRangeValuesAreRefusedNamingTheQuestion() throws Exception {
        String round = openRound(LocalDateTime.now(clock).plusDays(14));
        String token = token(surveys.invite(round, "mentor"));

        HttpResponse<String> extra = post(token, "goals=4&recommend=9&salary=45000");
        assertThat(extra.statusCode()).isEqualTo(400);
        assertThat(extra.body()).contains("Fältet ”salary” finns inte i enkäten.", "Inget har sparats.");

        HttpResponse<String> outOfRange = post(token, "goals=6&recommend=11");
        assertThat(outOfRange.statusCode()).isEqualTo(400);
        assertThat(outOfRange.body()).contains("”Nådde du dina mål?”: välj ett värde mellan 1 och 5.",
                "”Skulle du rekommendera piloten till en kollega?”: välj ett värde mellan 0 och 10.");

        HttpResponse<String> missing = post(token, "improve=" + encode("Bra"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("”Nådde du dina mål?”: välj ett värde mellan 1 och 5.")
                // what was written is kept in the form
                .contains(">Bra</textarea>");

        HttpResponse<String> tooLong = post(token, "goals=3&recommend=5&improve=" + "x".repeat(2001));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("”Vad kan bli bättre?”: högst 2000 tecken och inga styrtecken.");

        HttpResponse<String> twice = post(token, "goals=3&goals=5&recommend=5");
        assertThat(twice.body()).contains("”Nådde du dina mål?”: ett svar per fråga.");

        HttpResponse<String> control = post(token, "goals=3&recommend=5&improve=" + encode("a\u0007b"));
        assertThat(control.statusCode()).isEqualTo(400);

        assertThat(responses(round)).isZero();
        assertThat(jdbc.queryForObject("select used from survey_link where round_key = ?", Boolean.class, round))
                .isFalse();
        // the link still works after refusals
        assertThat(post(token, "goals=3&recommend=5").statusCode()).isEqualTo(200);
        assertThat(responses(round)).isEqualTo(1);
    }

    @Test
    void anAnswerCountsOnlyFromThePageItself() throws Exception {
        String round = openRound(LocalDateTime.now(clock).plusDays(14));
        String token = token(surveys.invite(round, "adept"));

        HttpResponse<String> withoutPage = http.send(HttpRequest.newBuilder(URI.create(url(token)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("goals=4&recommend=9&formToken=" + LinkTokens.newToken()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withoutPage.statusCode()).isEqualTo(403);

        HttpResponse<String> fromThePage = SurveyFormPost.post(HttpClient.newHttpClient(), port, Surveys.PATH,
                "questionnaire-form", token, "application/x-www-form-urlencoded", "goals=4&recommend=9");
        assertThat(fromThePage.statusCode()).isEqualTo(200);
        assertThat(responses(round)).isEqualTo(1);
    }

    @Test
    void hostileLinksAndAnswersAreRefusedAndStoreNothingAndTextIsKeptExactly() throws Exception {
        String round = openRound(LocalDateTime.now(clock).plusDays(14));
        String token = token(surveys.invite(round, "adept"));
        Map<String, String> links = new java.util.LinkedHashMap<>();
        links.put("1 MB token", "x".repeat(1024 * 1024));
        links.put("NUL in token", token.substring(0, 42) + "%00");
        links.put("SQL as token", encode("'; drop table survey_answer; --"));
        links.put("path traversal", "..%2F..%2Fapi%2Fmails");
        links.put("emoji token", encode("😀".repeat(22)));
        for (Map.Entry<String, String> link : links.entrySet()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + Surveys.PATH + link.getValue())).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(link.getKey()).isBetween(400, 499);
        }
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        answers.put("text as a score", "goals=bra&recommend=9");
        answers.put("negative score", "goals=-1&recommend=9");
        answers.put("huge score", "goals=99999999999&recommend=9");
        answers.put("NUL in a score", "goals=4%00&recommend=9");
        answers.put("1 MB text", "goals=4&recommend=9&improve=" + "x".repeat(1024 * 1024));
        answers.put("NUL in a text", "goals=4&recommend=9&improve=a%00b");
        answers.put("right-to-left override", "goals=4&recommend=9&improve=a%E2%80%AEb");
        answers.put("a question answered twice", "goals=4&goals=5&recommend=9");
        answers.put("a field near the form token's name", "goals=4&recommend=9&formToken2=x");
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            HttpResponse<String> response = post(token, answer.getValue());
            assertThat(response.statusCode()).as(answer.getKey()).isEqualTo(400);
            assertThat(response.body()).as(answer.getKey()).contains("Inget har sparats.");
        }
        HttpResponse<String> json = SurveyFormPost.post(http, port, Surveys.PATH, "questionnaire-form", token,
                "application/json", "{\"goals\":4,\"recommend\":9}");
        assertThat(json.statusCode()).isBetween(400, 499);
        assertThat(responses(round)).isZero();

        String text = "'; drop table survey_answer; -- <script>alert('x')</script> 😀";
        HttpResponse<String> accepted = post(token, "goals=4&recommend=9&improve=" + encode(text));
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForList("select answer_text from survey_answer a join survey_response r on r.id = "
                + "a.response_id where r.round_key = ? and a.question = 'improve'", String.class, round))
                .containsExactly(text);
    }

    @Test
    void unknownMalformedAndClosedLinksAreRefused() throws Exception {
        assertThat(get(LinkTokens.newToken()).statusCode()).isEqualTo(404);
        assertThat(get("not-a-token").statusCode()).isEqualTo(404);
        assertThat(get(LinkTokens.newToken()).body()).contains("Länken till enkäten är ogiltig.");

        String closed = openRound(LocalDateTime.now(clock).minusMinutes(1));
        String token = token(surveys.invite(closed, "adept"));
        HttpResponse<String> page = get(token);
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("Enkäten har stängt");
        assertThat(post(token, "goals=4&recommend=9").statusCode()).isEqualTo(410);
        assertThat(responses(closed)).isZero();
    }

    @Test
    void resultsAreHiddenBelowFiveAnswersAndCompiledPerGroupAndOverRounds() {
        String round = openRound(LocalDateTime.now(clock).plusDays(14));
        List<String> adepts = java.util.stream.IntStream.range(0, 6).mapToObj(i -> surveys.invite(round, "adept")).toList();
        surveys.invite(round, "mentor");
        int[][] scores = {{5, 10}, {4, 9}, {3, 6}, {4, 8}, {5, 10}};
        for (int i = 0; i < 4; i++) {
            answer(adepts.get(i), Map.of("goals", scores[i][0], "recommend", scores[i][1], "improve", "Svar " + i));
        }
        QuestionnaireResults four = surveys.results(round, "adept");
        assertThat(four.hidden()).isTrue();
        assertThat(four.invited()).isEqualTo(6);
        assertThat(four.responses()).isEqualTo(4);
        assertThat(four.questions()).isEmpty();
        assertThat(four.average("goals")).isNull();
        assertThat(four.summary()).isEqualTo("Svar: 4 av 6 (66,7 %)\nResultat och kommentarer visas inte eftersom "
                + "bara 4 av 6 svarade. De visas först när minst 5 har svarat, så att ingen enskild persons svar "
                + "kan kännas igen.");

        answer(adepts.get(4), Map.of("goals", scores[4][0], "recommend", scores[4][1]));
        QuestionnaireResults five = surveys.results(round, "adept");
        assertThat(five.hidden()).isFalse();
        assertThat(five.notice()).isNull();
        assertThat(five.average("goals")).isEqualByComparingTo(new BigDecimal("4.20"));
        // promoters 3 (10, 9, 10), detractors 1 (6): (3 - 1) / 5 = 40
        assertThat(five.nps("recommend")).isEqualTo(40);
        assertThat(five.texts("improve")).containsExactlyInAnyOrder("Svar 0", "Svar 1", "Svar 2", "Svar 3");
        assertThat(five.summary()).startsWith("Svar: 5 av 6 (83,3 %)\nNådde du dina mål?: 4,20 av 5\n"
                + "Skulle du rekommendera piloten till en kollega?: NPS 40\nVad kan bli bättre?\n– ");

        // the mentors' group is its own: one invited, none answered
        QuestionnaireResults mentors = surveys.results(round, "mentor");
        assertThat(mentors.invited()).isEqualTo(1);
        assertThat(mentors.responses()).isZero();
        assertThat(mentors.hidden()).isFalse();
        assertThat(mentors.summary()).isEqualTo("Svar: 0 av 1 (0,0 %)");
        assertThat(surveys.results(round, null).invited()).isEqualTo(7);

        // over rounds: a second round's answer adds up with the first's
        String second = openRound(LocalDateTime.now(clock).plusDays(14));
        answer(surveys.invite(second, "adept"), Map.of("goals", 1, "recommend", 0));
        QuestionnaireResults both = surveys.results(List.of(round, second), "adept");
        assertThat(both.invited()).isEqualTo(7);
        assertThat(both.responses()).isEqualTo(6);
        assertThat(both.average("goals")).isEqualByComparingTo(new BigDecimal("3.67"));
        assertThat(surveys.results(List.of(), "adept").responses()).isZero();
    }

    @Test
    void aRoundNeedsAKnownQuestionnaireAWellFormedKeyAndOpensOnce() {
        LocalDateTime closes = LocalDateTime.now(clock).plusDays(14);
        assertThatThrownBy(() -> surveys.open("X-1", "no-such-questionnaire", "x", closes, null))
                .hasMessageContaining("no questionnaire has the key no-such-questionnaire");
        assertThatThrownBy(() -> surveys.open("bad key", PILOT.key(), "x", closes, null))
                .hasMessageContaining("malformed");
        String round = openRound(closes);
        assertThatThrownBy(() -> surveys.open(round, PILOT.key(), "x", closes, null)).hasMessageContaining("open already");
        assertThatThrownBy(() -> surveys.invite(round, "Adept Group")).hasMessageContaining("malformed");
        assertThatThrownBy(() -> surveys.invite("NO-ROUND", "adept")).hasMessageContaining("no survey round");
        assertThatThrownBy(() -> new Questionnaire("dup", "T", null, List.of(Question.scale("a", "A", null),
                Question.text("a", "B", null)))).hasMessageContaining("used twice");
        assertThat(surveys.closesAt(round)).contains(closes);
    }

    @Test
    void anAnswerWrittenOnARespondentsBehalfFollowsThePagesRules() {
        String round = openRound(LocalDateTime.now(clock).plusDays(14));
        surveys.invite(round, "adept");
        for (Map<String, Object> refused : List.<Map<String, Object>>of(Map.of("goals", 6), Map.of("recommend", -1),
                Map.of("goals", "5"), Map.of("improve", "   "), Map.of("improve", "x".repeat(Question.MAX_TEXT + 1)),
                Map.of("improve", "Bra\u0000"), Map.of("unknown", 3))) {
            assertThatThrownBy(() -> surveys.answerOnBehalf(round, "adept", refused)).as("%s", refused)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes no");
        }
        assertThat(jdbc.queryForObject("select count(*) from survey_response where round_key = ?", Integer.class, round))
                .as("nothing stored").isZero();

        assertThat(surveys.answerOnBehalf(round, "adept", Map.of("goals", 5, "recommend", 10, "improve", "Mer tid."))).isTrue();
        assertThat(surveys.answerOnBehalf(round, "adept", Map.of("goals", 1))).as("the round's one link is used").isFalse();
        assertThat(surveys.results(round, "adept").responses()).isEqualTo(1);
    }

    private String openRound(LocalDateTime closesAt) {
        String round = "PILOT-" + ROUNDS.incrementAndGet();
        surveys.open(round, PILOT.key(), "Piloten 2027", closesAt, null);
        return round;
    }

    private void answer(String link, Map<String, Object> values) {
        String token = token(link);
        Surveys.OpenLink open = surveys.link(token).orElseThrow();
        Boolean stored = transactions.execute(s -> surveys.answer(token, open, values, LocalDateTime.now(clock)));
        assertThat(stored).isTrue();
    }

    private int responses(String round) {
        return jdbc.queryForObject("select count(*) from survey_response where round_key = ?", Integer.class, round);
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private String url(String token) {
        return "http://localhost:" + port + Surveys.PATH + token;
    }

    private HttpResponse<String> get(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(token))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String token, String body) {
        return SurveyFormPost.post(http, port, Surveys.PATH, "questionnaire-form", token,
                "application/x-www-form-urlencoded", body);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
