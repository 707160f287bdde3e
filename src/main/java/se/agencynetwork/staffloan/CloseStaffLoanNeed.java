package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.CLOSE_REASON;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.notification.Recipient;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * "Avsluta behovet utan utlån": no offer came in, or the borrowing agency took none. The borrower, the
 * coordinators and every agency that offered someone are told why.
 */
@Component("closeStaffLoanNeed")
@DelegateContract(reads = {Names.CLOSE_REASON, Names.BORROWING_AGENCY, Names.INITIATOR})
record CloseStaffLoanNeed(StaffLoanService service, StaffLoanMails mails) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String reason = CLOSE_REASON.require(execution);
        String key = execution.getProcessBusinessKey();
        service.close(key, StaffLoanRepository.STATUS_NO_LOAN, reason);
        List<Recipient> to = mails.borrower(execution);
        to.addAll(mails.coordinators());
        mails.send(execution, to, "Behovet avslutat utan utlån", "Behovet av personal har avslutats utan något utlån.",
                reason, false, "closed");
        for (StaffLoanOffer offer : service.offers(key)) {
            mails.send(execution, mails.headsOf(offer.agencyCode()), "Ert erbjudande valdes inte",
                    "Tack för ert erbjudande. Behovet har avslutats utan utlån.", reason, false,
                    "not-chosen:" + offer.agencyCode());
        }
    }
}
