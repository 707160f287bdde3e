package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.CURRENT_TERMS;
import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_END;
import static se.agencynetwork.staffloan.StaffLoanVariables.NEXT_BOOKING_AT;
import static se.agencynetwork.staffloan.StaffLoanVariables.NOTICE_MONTHS;
import static se.agencynetwork.staffloan.StaffLoanVariables.REMINDER_AT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

import se.agencynetwork.notification.Recipient;

/**
 * A new last day for the loan (an early end or an approved extension): stored, the case's end, reminder and
 * terms follow it, and the parties and the person are told (the person without any figures). The waiting
 * "Månaden är slut" timer moves to the day after the period it will book now ends: without that, a last day
 * moved into the month being waited for was booked (and the evaluation started) only when that month was over.
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
        Instant nextBooking = loans.nextBookingAt(key);
        NEXT_BOOKING_AT.set(execution, nextBooking);
        ManagementService management = execution.getProcessEngineServices().getManagementService();
        Job waiting = management.createJobQuery().processInstanceId(execution.getProcessInstanceId())
                .activityId(StaffLoanProcess.MONTH_OVER_EVENT).timers().singleResult();
        if (waiting != null && !waiting.getDuedate().toInstant().equals(nextBooking)) {
            management.setJobDuedate(waiting.getId(), Date.from(nextBooking));
        }
        mails.send(execution, mails.parties(execution), headline, text, reason, false, occasion);
        StaffLoanAgreement agreement = loans.agreement(key);
        mails.send(execution, List.of(new Recipient(null, agreement.personEmail(), agreement.personName())), headline,
                text, null, false, occasion + ":person");
    }
}
