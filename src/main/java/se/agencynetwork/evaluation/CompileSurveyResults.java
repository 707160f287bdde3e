package se.agencynetwork.evaluation;

import static se.agencynetwork.evaluation.EvaluationVariables.*;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.evaluation.EvaluationVariables.Names;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;

/**
 * Runs when the survey closes: response rate, averages of the level-1 questions, NPS and the
 * comments, stored in {@code evaluation_survey} and as process variables (shown read-only in the
 * coordinator's report form). Values are strings so that the form shows them as they are.
 *
 * <p>With fewer answers than {@code network.evaluation.minimum-responses} (5) only the response
 * count and rate are kept: no averages, NPS or comments, neither as variables (history, Cockpit)
 * nor in {@code evaluation_survey}; {@code resultsHidden} is true and {@code resultsNotice} tells
 * the report's and the review's readers why, in Swedish.
 */
@Component("compileSurveyResults")
@DelegateContract(reads = {Names.COURSE_KEY}, writes = {Names.RESPONSE_COUNT, Names.RESPONSE_RATE,
        Names.RELEVANCE_AVERAGE, Names.TRAINER_AVERAGE, Names.OVERALL_AVERAGE, Names.NPS, Names.SURVEY_COMMENTS,
        Names.ANY_RESPONSES, Names.RESULTS_HIDDEN, Names.RESULTS_NOTICE})
public record CompileSurveyResults(
        SurveyRepository repository,
        EvaluationProperties properties) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String courseKey = COURSE_KEY.require(execution);
        SurveyResults all = SurveyResults.of(repository.invited(courseKey), repository.answers(courseKey));
        boolean hidden = all.responses() > 0 && all.responses() < properties.minimumResponses();
        SurveyResults results = hidden ? all.countsOnly() : all;
        repository.storeResults(courseKey, results, NetworkTime.localNow());
        RESPONSE_COUNT.set(execution, results.responses());
        RESPONSE_RATE.set(execution, results.responseRate().toPlainString() + " %");
        ANY_RESPONSES.set(execution, results.responses() > 0);
        RESULTS_HIDDEN.set(execution, hidden);
        if (hidden) {
            RESULTS_NOTICE.set(execution, notice(results.responses(), results.invited(),
                    properties.minimumResponses()));
            return;
        }
        RELEVANCE_AVERAGE.set(execution, text(results.relevanceAverage()));
        TRAINER_AVERAGE.set(execution, text(results.trainerAverage()));
        OVERALL_AVERAGE.set(execution, text(results.overallAverage()));
        NPS.set(execution, results.nps() == null ? "–" : String.valueOf(results.nps()));
        SURVEY_COMMENTS.set(execution, results.comments().isEmpty() ? "(inga kommentarer)"
                : String.join("\n", results.comments().stream().map(c -> "– " + c).toList()));
    }

    /** Why the results are not shown, for the people who would otherwise see them. */
    static String notice(int responses, int invited, int minimum) {
        return "Resultat och kommentarer visas inte eftersom bara " + responses + " av " + invited
                + " deltagare svarade. De visas först när minst " + minimum
                + " har svarat, så att ingen enskild deltagares svar kan kännas igen.";
    }

    private static String text(BigDecimal value) {
        return value == null ? "–" : value.toPlainString();
    }
}
