package se.agencynetwork.review;

import static se.agencynetwork.review.ReviewVariables.AGENCY_CODES;
import static se.agencynetwork.review.ReviewVariables.AGENCY_COUNT;
import static se.agencynetwork.review.ReviewVariables.ANSWER_COUNT;
import static se.agencynetwork.review.ReviewVariables.AVERAGE_RATING;
import static se.agencynetwork.review.ReviewVariables.CONTINUE_COUNT;
import static se.agencynetwork.review.ReviewVariables.NON_RESPONDING_AGENCIES;
import static se.agencynetwork.review.ReviewVariables.NON_RESPONDING_COUNT;
import static se.agencynetwork.review.ReviewVariables.STAFF_LOAN_EVALUATIONS;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.review.ReviewVariables.Names;

/**
 * "Sammanställ svaren": the figures the coordinator and the steering group read, with the evaluations of the
 * staff loans that ended in the year.
 */
@Component("compileNetworkReview")
@DelegateContract(reads = {Names.AGENCY_CODES}, writes = {Names.AGENCY_COUNT, Names.ANSWER_COUNT, Names.AVERAGE_RATING,
        Names.CONTINUE_COUNT, Names.NON_RESPONDING_COUNT, Names.NON_RESPONDING_AGENCIES, Names.STAFF_LOAN_EVALUATIONS})
record CompileReviewAnswers(NetworkReviewService service) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        List<String> asked = AGENCY_CODES.get(execution, List.of());
        ReviewFigures figures = service.compile(execution.getProcessBusinessKey(), asked, NetworkTime.now());
        AGENCY_COUNT.set(execution, figures.agencyCount());
        ANSWER_COUNT.set(execution, figures.answerCount());
        AVERAGE_RATING.set(execution, figures.averageRating() == null ? null : figures.averageRating().doubleValue());
        CONTINUE_COUNT.set(execution, figures.continueCount());
        NON_RESPONDING_COUNT.set(execution, figures.nonResponding().size());
        NON_RESPONDING_AGENCIES.set(execution, service.agencyNames(figures.nonResponding()));
        STAFF_LOAN_EVALUATIONS.set(execution, figures.staffLoans().text());
    }
}
