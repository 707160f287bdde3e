package se.agencynetwork.referral;

import static se.agencynetwork.referral.ReferralVariables.CONSENT_DEADLINE;
import static se.agencynetwork.referral.ReferralVariables.REFERRAL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.referral.ReferralVariables.Names;

/**
 * "Be kandidaten om samtycke": the candidate gets a personal link to the consent page by mail. Runs
 * after the start has committed, so it first removes the start form's values from the engine's history.
 */
@Component("requestCandidateConsent")
@DelegateContract(reads = {Names.REFERRAL_ID, Names.CONSENT_DEADLINE})
record RequestConsent(CandidateReferrals referrals, ConsentMails mails) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        referrals.forgetStartForm(execution.getProcessInstanceId());
        mails.send(execution, REFERRAL_ID.require(execution), CONSENT_DEADLINE.require(execution), false);
    }
}
