package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_END;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * "Avsluta utlånet": the last day is past and its month booked; both agencies and the coordinators are told
 * that the loan is over, every month is in the invoicing basis and both agencies' heads now evaluate it.
 */
@Component("endStaffLoan")
@DelegateContract(reads = {Names.LOAN_END, Names.BORROWING_AGENCY, Names.LENDING_AGENCY, Names.INITIATOR})
record EndStaffLoan(StaffLoanMails mails) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        mails.send(execution, mails.parties(execution), "Utlånet har upphört", "Utlånet upphörde "
                + LOAN_END.require(execution) + ". Ersättningen för varje månad finns i fakturaunderlaget som"
                + " \"Ersättning för utlånad personal\". Båda myndigheternas chefer får nu uppgiften \"Utvärdera utlånet\""
                + " i Tasklist.", null, false, "ended");
    }
}
