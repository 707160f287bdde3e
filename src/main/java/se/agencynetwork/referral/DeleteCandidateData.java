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
 * over) the candidate's data, link and mails and the instance's history variables are deleted, and
 * the HR person who referred the candidate is told how it ended.
 */
@Component("deleteCandidateData")
@DelegateContract(reads = {Names.REFERRAL_ID, Names.INITIATOR})
record DeleteCandidateData(CandidateReferrals referrals, ReferrerMails mails) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String referralId = REFERRAL_ID.require(execution);
        ReferralStatus end = referrals.close(referralId, execution.getProcessInstanceId(), NetworkTime.now());
        mails.closed(execution, referralId, end);
    }
}
