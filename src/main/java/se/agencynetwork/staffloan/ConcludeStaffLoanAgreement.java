package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_END;
import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_START;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * "Registrera avtalet och meddela parterna": both heads approved and the person consented. The two
 * agencies and the coordinators are told and get the link to the agreement (PDF).
 */
@Component("concludeStaffLoanAgreement")
@DelegateContract(reads = {Names.BORROWING_AGENCY, Names.LENDING_AGENCY, Names.INITIATOR,
        Names.LOAN_START, Names.LOAN_END})
record ConcludeStaffLoanAgreement(StaffLoanService service, StaffLoanMails mails) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        service.conclude(key);
        mails.send(execution, mails.parties(execution), "Avtalet om utlån är godkänt",
                "Båda myndighetscheferna har godkänt avtalet och medarbetarens samtycke är registrerat. Utlånet gäller "
                        + LOAN_START.require(execution) + " – " + LOAN_END.require(execution) + ".",
                null, true, "approved");
    }
}
