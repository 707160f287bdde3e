package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.AGENCY;
import static se.agencynetwork.staffloan.StaffLoanVariables.COMPLETED_BY;
import static se.agencynetwork.staffloan.StaffLoanVariables.MONTHLY_SALARY;
import static se.agencynetwork.staffloan.StaffLoanVariables.OFFERED_END;
import static se.agencynetwork.staffloan.StaffLoanVariables.OFFERED_EXTENT;
import static se.agencynetwork.staffloan.StaffLoanVariables.OFFERED_START;
import static se.agencynetwork.staffloan.StaffLoanVariables.OFFER_COMMENT;
import static se.agencynetwork.staffloan.StaffLoanVariables.OFFER_DECISION;
import static se.agencynetwork.staffloan.StaffLoanVariables.PERSON_EMAIL;
import static se.agencynetwork.staffloan.StaffLoanVariables.PERSON_NAME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * At the end of an agency's "Erbjud personal": an offer goes to {@code staff_loan_offer} (the form
 * rule has checked it); "no offer" and a task cancelled at the answer date record nothing.
 */
@Component("recordStaffLoanOffer")
@DelegateContract(reads = {Names.AGENCY, Names.COMPLETED_BY})
record RecordStaffLoanOffer(StaffLoanService service) implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled() || !StaffLoanFormRules.OFFER.equals(OFFER_DECISION.get(execution))) {
            return;
        }
        service.recordOffer(new StaffLoanOffer(execution.getProcessBusinessKey(), AGENCY.require(execution),
                PERSON_NAME.require(execution).strip(), PERSON_EMAIL.require(execution).strip(),
                OFFERED_EXTENT.require(execution).intValue(), OFFERED_START.require(execution),
                OFFERED_END.require(execution), MONTHLY_SALARY.require(execution), OFFER_COMMENT.get(execution),
                COMPLETED_BY.get(execution), NetworkTime.now()));
    }
}
