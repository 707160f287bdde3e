package se.agencynetwork.referral;

import static se.agencynetwork.referral.ReferralVariables.REFERRAL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.referral.ReferralVariables.Names;

/**
 * "Radera kandidatens uppgifter": at the end of every path (declined, no answer, withdrawn, period
 * over) the candidate's data, link and mails and the instance's history variables are deleted.
 */
@Component("deleteCandidateData")
@DelegateContract(reads = {Names.REFERRAL_ID})
record DeleteCandidateData(CandidateReferrals referrals) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        referrals.close(REFERRAL_ID.require(execution), execution.getProcessInstanceId(), NetworkTime.now());
    }
}
