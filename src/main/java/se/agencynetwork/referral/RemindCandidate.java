package se.agencynetwork.referral;

import static se.agencynetwork.referral.ReferralVariables.CONSENT_DEADLINE;
import static se.agencynetwork.referral.ReferralVariables.REFERRAL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.referral.ReferralVariables.Names;

/** "Påminn kandidaten": a candidate who has not answered gets the link again before the deadline. */
@Component("remindCandidate")
@DelegateContract(reads = {Names.REFERRAL_ID, Names.CONSENT_DEADLINE})
record RemindCandidate(ConsentMails mails) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        mails.send(execution, REFERRAL_ID.require(execution), CONSENT_DEADLINE.require(execution), true);
    }
}
