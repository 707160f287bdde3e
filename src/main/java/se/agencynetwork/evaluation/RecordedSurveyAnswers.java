package se.agencynetwork.evaluation;

import org.springframework.stereotype.Component;

import se.agencynetwork.process.SurveyAnswers;

/**
 * The survey's answers for code outside the evaluation (the demo history), stored as the survey page
 * stores them.
 */
@Component
record RecordedSurveyAnswers(SurveyRepository repository) implements SurveyAnswers {

    @Override
    public int invited(String courseKey) {
        return repository.invited(courseKey);
    }

    @Override
    public void answer(String courseKey, int relevance, int trainer, int overall, int nps, String learned,
            String comment) {
        repository.insertAnswer(courseKey, new SurveyRepository.Answer(relevance, trainer, overall, nps, learned, comment));
    }
}
