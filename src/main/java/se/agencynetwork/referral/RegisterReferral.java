package se.agencynetwork.referral;

import static se.agencynetwork.referral.ReferralVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.referral.ReferralRepository.Candidate;
import se.agencynetwork.referral.ReferralVariables.Names;
import se.agencynetwork.system.BusinessKeys;

/**
 * "Registrera kandidatdelningen": business key, the referral and the candidate's data in the
 * application's tables, and the start form's values removed from the process: from here on it carries
 * the referral's id and its dates only.
 */
@Component("registerCandidateReferral")
@DelegateContract(reads = {Names.INITIATOR, Names.ROLE_TITLE, Names.CANDIDATE_NAME, Names.CANDIDATE_EMAIL,
        Names.COMPETENCES, Names.CANDIDATE_INFORMED},
        writes = {Names.REFERRAL_ID, Names.CONSENT_REMINDER_AT, Names.CONSENT_DEADLINE})
record RegisterReferral(CandidateReferrals referrals, BusinessKeys businessKeys) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        if (key == null || !key.startsWith(CandidateReferralProcess.BUSINESS_KEY_PREFIX + "-")) {
            key = businessKeys.next(CandidateReferralProcess.BUSINESS_KEY_PREFIX);
            execution.setProcessBusinessKey(key);
        }
        Candidate candidate = new Candidate(CANDIDATE_NAME.require(execution).strip(),
                CANDIDATE_EMAIL.require(execution).strip(), COMPETENCES.require(execution).strip(),
                blankToNull(EXPERIENCE.get(execution)), blankToNull(LOCATIONS.get(execution)));
        CandidateReferrals.Registered registered = referrals.register(key, execution.getProcessInstanceId(),
                INITIATOR.get(execution), ROLE_TITLE.require(execution).strip(), candidate,
                Boolean.TRUE.equals(CANDIDATE_INFORMED.get(execution)), NetworkTime.now());
        execution.removeVariables(Names.START_FORM_FIELDS);
        REFERRAL_ID.set(execution, registered.referralId());
        CONSENT_REMINDER_AT.set(execution, registered.reminderAt());
        CONSENT_DEADLINE.set(execution, registered.deadline());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
