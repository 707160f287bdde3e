package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.CHANGE_ID;
import static se.agencynetwork.staffloan.StaffLoanVariables.CHANGE_REASON;
import static se.agencynetwork.staffloan.StaffLoanVariables.CURRENT_TERMS;
import static se.agencynetwork.staffloan.StaffLoanVariables.EFFECTIVE_DATE;
import static se.agencynetwork.staffloan.StaffLoanVariables.NEW_EXTENT;
import static se.agencynetwork.staffloan.StaffLoanVariables.NOTICE_MONTHS;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.Money;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * "Registrera den nya omfattningen": the extent asked for is in force from its date (no earlier than the
 * notice period allows, which the form rule checks); months from then on are booked with the new monthly
 * reimbursement. Both agencies and the coordinators are told.
 */
@Component("changeStaffLoanExtent")
@DelegateContract(reads = {Names.CHANGE_ID, Names.EFFECTIVE_DATE, Names.NEW_EXTENT, Names.CHANGE_REASON,
        Names.NOTICE_MONTHS, Names.BORROWING_AGENCY, Names.LENDING_AGENCY, Names.INITIATOR},
        writes = {Names.CURRENT_TERMS})
record ChangeStaffLoanExtent(RunningLoans loans, StaffLoanMails mails) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        LocalDate from = EFFECTIVE_DATE.require(execution);
        int extent = NEW_EXTENT.require(execution).intValue();
        Money monthly = loans.changeExtent(key, from, extent, "system");
        CURRENT_TERMS.set(execution, loans.currentTerms(key, NOTICE_MONTHS.require(execution)));
        mails.send(execution, mails.parties(execution), "Utlånets omfattning ändras",
                "Från " + from + " är omfattningen " + extent + " % av heltid och ersättningen " + monthly.swedish()
                        + " kr i månaden.", CHANGE_REASON.require(execution), false,
                "change:" + CHANGE_ID.require(execution));
    }
}
