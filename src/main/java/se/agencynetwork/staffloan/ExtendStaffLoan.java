package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.CHANGE_ID;
import static se.agencynetwork.staffloan.StaffLoanVariables.CHANGE_REASON;
import static se.agencynetwork.staffloan.StaffLoanVariables.NEW_END;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * "Registrera förlängningen": both heads want it, the loan's last day moves later; months go on being booked
 * until then. Both agencies, the coordinators and the person are told.
 */
@Component("extendStaffLoan")
@DelegateContract(reads = {Names.CHANGE_ID, Names.NEW_END, Names.CHANGE_REASON, Names.NOTICE_MONTHS,
        Names.BORROWING_AGENCY, Names.LENDING_AGENCY, Names.INITIATOR},
        writes = {Names.LOAN_END, Names.REMINDER_AT, Names.CURRENT_TERMS, Names.NEXT_BOOKING_AT})
record ExtendStaffLoan(LoanEndChange change) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        change.apply(execution, NEW_END.require(execution), "Utlånet förlängs",
                "Båda myndigheterna har godkänt att utlånet förlängs till och med " + NEW_END.require(execution) + ".",
                CHANGE_REASON.require(execution), "change:" + CHANGE_ID.require(execution));
    }
}
