package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.AGENCY;
import static se.agencynetwork.staffloan.StaffLoanVariables.BORROWING_AGENCY;
import static se.agencynetwork.staffloan.StaffLoanVariables.COMPLETED_BY;
import static se.agencynetwork.staffloan.StaffLoanVariables.COOPERATION_RATING;
import static se.agencynetwork.staffloan.StaffLoanVariables.IMPROVEMENT;
import static se.agencynetwork.staffloan.StaffLoanVariables.PURPOSE_RATING;
import static se.agencynetwork.staffloan.StaffLoanVariables.WOULD_REPEAT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * At the end of an agency's "Utvärdera utlånet": the answer (local to the agency's task, checked by the form
 * and {@link StaffLoanFormRules.EvaluationRule}) goes to {@code staff_loan_evaluation} with the agency's part
 * in the loan and who answered. A task cancelled with the case records nothing.
 */
@Component("recordStaffLoanEvaluation")
@DelegateContract(reads = {Names.AGENCY, Names.BORROWING_AGENCY, Names.COMPLETED_BY})
record RecordStaffLoanEvaluation(StaffLoanEvaluations evaluations) implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        String key = execution.getProcessBusinessKey();
        String agency = AGENCY.require(execution);
        String improvement = IMPROVEMENT.get(execution);
        evaluations.record(new StaffLoanEvaluation(key, StaffLoanEvaluations.party(agency, BORROWING_AGENCY.require(execution)), agency,
                PURPOSE_RATING.require(execution).intValue(), COOPERATION_RATING.require(execution).intValue(),
                StaffLoanVariables.REPEAT_YES.equals(WOULD_REPEAT.require(execution)),
                improvement == null || improvement.isBlank() ? null : improvement.strip(),
                COMPLETED_BY.get(execution), NetworkTime.now()));
    }
}
