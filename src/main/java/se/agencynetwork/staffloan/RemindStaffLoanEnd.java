package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.BORROWING_AGENCY;
import static se.agencynetwork.staffloan.StaffLoanVariables.LENDING_AGENCY;
import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_END;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.notification.Recipient;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * "Påminn om utlånets slut": a month before the last day both agencies' heads are reminded, once per last
 * day (a change of extent re-creates the timer; a new last day after an early end or an extension is
 * reminded of again).
 */
@Component("remindStaffLoanEnd")
@DelegateContract(reads = {Names.BORROWING_AGENCY, Names.LENDING_AGENCY, Names.LOAN_END})
record RemindStaffLoanEnd(StaffLoanMails mails) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate end = LOAN_END.require(execution);
        List<Recipient> heads = new ArrayList<>(mails.headsOf(BORROWING_AGENCY.require(execution)));
        heads.addAll(mails.headsOf(LENDING_AGENCY.require(execution)));
        mails.send(execution, heads, "Utlånet slutar om en månad", "Utlånet slutar " + end + ". Vill ni förlänga"
                + " det, begär förlängningen i uppgiften \"Ändra, avsluta eller förläng utlånet\"; den andra"
                + " myndighetens chef godkänner den.", null, false, "reminder:" + end);
    }
}
