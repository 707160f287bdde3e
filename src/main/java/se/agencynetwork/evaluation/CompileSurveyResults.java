package se.agencynetwork.evaluation;

import static se.agencynetwork.evaluation.EvaluationVariables.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.evaluation.EvaluationVariables.Names;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.survey.QuestionnaireResults;
import se.agencynetwork.survey.Surveys;

/**
 * Runs when the survey closes: the course's round compiled by the shared survey package
 * ({@link Surveys#results}): response rate, averages of the level-1 questions, NPS and the free texts
 * (what was learned, then the other comments), stored in {@code evaluation_survey} and as process
 * variables (shown read-only in the coordinator's report form). Values are strings so that the form
 * shows them as they are.
 *
 * <p>With fewer answers than {@code network.survey.minimum-responses} (5) only the response count and
 * rate are kept: no averages, NPS or comments, neither as variables (history, Cockpit) nor in
 * {@code evaluation_survey}; {@code resultsHidden} is true and {@code resultsNotice} tells the report's
 * and the review's readers why, in Swedish.
 */
@Component("compileSurveyResults")
@DelegateContract(reads = {Names.COURSE_KEY}, writes = {Names.RESPONSE_COUNT, Names.RESPONSE_RATE,
        Names.RELEVANCE_AVERAGE, Names.TRAINER_AVERAGE, Names.OVERALL_AVERAGE, Names.NPS, Names.SURVEY_COMMENTS,
        Names.ANY_RESPONSES, Names.RESULTS_HIDDEN, Names.RESULTS_NOTICE})
public record CompileSurveyResults(SurveyRepository repository, Surveys surveys) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String courseKey = COURSE_KEY.require(execution);
        QuestionnaireResults results = surveys.results(courseKey, null);
        repository.storeResults(courseKey, results, NetworkTime.localNow());
        RESPONSE_COUNT.set(execution, results.responses());
        RESPONSE_RATE.set(execution, results.responseRate().toPlainString() + " %");
        ANY_RESPONSES.set(execution, results.responses() > 0);
        RESULTS_HIDDEN.set(execution, results.hidden());
        if (results.hidden()) {
            RESULTS_NOTICE.set(execution, notice(results.responses(), results.invited(), results.minimum()));
            return;
        }
        RELEVANCE_AVERAGE.set(execution, text(results.average(CourseQuestionnaire.RELEVANCE)));
        TRAINER_AVERAGE.set(execution, text(results.average(CourseQuestionnaire.TRAINER)));
        OVERALL_AVERAGE.set(execution, text(results.average(CourseQuestionnaire.OVERALL)));
        Integer nps = results.nps(CourseQuestionnaire.NPS);
        NPS.set(execution, nps == null ? "–" : String.valueOf(nps));
        List<String> comments = new ArrayList<>(results.texts(CourseQuestionnaire.LEARNED));
        comments.addAll(results.texts(CourseQuestionnaire.COMMENT));
        SURVEY_COMMENTS.set(execution, comments.isEmpty() ? "(inga kommentarer)"
                : String.join("\n", comments.stream().map(c -> "– " + c).toList()));
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
