package se.agencynetwork.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.agencynetwork.process.SurveyAnswers;
import se.agencynetwork.survey.Surveys;

/**
 * The survey's answers for code outside the evaluation (the demo history): each uses up one of the
 * course's unused links and is stored as the questionnaire page stores it ({@link Surveys#answerOnBehalf}).
 */
@Component
record RecordedSurveyAnswers(SurveyRepository repository, Surveys surveys) implements SurveyAnswers {

    @Override
    public int invited(String courseKey) {
        return repository.invited(courseKey);
    }

    @Override
    public void answer(String courseKey, int relevance, int trainer, int overall, int nps, String learned,
            String comment) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(CourseQuestionnaire.RELEVANCE, relevance);
        values.put(CourseQuestionnaire.TRAINER, trainer);
        values.put(CourseQuestionnaire.OVERALL, overall);
        values.put(CourseQuestionnaire.NPS, nps);
        if (learned != null && !learned.isBlank()) {
            values.put(CourseQuestionnaire.LEARNED, learned.strip());
        }
        if (comment != null && !comment.isBlank()) {
            values.put(CourseQuestionnaire.COMMENT, comment.strip());
        }
        if (!surveys.answerOnBehalf(courseKey, CourseQuestionnaire.PARTICIPANT, values)) {
            throw new IllegalStateException("every participant of " + courseKey + " has answered already");
        }
    }
}
