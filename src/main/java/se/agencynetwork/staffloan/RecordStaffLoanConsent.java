package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.CLOSE_REASON;
import static se.agencynetwork.staffloan.StaffLoanVariables.COMPLETED_BY;
import static se.agencynetwork.staffloan.StaffLoanVariables.CONSENT_DECISION;
import static se.agencynetwork.staffloan.StaffLoanVariables.CONSENT_NOTE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * At the end of "Registrera medarbetarens samtycke": the lending agency, the person's employer, records
 * that the person agreed (and who recorded it); a refusal ends the loan with its note as the reason.
 */
@Component("recordStaffLoanConsent")
@DelegateContract(reads = {Names.CONSENT_DECISION, Names.CONSENT_NOTE, Names.COMPLETED_BY},
        writes = {Names.CLOSE_REASON})
record RecordStaffLoanConsent(StaffLoanService service) implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        if (StaffLoanFormRules.CONSENT_GIVEN.equals(CONSENT_DECISION.require(execution))) {
            service.recordConsent(execution.getProcessBusinessKey(), COMPLETED_BY.get(execution));
        } else {
            String note = CONSENT_NOTE.get(execution);
            CLOSE_REASON.set(execution, "Medarbetaren samtycker inte till utlånet"
                    + (note == null || note.isBlank() ? "." : ": " + note));
        }
    }
}
