package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.AGENCY;
import static se.agencynetwork.staffloan.StaffLoanVariables.AGENCY_NAME;
import static se.agencynetwork.staffloan.StaffLoanVariables.MONTHLY_SALARY;
import static se.agencynetwork.staffloan.StaffLoanVariables.OFFERED_END;
import static se.agencynetwork.staffloan.StaffLoanVariables.OFFERED_EXTENT;
import static se.agencynetwork.staffloan.StaffLoanVariables.OFFERED_START;
import static se.agencynetwork.staffloan.StaffLoanVariables.OFFER_COMMENT;
import static se.agencynetwork.staffloan.StaffLoanVariables.OFFER_DECISION;
import static se.agencynetwork.staffloan.StaffLoanVariables.PERSON_EMAIL;
import static se.agencynetwork.staffloan.StaffLoanVariables.PERSON_NAME;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.AgencyTasks;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.ProcessVariable;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * On creation of an agency's "Erbjud personal" task: names the task after the agency and declares the
 * offer's variables on the agency's own execution, so that an offer (and its salary) stays there and
 * never reaches the process instance, where the other agencies' tasks could read it.
 */
@Component("openStaffLoanOffer")
@DelegateContract(reads = {Names.AGENCY}, writes = {Names.AGENCY_NAME, Names.OFFER_DECISION, Names.PERSON_NAME,
        Names.PERSON_EMAIL, Names.OFFERED_EXTENT, Names.OFFERED_START, Names.OFFERED_END, Names.MONTHLY_SALARY,
        Names.OFFER_COMMENT})
record OpenStaffLoanOffer(StaffLoanService service) implements TaskListener {

    static final List<ProcessVariable<?>> OFFER_VARIABLES = List.of(OFFER_DECISION, PERSON_NAME, PERSON_EMAIL,
            OFFERED_EXTENT, OFFERED_START, OFFERED_END, MONTHLY_SALARY, OFFER_COMMENT);

    @Override
    public void notify(DelegateTask task) {
        AgencyTasks.open(task, service.agencyName(AGENCY.require(task.getExecution())), AGENCY_NAME, OFFER_VARIABLES);
    }
}
