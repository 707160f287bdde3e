package se.agencynetwork.evaluation;

import static se.agencynetwork.evaluation.EvaluationVariables.*;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.agencynetwork.forms.DelegateContract;

/**
 * Runs when the survey closes: response rate, averages of the level-1 questions, NPS and the
 * comments, stored in {@code evaluation_survey} and as process variables (shown read-only in the
 * coordinator's report form). Values are strings so that the form shows them as they are.
 */
@Component("compileSurveyResults")
@DelegateContract(reads = {COURSE_KEY}, writes = {RESPONSE_COUNT, RESPONSE_RATE, RELEVANCE_AVERAGE, TRAINER_AVERAGE,
        OVERALL_AVERAGE, NPS, SURVEY_COMMENTS, ANY_RESPONSES})
public class CompileSurveyResults implements JavaDelegate {

    private final SurveyRepository repository;

    public CompileSurveyResults(SurveyRepository repository) {
        this.repository = repository;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String courseKey = (String) execution.getVariable(COURSE_KEY);
        SurveyResults results = SurveyResults.of(repository.invited(courseKey), repository.answers(courseKey));
        repository.storeResults(courseKey, results,
                LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault()));
        execution.setVariable(RESPONSE_COUNT, results.responses());
        execution.setVariable(RESPONSE_RATE, results.responseRate().toPlainString() + " %");
        execution.setVariable(RELEVANCE_AVERAGE, text(results.relevanceAverage()));
        execution.setVariable(TRAINER_AVERAGE, text(results.trainerAverage()));
        execution.setVariable(OVERALL_AVERAGE, text(results.overallAverage()));
        execution.setVariable(NPS, results.nps() == null ? "–" : String.valueOf(results.nps()));
        execution.setVariable(SURVEY_COMMENTS, results.comments().isEmpty() ? "(inga kommentarer)"
                : String.join("\n", results.comments().stream().map(c -> "– " + c).toList()));
        execution.setVariable(ANY_RESPONSES, results.responses() > 0);
    }

    private static String text(java.math.BigDecimal value) {
        return value == null ? "–" : value.toPlainString();
    }
}
