package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.survey.QuestionnaireResults;
import se.agencynetwork.survey.Surveys;

/**
 * "Sammanställ utvärderingen": when the survey has closed, the results for all who answered and per role, as the
 * network coordinator's report form shows them ({@link EvaluationReport}). Below the minimum of answers only the
 * counts are written (no averages, NPS or free texts in any variable, so none in history or Cockpit either), with
 * the Swedish notice why; the programme's row keeps the number of answers for the overview.
 */
@Component("compileMentorshipEvaluation")
@DelegateContract(writes = {Names.EVALUATION_RESPONSES, Names.EVALUATION_HIDDEN, Names.EVALUATION_OVERALL,
        Names.EVALUATION_ADEPTS, Names.EVALUATION_MENTORS})
record CompileEvaluation(Surveys surveys, MentorshipRepository repository) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        QuestionnaireResults all = surveys.results(key, null);
        EvaluationReport report = EvaluationReport.of(all, surveys.results(key, Role.ADEPT.surveyGroup()),
                surveys.results(key, Role.MENTOR.surveyGroup()));
        repository.recordEvaluationResponses(key, all.responses());
        EVALUATION_RESPONSES.set(execution, all.responses());
        EVALUATION_HIDDEN.set(execution, all.hidden());
        EVALUATION_OVERALL.set(execution, report.overall());
        EVALUATION_ADEPTS.set(execution, report.adepts());
        EVALUATION_MENTORS.set(execution, report.mentors());
    }
}
