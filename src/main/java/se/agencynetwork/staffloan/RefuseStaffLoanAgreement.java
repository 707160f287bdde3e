package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.CLOSE_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * "Avsluta utan avtal": a head did not approve the agreement or the person did not consent; both
 * agencies and the coordinators are told why.
 */
@Component("refuseStaffLoanAgreement")
@DelegateContract(reads = {Names.CLOSE_REASON, Names.BORROWING_AGENCY, Names.LENDING_AGENCY, Names.INITIATOR})
record RefuseStaffLoanAgreement(StaffLoanService service, StaffLoanMails mails) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String reason = CLOSE_REASON.require(execution);
        service.close(execution.getProcessBusinessKey(), StaffLoanRepository.STATUS_NOT_APPROVED, reason);
        mails.send(execution, mails.parties(execution), "Avtalet om utlån blev inte av",
                "Avtalet om utlån av personal har inte godkänts och ärendet är avslutat.", reason, false, "not-approved");
    }
}
