package se.agencynetwork.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.agencynetwork.survey.Question;
import se.agencynetwork.survey.QuestionnaireResults;
import se.agencynetwork.survey.QuestionnaireResults.QuestionResult;

/**
 * The roles are shown apart only when every role that answered reached the minimum: otherwise the results of all
 * and those of the role shown would give the other role's answers away.
 */
class EvaluationReportTest {

    static final Question GOALS = Question.scale("goals", "Mål", "1-5");
    static final Question IMPROVE = Question.text("improve", "Förbättra", null);

    @Test
    void oneMentorAmongSixAnswersHidesBothRolesButNotTheWhole() {
        QuestionnaireResults all = shown(8, 6, "4.50", "Mer tid");
        QuestionnaireResults adepts = shown(5, 5, "4.40", "Mer tid");
        QuestionnaireResults mentors = hidden(3, 1);

        EvaluationReport report = EvaluationReport.of(all, adepts, mentors);

        assertThat(report.overall()).contains("Svar: 6 av 8", "Mål: 4,50 av 5", "– Mer tid");
        assertThat(report.adepts()).startsWith("Svar: 5 av 5").contains("adepter: 5, mentorer: 1", "minst 5")
                .doesNotContain("4,40", "Mer tid");
        assertThat(report.mentors()).startsWith("Svar: 1 av 3").contains("Resultaten visas inte per roll");
    }

    @Test
    void fiveOrMoreInEachRoleThatAnsweredShowsTheRolesApart() {
        QuestionnaireResults all = shown(10, 10, "4.10", "Bra");
        EvaluationReport report = EvaluationReport.of(all, shown(5, 5, "4.20", "Bra"), shown(5, 5, "4.00", "Bra"));
        assertThat(report.adepts()).contains("Mål: 4,20 av 5");
        assertThat(report.mentors()).contains("Mål: 4,00 av 5");

        // a role nobody answered gives nothing away: the other is the whole
        EvaluationReport oneRole = EvaluationReport.of(shown(10, 5, "4.20", "Bra"), shown(5, 5, "4.20", "Bra"),
                shown(5, 0, null, null));
        assertThat(oneRole.adepts()).contains("Mål: 4,20 av 5");
        assertThat(oneRole.mentors()).isEqualTo("Svar: 0 av 5 (0,0 %)");
    }

    @Test
    void tooFewAltogetherShowsCountsOnly() {
        EvaluationReport report = EvaluationReport.of(hidden(4, 3), hidden(2, 2), hidden(2, 1));
        assertThat(report.overall()).contains("Svar: 3 av 4", "visas inte");
        assertThat(report.adepts()).isEqualTo("Svar: 2 av 2 (100,0 %)\nVisas inte per roll: för få svar totalt (se ovan).");
        assertThat(report.mentors()).startsWith("Svar: 1 av 2 (50,0 %)");
    }

    static QuestionnaireResults shown(int invited, int responses, String goals, String text) {
        if (responses == 0) {
            return new QuestionnaireResults(invited, 0, BigDecimal.ZERO.setScale(1), false, 5, List.of());
        }
        return new QuestionnaireResults(invited, responses, rate(invited, responses), false, 5,
                List.of(new QuestionResult(GOALS, new BigDecimal(goals), null, List.of()),
                        new QuestionResult(IMPROVE, null, null, List.of(text))));
    }

    static QuestionnaireResults hidden(int invited, int responses) {
        return new QuestionnaireResults(invited, responses, rate(invited, responses), true, 5, List.of());
    }

    static BigDecimal rate(int invited, int responses) {
        return BigDecimal.valueOf(100L * responses).divide(BigDecimal.valueOf(invited), 1, java.math.RoundingMode.HALF_UP);
    }
}
