package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.APPROVAL_DECISION;
import static se.agencynetwork.staffloan.StaffLoanVariables.BORROWER_APPROVES;
import static se.agencynetwork.staffloan.StaffLoanVariables.BORROWING_AGENCY_NAME;
import static se.agencynetwork.staffloan.StaffLoanVariables.CLOSE_REASON;
import static se.agencynetwork.staffloan.StaffLoanVariables.COMPLETED_BY;
import static se.agencynetwork.staffloan.StaffLoanVariables.DECLINE_REASON;
import static se.agencynetwork.staffloan.StaffLoanVariables.LENDER_APPROVES;
import static se.agencynetwork.staffloan.StaffLoanVariables.LENDING_AGENCY_NAME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * At the end of either head's "Godkänn avtalet": the decision (local to that head's task, so the two
 * never see each other's choice pre-filled) becomes that head's flag on the loan; an approval is
 * recorded with who gave it, a refusal keeps its reason. The task the other head's refusal cancelled
 * records nothing.
 */
@Component("recordStaffLoanApproval")
@DelegateContract(reads = {Names.COMPLETED_BY, Names.BORROWING_AGENCY_NAME, Names.LENDING_AGENCY_NAME},
        writes = {Names.BORROWER_APPROVES, Names.LENDER_APPROVES, Names.CLOSE_REASON})
record RecordStaffLoanApproval(StaffLoanService service) implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        boolean borrower = StaffLoanProcess.APPROVE_AS_BORROWER.equals(execution.getCurrentActivityId());
        boolean approves = StaffLoanFormRules.APPROVE.equals(APPROVAL_DECISION.get(execution));
        (borrower ? BORROWER_APPROVES : LENDER_APPROVES).set(execution.getProcessInstance(), approves);
        if (approves) {
            service.recordApproval(execution.getProcessBusinessKey(), borrower, COMPLETED_BY.get(execution));
        } else {
            String agency = borrower ? BORROWING_AGENCY_NAME.get(execution) : LENDING_AGENCY_NAME.get(execution);
            CLOSE_REASON.set(execution.getProcessInstance(), agency + " godkänner inte avtalet: "
                    + DECLINE_REASON.require(execution));
        }
    }
}
