package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.CHANGE_ID;
import static se.agencynetwork.staffloan.StaffLoanVariables.CHANGE_KIND;
import static se.agencynetwork.staffloan.StaffLoanVariables.CHANGE_REASON;
import static se.agencynetwork.staffloan.StaffLoanVariables.CHANGE_SUMMARY;
import static se.agencynetwork.staffloan.StaffLoanVariables.COMPLETED_BY;
import static se.agencynetwork.staffloan.StaffLoanVariables.EFFECTIVE_DATE;
import static se.agencynetwork.staffloan.StaffLoanVariables.EXTENSION_APPROVER;
import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_END;
import static se.agencynetwork.staffloan.StaffLoanVariables.NEW_END;
import static se.agencynetwork.staffloan.StaffLoanVariables.NEW_EXTENT;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * At the end of "Ändra, avsluta eller förläng utlånet": what the head asked for (local to that task, so the
 * next round starts empty) is recorded as a change of the loan and becomes the case's, for the step that
 * carries it out. Only the fields of the kind asked for are kept. The task the loan's end cancelled records
 * nothing.
 */
@Component("takeStaffLoanChange")
@DelegateContract(reads = {Names.COMPLETED_BY, Names.LOAN_END, Names.BORROWING_AGENCY_NAME, Names.LENDING_AGENCY_NAME},
        writes = {Names.CHANGE_KIND, Names.CHANGE_ID, Names.EFFECTIVE_DATE, Names.NEW_EXTENT, Names.NEW_END,
                Names.CHANGE_REASON, Names.EXTENSION_APPROVER, Names.CHANGE_SUMMARY})
record TakeStaffLoanChange(RunningLoans loans, StaffLoanService service) implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        String key = execution.getProcessBusinessKey();
        String kind = CHANGE_KIND.require(execution);
        boolean extent = StaffLoanVariables.CHANGE_EXTENT.equals(kind);
        LocalDate effective = extent ? EFFECTIVE_DATE.require(execution) : null;
        Long newExtent = extent ? NEW_EXTENT.require(execution) : null;
        LocalDate newEnd = extent ? null : NEW_END.require(execution);
        String reason = CHANGE_REASON.require(execution);
        String by = COMPLETED_BY.get(execution);
        String id = loans.request(key, kind, effective, newExtent == null ? null : newExtent.intValue(), newEnd,
                reason, by);
        DelegateExecution instance = execution.getProcessInstance();
        CHANGE_KIND.set(instance, kind);
        CHANGE_ID.set(instance, id);
        EFFECTIVE_DATE.set(instance, effective);
        NEW_EXTENT.set(instance, newExtent);
        NEW_END.set(instance, newEnd);
        CHANGE_REASON.set(instance, reason);
        if (StaffLoanVariables.CHANGE_EXTEND.equals(kind)) {
            String approver = loans.extensionApprover(key, by);
            EXTENSION_APPROVER.set(instance, approver);
            CHANGE_SUMMARY.set(instance, "Begärd av: " + by + "\nUtlånet slutar i dag: " + LOAN_END.require(execution)
                    + "\nNy sista dag: " + newEnd + "\nMotivering: " + reason + "\nGodkänns av: "
                    + service.agencyName(approver));
        }
    }
}
