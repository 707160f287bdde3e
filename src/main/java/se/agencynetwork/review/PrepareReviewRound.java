package se.agencynetwork.review;

import static se.agencynetwork.review.ReviewVariables.AGENCY_CODES;
import static se.agencynetwork.review.ReviewVariables.LAST_ANSWER_DATE;
import static se.agencynetwork.review.ReviewVariables.RESPONSE_DEADLINE;
import static se.agencynetwork.review.ReviewVariables.REVIEW_YEAR;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.review.ReviewVariables.Names;
import se.agencynetwork.system.BusinessKeys;

/** "Förbered utvärderingsomgång": business key, year, deadline and the agencies to ask. */
@Component("prepareNetworkReview")
@DelegateContract(writes = {Names.REVIEW_YEAR, Names.RESPONSE_DEADLINE, Names.AGENCY_CODES})
record PrepareReviewRound(NetworkReviewService service, BusinessKeys businessKeys) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String businessKey = execution.getProcessBusinessKey();
        if (businessKey == null || businessKey.isBlank()) {
            // the yearly timer (and a start without a key) leaves it to us
            businessKey = businessKeys.next(NetworkReviewProcess.BUSINESS_KEY_PREFIX);
            execution.setProcessBusinessKey(businessKey);
        }
        // the start form's fields as submitted: the service checks them and names a wrong one
        ReviewRound round = service.prepare(businessKey, execution.getProcessInstanceId(),
                execution.getVariable(REVIEW_YEAR.name()), execution.getVariable(LAST_ANSWER_DATE.name()),
                NetworkTime.now());
        REVIEW_YEAR.set(execution, round.reviewYear());
        RESPONSE_DEADLINE.set(execution, round.responseDeadline());
        AGENCY_CODES.set(execution, round.agencyCodes());
    }
}
