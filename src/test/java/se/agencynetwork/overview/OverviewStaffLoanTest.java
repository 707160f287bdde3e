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

import se.agencynetwork.testsupport.EndedStaffLoans;
import se.agencynetwork.overview.Overview.PartyEvaluation;
import se.agencynetwork.overview.Overview.PersonEvaluation;
import se.agencynetwork.overview.Overview.StaffLoanComment;
import se.agencynetwork.overview.Overview.StaffLoanEvaluations;
import se.agencynetwork.survey.Surveys;
import se.agencynetwork.testsupport.SurveyFormPost;

/**
 * The overview shows the evaluations of the staff loans whose last day is in the year (issue 21, part 5): how many
 * loans were evaluated and, per side (borrowing, lending agencies), the answers, the averages and how many would do
 * it again; for an agency only the loans it borrowed or lent in. The rows are those staff-loan writes
 * (StaffLoanProcessTest drives the process itself): three loans end in 2032 (one evaluated by both sides, one by the
 * borrower only, one not yet), one in 2033. The persons lent answer their questionnaire by personal link
 * (survey package): their averages show only over all the year's loans and from five answers up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class OverviewStaffLoanTest {

    static final String BOTH = "LOAN-2032-0901";
    static final String BORROWER_ONLY = "LOAN-2032-0902";
    static final String NOT_EVALUATED = "LOAN-2032-0903";
    static final String NEXT_YEAR = "LOAN-2032-0904";
    static final String LENDER_SAYS = "Introduktionen hos den lånande myndigheten kom en vecka för sent & utan plan.";
    static final java.util.List<String> MORE = java.util.List.of("LOAN-2032-0905", "LOAN-2032-0906", "LOAN-2032-0907");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OverviewQueries queries;
    @Autowired
    Surveys surveys;

    @BeforeAll
    void loansAndTheirEvaluations() {
        loan(BOTH, "csn", "spv", LocalDate.of(2032, 3, 31));
        loan(BORROWER_ONLY, "msb", "csn", LocalDate.of(2032, 12, 31));
        loan(NOT_EVALUATED, "fba", "spv", LocalDate.of(2032, 6, 30));
        loan(NEXT_YEAR, "csn", "spv", LocalDate.of(2033, 1, 1));
        evaluation(BOTH, "BORROWER", "csn", 5, 4, true);
        evaluation(BOTH, "LENDER", "spv", 3, 2, false, LENDER_SAYS);
        evaluation(BORROWER_ONLY, "BORROWER", "msb", 4, 5, true);
        evaluation(NEXT_YEAR, "BORROWER", "csn", 1, 1, false, "Nästa års text.");
    }

    @AfterAll
    void tidyUp() {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(BOTH, BORROWER_ONLY, NOT_EVALUATED, NEXT_YEAR));
        all.addAll(MORE);
        for (String key : all) {
            jdbc.update("delete from survey_round where round_key = ?", key + ":person");
            jdbc.update("delete from staff_loan_evaluation where business_key = ?", key);
            jdbc.update("delete from staff_loan where business_key = ?", key);
        }
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void theYearsEvaluationsPerSideForTheNetworkAndForOneAgency() throws Exception {
        StaffLoanEvaluations network = queries.overview(2032, null).staffLoanEvaluations();
        // borrowers: 5 and 4 (4,50), 4 and 5 (4,50), both would again; lenders: one answer, 3 and 2, would not
        PersonEvaluation nobodyAsked = new PersonEvaluation(0, 0, false, 5, null, null, null);
        assertThat(network).isEqualTo(new StaffLoanEvaluations(2,
                new PartyEvaluation(2, new java.math.BigDecimal("4.50"), new java.math.BigDecimal("4.50"), 2),
                new PartyEvaluation(1, new java.math.BigDecimal("3.00"), new java.math.BigDecimal("2.00"), 0),
                nobodyAsked, java.util.List.of(new StaffLoanComment(BOTH, LocalDate.of(2032, 3, 31),
                        "Statens tjänstepensionsverk (SPV)", false, LENDER_SAYS))));
        // SPV lent in BOTH (and in loans without evaluations): only that loan's answers
        assertThat(queries.overview(2032, "spv").staffLoanEvaluations()).isEqualTo(new StaffLoanEvaluations(1,
                new PartyEvaluation(1, new java.math.BigDecimal("5.00"), new java.math.BigDecimal("4.00"), 1),
                new PartyEvaluation(1, new java.math.BigDecimal("3.00"), new java.math.BigDecimal("2.00"), 0),
                nobodyAsked, java.util.List.of()));
        // an agency in no evaluated loan of the year, and a year without any
        assertThat(queries.overview(2032, "tullverket").staffLoanEvaluations().loansEvaluated()).isZero();
        assertThat(queries.overview(2033, null).staffLoanEvaluations().loansEvaluated()).isEqualTo(1);

        String page = get("/overview?year=2032", "koordinator").body();
        assertThat(page).contains("<h3>Utlån av personal – utvärderingar</h3>",
                "id=\"staff-loan-evaluated\" data-value=\"2\"",
                "id=\"staff-loan-borrower-answers\" data-value=\"2\"",
                "id=\"staff-loan-borrower-purpose\" data-value=\"4.50\"",
                "id=\"staff-loan-lender-cooperation\" data-value=\"2.00\"",
                "id=\"staff-loan-lender-again\" data-value=\"0\"",
                "<h4>Vad kan bli bättre? Chefernas svar</h4>", "id=\"staff-loan-comment-" + BOTH + "-lender\"",
                "(utlånande myndighet, " + BOTH + ", sista dag 2032-03-31)",
                "Introduktionen hos den lånande myndigheten kom en vecka för sent &amp; utan plan.")
                .doesNotContain("Nästa års text.");
        // the heads' words stay with the network: not on an agency's overview, not even the agency's own
        assertThat(get("/overview/agency/spv?year=2032", "koordinator").body())
                .doesNotContain("staff-loan-comments").doesNotContain("Introduktionen hos");
        assertThat(get("/overview/agency/tullverket?year=2032", "koordinator").body())
                .contains("id=\"staff-loan-evaluated\" data-value=\"0\"").doesNotContain("id=\"staff-loan-evaluations\"");
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void thePersonsAnswersShowOnlyOverTheYearsLoansAndFromFiveAnswers() throws Exception {
        for (String key : MORE) {
            loan(key, "tullverket", "msb", LocalDate.of(2032, 9, 30));
        }
        // the persons of six 2032 loans are asked (NEXT_YEAR's person is 2033's); four answer
        java.util.List<String> links = new java.util.ArrayList<>();
        for (String key : java.util.List.of(BOTH, BORROWER_ONLY, NOT_EVALUATED, MORE.get(0), MORE.get(1), MORE.get(2),
                NEXT_YEAR)) {
            surveys.open(key + ":person", "staff-loan-person", "Jurist", LocalDateTime.now().plusDays(14), null);
            links.add(surveys.invite(key + ":person", "person"));
        }
        answer(links.get(0), 5, 4, 3);
        answer(links.get(1), 4, 4, 4);
        answer(links.get(2), 3, 5, 4);
        answer(links.get(3), 4, 3, 2);
        answer(links.get(6), 1, 1, 1); // 2033: never in 2032's figures
        assertThat(queries.overview(2032, null).staffLoanEvaluations().persons())
                .as("four answers: counts only").isEqualTo(new PersonEvaluation(6, 4, false, 5, null, null, null));
        String hidden = get("/overview?year=2032", "koordinator").body();
        assertThat(hidden).contains("id=\"staff-loan-person-responses\" data-value=\"4\"",
                "id=\"staff-loan-person-invited\" data-value=\"6\"", "id=\"staff-loan-person-hidden\"")
                .doesNotContain("id=\"staff-loan-person-work\"");

        answer(links.get(4), 5, 5, 5);
        // five answers: (5+4+3+4+5)/5 = 4,20; (4+4+5+3+5)/5 = 4,20; (3+4+4+2+5)/5 = 3,60
        assertThat(queries.overview(2032, null).staffLoanEvaluations().persons()).isEqualTo(new PersonEvaluation(6, 5,
                true, 5, new java.math.BigDecimal("4.20"), new java.math.BigDecimal("4.20"), new java.math.BigDecimal("3.60")));
        assertThat(get("/overview?year=2032", "koordinator").body()).contains(
                "id=\"staff-loan-person-work\" data-value=\"4.20\"", "id=\"staff-loan-person-support\" data-value=\"3.60\"")
                .doesNotContain("id=\"staff-loan-person-hidden\"");
        // one agency's loans are fewer than five answers again: hidden for it
        PersonEvaluation spv = queries.overview(2032, "spv").staffLoanEvaluations().persons();
        assertThat(spv.shown()).isFalse();
        assertThat(spv.responses()).isEqualTo(2);
        assertThat(spv.work()).isNull();
    }

    void answer(String link, int work, int learning, int support) {
        HttpResponse<String> response = SurveyFormPost.post(HttpClient.newHttpClient(), port, Surveys.PATH,
                "questionnaire-form", link.substring(link.lastIndexOf('/') + 1), "application/x-www-form-urlencoded",
                "workRating=" + work + "&learningRating=" + learning + "&supportRating=" + support);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    void loan(String key, String borrower, String lender, LocalDate end) {
        EndedStaffLoans.loan(jdbc, key, borrower, lender, end, LocalDateTime.of(2031, 10, 1, 9, 0));
    }

    void evaluation(String key, String party, String agency, int purpose, int cooperation, boolean again) {
        evaluation(key, party, agency, purpose, cooperation, again, null);
    }

    void evaluation(String key, String party, String agency, int purpose, int cooperation, boolean again,
            String improvement) {
        EndedStaffLoans.evaluation(jdbc, key, party, agency, purpose, cooperation, again, improvement,
                LocalDateTime.of(2033, 1, 5, 9, 0));
    }

    HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                        .getBytes(StandardCharsets.UTF_8))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
