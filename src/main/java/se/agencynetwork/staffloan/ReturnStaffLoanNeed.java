package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.REVIEW_COMMENT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/** "Skicka tillbaka behovet": the coordinator did not publish it; the borrower is told why. */
@Component("returnStaffLoanNeed")
@DelegateContract(reads = {Names.REVIEW_COMMENT, Names.BORROWING_AGENCY, Names.INITIATOR})
record ReturnStaffLoanNeed(StaffLoanService service, StaffLoanMails mails) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String reason = REVIEW_COMMENT.require(execution);
        service.close(execution.getProcessBusinessKey(), StaffLoanRepository.STATUS_RETURNED, reason);
        mails.send(execution, mails.borrower(execution), "Behovet publicerades inte",
                "Nätverkskoordinatorn har granskat behovet och inte publicerat det. Ärendet är avslutat; lägg"
                        + " gärna ett nytt, kompletterat behov.", reason, false, "returned");
    }
}
