package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.CHANGE_ID;
import static se.agencynetwork.staffloan.StaffLoanVariables.COMPLETED_BY;
import static se.agencynetwork.staffloan.StaffLoanVariables.EXTENSION_APPROVED;
import static se.agencynetwork.staffloan.StaffLoanVariables.EXTENSION_COMMENT;
import static se.agencynetwork.staffloan.StaffLoanVariables.EXTENSION_DECISION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * At the end of "Godkänn förlängningen": the other agency's head's decision (local to the task) is recorded
 * on the change with who decided and why, and becomes the case's flag for the gateway. A task the loan's end
 * cancelled records nothing.
 */
@Component("recordStaffLoanExtensionDecision")
@DelegateContract(reads = {Names.CHANGE_ID, Names.COMPLETED_BY}, writes = {Names.EXTENSION_APPROVED, Names.EXTENSION_REFUSAL})
record RecordStaffLoanExtensionDecision(RunningLoans loans) implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        boolean approved = StaffLoanFormRules.APPROVE.equals(EXTENSION_DECISION.get(execution));
        String comment = EXTENSION_COMMENT.get(execution);
        loans.decide(CHANGE_ID.require(execution), approved, COMPLETED_BY.get(execution), comment);
        EXTENSION_APPROVED.set(execution.getProcessInstance(), approved);
        StaffLoanVariables.EXTENSION_REFUSAL.set(execution.getProcessInstance(), comment);
    }
}
