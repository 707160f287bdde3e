package se.agencynetwork.review;

import static se.agencynetwork.review.NetworkReviewProcess.Vars.AGENCY_CODES;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.LAST_ANSWER_DATE;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.RESPONSE_DEADLINE;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.REVIEW_YEAR;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;

import se.agencynetwork.system.BusinessKeys;
import se.agencynetwork.process.ProcessJson;

/** "Förbered utvärderingsomgång": business key, year, deadline and the agencies to ask. */
@Component("prepareNetworkReview")
@DelegateContract(writes = {REVIEW_YEAR, RESPONSE_DEADLINE, AGENCY_CODES})
class PrepareReviewDelegate implements JavaDelegate {

    private final NetworkReviewService service;
    private final BusinessKeys businessKeys;

    PrepareReviewDelegate(NetworkReviewService service, BusinessKeys businessKeys) {
        this.service = service;
        this.businessKeys = businessKeys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String businessKey = execution.getProcessBusinessKey();
        if (businessKey == null || businessKey.isBlank()) {
            // the yearly timer (and a start without a key) leaves it to us
            businessKey = businessKeys.next(NetworkReviewProcess.BUSINESS_KEY_PREFIX);
            execution.setProcessBusinessKey(businessKey);
        }
        ReviewRound round = service.prepare(businessKey, execution.getProcessInstanceId(),
                execution.getVariable(REVIEW_YEAR), execution.getVariable(LAST_ANSWER_DATE),
                ClockUtil.getCurrentTime().toInstant());
        execution.setVariable(REVIEW_YEAR, Variables.integerValue(round.reviewYear()));
        execution.setVariable(RESPONSE_DEADLINE, Variables.dateValue(Date.from(round.responseDeadline())));
        execution.setVariable(AGENCY_CODES, ProcessJson.list(round.agencyCodes()));
    }
}
