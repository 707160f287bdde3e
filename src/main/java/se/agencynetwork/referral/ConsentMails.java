package se.agencynetwork.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.agencynetwork.notification.MailKind;
import se.agencynetwork.notification.NotificationProperties;
import se.agencynetwork.notification.Notifications;
import se.agencynetwork.notification.Recipient;
import se.agencynetwork.notification.StepMail;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.referral.ReferralRepository.Candidate;
import se.agencynetwork.referral.ReferralRepository.Referral;

/**
 * The mails to the candidate: the consent request and its reminder, each with its own personal link
 * (both work until the referral closes). Once per referral each.
 */
@Component
class ConsentMails {

    private final CandidateReferrals referrals;
    private final Notifications notifications;
    private final NotificationProperties notificationProperties;

    ConsentMails(CandidateReferrals referrals, Notifications notifications, NotificationProperties notificationProperties) {
        this.referrals = referrals;
        this.notifications = notifications;
        this.notificationProperties = notificationProperties;
    }

    void send(DelegateExecution execution, String referralId, Instant deadline, boolean reminder) {
        Referral referral = referrals.referral(referralId);
        Candidate candidate = referrals.candidate(referralId).orElseThrow(
                () -> new IllegalStateException("Candidate referral " + referralId + " has no candidate data left"));
        String token = referrals.newLink(referralId).orElseThrow();
        StepMail.of(reminder ? MailKind.CANDIDATE_CONSENT_REMINDER : MailKind.CANDIDATE_CONSENT, execution)
                .with("agencyName", referrals.agencyName(referral.referringAgency()))
                .with("roleTitle", referral.roleTitle())
                .with("consentLink", notificationProperties.baseUrl() + ConsentLinks.PATH + token)
                .with("answerBy", LocalDate.ofInstant(deadline, NetworkTime.ZONE).toString())
                .send(notifications, List.of(new Recipient(null, candidate.email(), candidate.name())),
                        "referral:" + referralId + (reminder ? ":reminder" : ":request"));
    }
}
