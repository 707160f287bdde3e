package se.agencynetwork.staffloan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.Groups;
import se.agencynetwork.notification.MailKind;
import se.agencynetwork.notification.Notifications;
import se.agencynetwork.notification.Recipient;
import se.agencynetwork.notification.Recipients;
import se.agencynetwork.notification.StepMail;

/** The staff loan's mails ({@code staff-loan}) and who gets them; the steps say what and when. */
@Component
record StaffLoanMails(Notifications notifications, Recipients recipients) {

    /**
     * One mail about the step's loan.
     *
     * @param occasion what happened, unique per loan ("returned", "chosen:spv")
     */
    void send(DelegateExecution step, Collection<Recipient> to, String headline, String text, String reason,
            boolean agreementLink, String occasion) {
        send(step, to, headline, text, reason, agreementLink, occasion, null);
    }

    /**
     * One mail about the step's loan with a personal link to a questionnaire ({@code surveyLink}, may be null).
     *
     * @param occasion what happened, unique per loan ("returned", "chosen:spv")
     */
    void send(DelegateExecution step, Collection<Recipient> to, String headline, String text, String reason,
            boolean agreementLink, String occasion, String surveyLink) {
        StepMail mail = StepMail.of(MailKind.STAFF_LOAN, step)
                .with("headline", headline)
                .with("roleTitle", StaffLoanVariables.TITLE.get(step))
                .with("text", text);
        if (reason != null && !reason.isBlank()) {
            mail.with("reason", reason);
        }
        if (agreementLink) {
            mail.with("agreementLink", true);
        }
        if (surveyLink != null) {
            mail.with("surveyLink", surveyLink);
        }
        mail.send(notifications, to, "staff-loan:" + step.getProcessBusinessKey() + ":" + occasion);
    }

    /** Who posted the need and the borrowing agency's heads. */
    List<Recipient> borrower(DelegateExecution step) {
        List<Recipient> to = new ArrayList<>(recipients.headsOf(StaffLoanVariables.BORROWING_AGENCY.require(step)));
        recipients.user(StaffLoanVariables.INITIATOR.get(step)).ifPresent(to::add);
        return to;
    }

    List<Recipient> headsOf(String agency) {
        return recipients.headsOf(agency);
    }

    List<Recipient> coordinators() {
        return recipients.group(Groups.NETWORK_COORDINATORS);
    }

    /** The borrower, the lending agency's heads and the coordinators. */
    List<Recipient> parties(DelegateExecution step) {
        List<Recipient> to = borrower(step);
        to.addAll(headsOf(StaffLoanVariables.LENDING_AGENCY.require(step)));
        to.addAll(coordinators());
        return to;
    }
}
