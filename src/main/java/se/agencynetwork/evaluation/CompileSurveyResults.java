package se.agencynetwork.evaluation;

import static se.agencynetwork.evaluation.EvaluationVariables.*;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;

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
@DelegateContract(reads = {COURSE_KEY}, writes = {RESPONSE_COUNT, RESPONSE_RATE, RELEVANCE_AVERAGE, TRAINER_AVERAGE,
        OVERALL_AVERAGE, NPS, SURVEY_COMMENTS, ANY_RESPONSES, RESULTS_HIDDEN, RESULTS_NOTICE})
public class CompileSurveyResults implements JavaDelegate {

    private final SurveyRepository repository;
    private final EvaluationProperties properties;

    public CompileSurveyResults(SurveyRepository repository, EvaluationProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String courseKey = (String) execution.getVariable(COURSE_KEY);
        SurveyResults all = SurveyResults.of(repository.invited(courseKey), repository.answers(courseKey));
        boolean hidden = all.responses() > 0 && all.responses() < properties.minimumResponses();
        SurveyResults results = hidden ? all.countsOnly() : all;
        repository.storeResults(courseKey, results,
                LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault()));
        execution.setVariable(RESPONSE_COUNT, results.responses());
        execution.setVariable(RESPONSE_RATE, results.responseRate().toPlainString() + " %");
        execution.setVariable(ANY_RESPONSES, results.responses() > 0);
        execution.setVariable(RESULTS_HIDDEN, hidden);
        if (hidden) {
            execution.setVariable(RESULTS_NOTICE, notice(results.responses(), results.invited(),
                    properties.minimumResponses()));
            return;
        }
        execution.setVariable(RELEVANCE_AVERAGE, text(results.relevanceAverage()));
        execution.setVariable(TRAINER_AVERAGE, text(results.trainerAverage()));
        execution.setVariable(OVERALL_AVERAGE, text(results.overallAverage()));
        execution.setVariable(NPS, results.nps() == null ? "–" : String.valueOf(results.nps()));
        execution.setVariable(SURVEY_COMMENTS, results.comments().isEmpty() ? "(inga kommentarer)"
                : String.join("\n", results.comments().stream().map(c -> "– " + c).toList()));
    }

    /** Why the results are not shown, for the people who would otherwise see them. */
    static String notice(int responses, int invited, int minimum) {
        return "Resultat och kommentarer visas inte eftersom bara " + responses + " av " + invited
                + " deltagare svarade. De visas först när minst " + minimum
                + " har svarat, så att ingen enskild deltagares svar kan kännas igen.";
    }

    private static String text(java.math.BigDecimal value) {
        return value == null ? "–" : value.toPlainString();
    }
}
