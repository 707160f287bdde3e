package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_OVER;
import static se.agencynetwork.staffloan.StaffLoanVariables.NEXT_BOOKING_AT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * "Bokför månadens ersättning": the month that is over goes into the cost ledger as the borrowing agency's
 * debt to the lending agency; the loan is over once its last day is booked, else the next month is due.
 */
@Component("bookStaffLoanMonth")
@DelegateContract(writes = {Names.LOAN_OVER, Names.NEXT_BOOKING_AT})
record BookStaffLoanMonth(RunningLoans loans) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        boolean over = loans.bookDueMonth(key);
        LOAN_OVER.set(execution, over);
        if (!over) {
            NEXT_BOOKING_AT.set(execution, loans.nextBookingAt(key));
        }
    }
}
