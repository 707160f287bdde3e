package se.agencynetwork.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.agencynetwork.notification.MailKind;
import se.agencynetwork.notification.Notifications;
import se.agencynetwork.notification.Recipients;
import se.agencynetwork.notification.StepMail;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.referral.ReferralRepository.Referral;

/**
 * The mails to the HR person who referred the candidate: when the candidate consents (the profile is
 * shown, until when) and when the referral closes (how it ended, how many agencies made contact).
 * They name the role and the business key, never the candidate: these mails go to a directory user
 * and stay in the outbox after the candidate's data is deleted.
 */
@Component
class ReferrerMails {

    private final CandidateReferrals referrals;
    private final ReferralRepository repository;
    private final Notifications notifications;
    private final Recipients recipients;

    ReferrerMails(CandidateReferrals referrals, ReferralRepository repository, Notifications notifications,
            Recipients recipients) {
        this.referrals = referrals;
        this.repository = repository;
        this.notifications = notifications;
        this.recipients = recipients;
    }

    void consented(DelegateExecution execution, String referralId, Instant sharedUntil) {
        Referral referral = referrals.referral(referralId);
        send(StepMail.of(MailKind.REFERRAL_OUTCOME, execution)
                .with("headline", "Kandidaten har samtyckt och profilen delas")
                .with("roleTitle", referral.roleTitle())
                .with("sharedUntil", LocalDate.ofInstant(sharedUntil, NetworkTime.ZONE).toString()),
                execution, "referral:" + referralId + ":shared");
    }

    void closed(DelegateExecution execution, String referralId, ReferralStatus end) {
        Referral referral = referrals.referral(referralId);
        send(StepMail.of(MailKind.REFERRAL_OUTCOME, execution)
                .with("headline", headline(end))
                .with("roleTitle", referral.roleTitle())
                .with("closed", true)
                .with("explanation", explanation(end))
                .with("contacts", repository.contacts(referralId)),
                execution, "referral:" + referralId + ":closed");
    }

    private void send(StepMail mail, DelegateExecution execution, String occasion) {
        String referrer = ReferralVariables.INITIATOR.get(execution);
        mail.send(notifications, recipients.user(referrer).map(List::of).orElse(List.of()), occasion);
    }

    static String headline(ReferralStatus end) {
        return switch (end) {
            case DECLINED -> "Kandidaten avböjde";
            case NO_ANSWER -> "Kandidaten svarade inte";
            case WITHDRAWN -> "Kandidaten har återkallat sitt samtycke";
            case EXPIRED -> "Delningstiden är slut";
            case REQUESTED, CONSENTED -> throw new IllegalArgumentException("Not a final status: " + end);
        };
    }

    static String explanation(ReferralStatus end) {
        return switch (end) {
            case DECLINED -> "Kandidaten ville inte att profilen delas. Ingenting visades för de andra myndigheterna.";
            case NO_ANSWER -> "Kandidaten svarade inte före sista svarsdagen, vilket räknas som att samtycke saknas."
                    + " Ingenting visades för de andra myndigheterna.";
            case WITHDRAWN -> "Profilen togs bort från nätverkets sida när kandidaten återkallade samtycket.";
            case EXPIRED -> "Profilen har visats under hela delningstiden och tas nu bort.";
            case REQUESTED, CONSENTED -> throw new IllegalArgumentException("Not a final status: " + end);
        };
    }
}
