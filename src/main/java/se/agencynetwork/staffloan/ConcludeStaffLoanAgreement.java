package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.CURRENT_TERMS;
import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_END;
import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_START;
import static se.agencynetwork.staffloan.StaffLoanVariables.NEXT_BOOKING_AT;
import static se.agencynetwork.staffloan.StaffLoanVariables.NOTICE_MONTHS;
import static se.agencynetwork.staffloan.StaffLoanVariables.REMINDER_AT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * "Registrera avtalet och meddela parterna": both heads approved and the person consented. The two
 * agencies and the coordinators are told and get the link to the agreement (PDF). The loan begins: its
 * first extent is recorded, the first month's booking and the reminder a month before the end are set.
 */
@Component("concludeStaffLoanAgreement")
@DelegateContract(reads = {Names.BORROWING_AGENCY, Names.LENDING_AGENCY, Names.INITIATOR,
        Names.LOAN_START, Names.LOAN_END, Names.NOTICE_MONTHS},
        writes = {Names.NEXT_BOOKING_AT, Names.REMINDER_AT, Names.CURRENT_TERMS})
record ConcludeStaffLoanAgreement(StaffLoanService service, RunningLoans loans, StaffLoanMails mails)
        implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        service.conclude(key);
        loans.start(key, "system");
        NEXT_BOOKING_AT.set(execution, loans.nextBookingAt(key));
        REMINDER_AT.set(execution, LoanMonths.reminderAt(LOAN_END.require(execution)));
        CURRENT_TERMS.set(execution, loans.currentTerms(key, NOTICE_MONTHS.require(execution)));
        mails.send(execution, mails.parties(execution), "Avtalet om utlån är godkänt",
                "Båda myndighetscheferna har godkänt avtalet och medarbetarens samtycke är registrerat. Utlånet gäller "
                        + LOAN_START.require(execution) + " – " + LOAN_END.require(execution) + ".",
                null, true, "approved");
    }
}
