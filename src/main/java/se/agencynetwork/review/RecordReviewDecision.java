package se.agencynetwork.review;

import static se.agencynetwork.review.ReviewVariables.DECIDED_AT;
import static se.agencynetwork.review.ReviewVariables.DECIDED_BY;
import static se.agencynetwork.review.ReviewVariables.DECISION;
import static se.agencynetwork.review.ReviewVariables.DECISION_NOTES;
import static se.agencynetwork.review.ReviewVariables.NEXT_YEAR_PROPOSAL;
import static se.agencynetwork.review.ReviewVariables.REVIEW_SUMMARY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.review.ReviewVariables.Names;

/** "Registrera styrgruppens beslut": keeps the decision, who made it and when, in the review table. */
@Component("recordNetworkReviewDecision")
@DelegateContract(reads = {Names.REVIEW_SUMMARY, Names.NEXT_YEAR_PROPOSAL, Names.DECISION, Names.DECIDED_BY,
        Names.DECIDED_AT})
record RecordReviewDecision(NetworkReviewService service) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        service.recordDecision(new ReviewDecision(
                execution.getProcessBusinessKey(),
                REVIEW_SUMMARY.get(execution),
                NEXT_YEAR_PROPOSAL.get(execution),
                ReviewDecision.Decision.valueOf(DECISION.require(execution)),
                DECISION_NOTES.get(execution),
                DECIDED_BY.get(execution),
                DECIDED_AT.require(execution)));
    }
}
