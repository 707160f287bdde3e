package se.agencynetwork.referral;

import static se.agencynetwork.referral.ReferralVariables.REFERRAL_ID;
import static se.agencynetwork.referral.ReferralVariables.SHARED_UNTIL;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.referral.ReferralVariables.Names;

/** "Dela profilen i nätverket": shown to the other agencies' HR until the end of the sharing period. */
@Component("shareCandidateProfile")
@DelegateContract(reads = {Names.REFERRAL_ID}, writes = {Names.SHARED_UNTIL})
record ShareProfile(CandidateReferrals referrals) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        SHARED_UNTIL.set(execution, referrals.share(REFERRAL_ID.require(execution), NetworkTime.now()));
    }
}
