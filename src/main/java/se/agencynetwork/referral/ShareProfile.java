package se.agencynetwork.referral;

import static se.agencynetwork.referral.ReferralVariables.REFERRAL_ID;
import static se.agencynetwork.referral.ReferralVariables.SHARED_UNTIL;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.referral.ReferralVariables.Names;

/**
 * "Dela profilen i nätverket": shown to the other agencies' HR until the end of the sharing period;
 * the HR person who referred the candidate is told until when.
 */
@Component("shareCandidateProfile")
@DelegateContract(reads = {Names.REFERRAL_ID, Names.INITIATOR}, writes = {Names.SHARED_UNTIL})
record ShareProfile(CandidateReferrals referrals, ReferrerMails mails) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String referralId = REFERRAL_ID.require(execution);
        Instant until = referrals.share(referralId, NetworkTime.now());
        SHARED_UNTIL.set(execution, until);
        mails.consented(execution, referralId, until);
    }
}
