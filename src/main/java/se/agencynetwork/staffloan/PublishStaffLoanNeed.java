package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.ANSWER_DATE;
import static se.agencynetwork.staffloan.StaffLoanVariables.ANSWER_DEADLINE;
import static se.agencynetwork.staffloan.StaffLoanVariables.BORROWING_AGENCY;
import static se.agencynetwork.staffloan.StaffLoanVariables.COMPLETED_BY;
import static se.agencynetwork.staffloan.StaffLoanVariables.OFFERING_AGENCIES;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * "Publicera behovet": every other member agency's heads get a task to offer someone, due at the end
 * of the answer date; the borrower is told.
 */
@Component("publishStaffLoanNeed")
@DelegateContract(reads = {Names.BORROWING_AGENCY, Names.ANSWER_DATE, Names.COMPLETED_BY, Names.INITIATOR},
        writes = {Names.OFFERING_AGENCIES, Names.ANSWER_DEADLINE})
record PublishStaffLoanNeed(StaffLoanService service, StaffLoanMails mails) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        List<String> agencies = service.offeringAgencies(BORROWING_AGENCY.require(execution));
        LocalDate answerDate = ANSWER_DATE.require(execution);
        OFFERING_AGENCIES.set(execution, agencies);
        ANSWER_DEADLINE.set(execution, StaffLoanService.answerDeadline(answerDate));
        service.publish(execution.getProcessBusinessKey(), COMPLETED_BY.get(execution));
        mails.send(execution, mails.borrower(execution), "Behovet är publicerat",
                "Behovet är publicerat för " + agencies.size() + " myndigheter i nätverket. De kan lämna erbjudanden"
                        + " till och med " + answerDate + "; därefter väljer ni bland dem i Tasklist.",
                null, false, "published");
    }
}
