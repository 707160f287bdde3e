package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.CHANGE_ID;
import static se.agencynetwork.staffloan.StaffLoanVariables.EXTENSION_REFUSAL;
import static se.agencynetwork.staffloan.StaffLoanVariables.EXTENSION_APPROVER;
import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_END;
import static se.agencynetwork.staffloan.StaffLoanVariables.NEW_END;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * "Meddela att förlängningen inte godkänns": the loan ends as agreed; both agencies and the coordinators get
 * the other head's reason.
 */
@Component("refuseStaffLoanExtension")
@DelegateContract(reads = {Names.CHANGE_ID, Names.NEW_END, Names.LOAN_END, Names.EXTENSION_APPROVER,
        Names.EXTENSION_REFUSAL, Names.BORROWING_AGENCY, Names.LENDING_AGENCY, Names.INITIATOR})
record RefuseStaffLoanExtension(StaffLoanService service, StaffLoanMails mails) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        mails.send(execution, mails.parties(execution), "Förlängningen godkändes inte",
                service.agencyName(EXTENSION_APPROVER.require(execution)) + " godkänner inte att utlånet förlängs till "
                        + NEW_END.require(execution) + ". Utlånet slutar som avtalat " + LOAN_END.require(execution) + ".",
                EXTENSION_REFUSAL.get(execution), false, "change:" + CHANGE_ID.require(execution));
    }
}
