package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.CURRENT_TERMS;
import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_END;
import static se.agencynetwork.staffloan.StaffLoanVariables.NOTICE_MONTHS;
import static se.agencynetwork.staffloan.StaffLoanVariables.REMINDER_AT;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.agencynetwork.notification.Recipient;

/**
 * A new last day for the loan (an early end or an approved extension): stored, the case's end, reminder and
 * terms follow it, and the parties and the person are told (the person without any figures).
 */
@Component
record LoanEndChange(RunningLoans loans, StaffLoanMails mails) {

    void apply(DelegateExecution execution, LocalDate end, String headline, String text, String reason,
            String occasion) {
        String key = execution.getProcessBusinessKey();
        loans.changeEnd(key, end);
        LOAN_END.set(execution, end);
        REMINDER_AT.set(execution, LoanMonths.reminderAt(end));
        CURRENT_TERMS.set(execution, loans.currentTerms(key, NOTICE_MONTHS.require(execution)));
        mails.send(execution, mails.parties(execution), headline, text, reason, false, occasion);
        StaffLoanAgreement agreement = loans.agreement(key);
        mails.send(execution, List.of(new Recipient(null, agreement.personEmail(), agreement.personName())), headline,
                text, null, false, occasion + ":person");
    }
}
