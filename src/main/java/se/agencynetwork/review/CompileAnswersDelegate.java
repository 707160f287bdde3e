package se.agencynetwork.review;

import static se.agencynetwork.review.NetworkReviewProcess.Vars.AGENCY_CODES;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.AGENCY_COUNT;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.ANSWER_COUNT;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.AVERAGE_RATING;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.CONTINUE_COUNT;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.NON_RESPONDING_AGENCIES;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.NON_RESPONDING_COUNT;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.ProcessJson;

/** "Sammanställ svaren": the figures the coordinator and the steering group read. */
@Component("compileNetworkReview")
@DelegateContract(reads = {AGENCY_CODES}, writes = {AGENCY_COUNT, ANSWER_COUNT, AVERAGE_RATING, CONTINUE_COUNT,
        NON_RESPONDING_COUNT, NON_RESPONDING_AGENCIES})
class CompileAnswersDelegate implements JavaDelegate {

    private final NetworkReviewService service;

    CompileAnswersDelegate(NetworkReviewService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> asked = ProcessJson.strings(execution.getVariable(AGENCY_CODES));
        ReviewFigures figures = service.compile(execution.getProcessBusinessKey(), asked,
                ClockUtil.getCurrentTime().toInstant());
        execution.setVariable(AGENCY_COUNT, Variables.integerValue(figures.agencyCount()));
        execution.setVariable(ANSWER_COUNT, Variables.integerValue(figures.answerCount()));
        execution.setVariable(AVERAGE_RATING, Variables.doubleValue(
                figures.averageRating() == null ? null : figures.averageRating().doubleValue()));
        execution.setVariable(CONTINUE_COUNT, Variables.integerValue(figures.continueCount()));
        execution.setVariable(NON_RESPONDING_COUNT, Variables.integerValue(figures.nonResponding().size()));
        execution.setVariable(NON_RESPONDING_AGENCIES,
                Variables.stringValue(service.agencyNames(figures.nonResponding())));
    }
}
