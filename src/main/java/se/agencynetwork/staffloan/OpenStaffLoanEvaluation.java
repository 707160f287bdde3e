package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.EVALUATION_AGENCIES;
import static se.agencynetwork.staffloan.StaffLoanVariables.EVALUATION_DUE_AT;
import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_SUMMARY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * "Be båda myndigheterna utvärdera utlånet": the loan is over; the borrowing and the lending agency's heads
 * each get "Utvärdera utlånet", due after the configured period (14 days), with the loan in brief.
 */
@Component("openStaffLoanEvaluation")
@DelegateContract(writes = {Names.EVALUATION_AGENCIES, Names.EVALUATION_DUE_AT, Names.LOAN_SUMMARY})
record OpenStaffLoanEvaluation(StaffLoanEvaluations evaluations) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        EVALUATION_AGENCIES.set(execution, evaluations.agencies(key));
        EVALUATION_DUE_AT.set(execution, evaluations.dueAt());
        LOAN_SUMMARY.set(execution, evaluations.summary(key));
    }
}
