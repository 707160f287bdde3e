package se.agencynetwork.review;

import static se.agencynetwork.review.NetworkReviewProcess.Vars.DECIDED_AT;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.DECIDED_BY;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.DECISION;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.DECISION_NOTES;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.NEXT_YEAR_PROPOSAL;
import static se.agencynetwork.review.NetworkReviewProcess.Vars.REVIEW_SUMMARY;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;

/** "Registrera styrgruppens beslut": keeps the decision, who made it and when, in the review table. */
@Component("recordNetworkReviewDecision")
@DelegateContract(reads = {REVIEW_SUMMARY, NEXT_YEAR_PROPOSAL, DECISION, DECIDED_BY, DECIDED_AT})
class RecordDecisionDelegate implements JavaDelegate {

    private final NetworkReviewService service;

    RecordDecisionDelegate(NetworkReviewService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.recordDecision(new ReviewDecision(
                execution.getProcessBusinessKey(),
                (String) execution.getVariable(REVIEW_SUMMARY),
                (String) execution.getVariable(NEXT_YEAR_PROPOSAL),
                ReviewDecision.Decision.valueOf((String) execution.getVariable(DECISION)),
                (String) execution.getVariable(DECISION_NOTES),
                (String) execution.getVariable(DECIDED_BY),
                ((Date) execution.getVariable(DECIDED_AT)).toInstant()));
    }
}
