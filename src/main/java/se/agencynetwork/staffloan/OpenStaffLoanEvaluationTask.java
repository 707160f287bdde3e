package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.AGENCY;
import static se.agencynetwork.staffloan.StaffLoanVariables.AGENCY_NAME;
import static se.agencynetwork.staffloan.StaffLoanVariables.BORROWING_AGENCY;
import static se.agencynetwork.staffloan.StaffLoanVariables.COOPERATION_RATING;
import static se.agencynetwork.staffloan.StaffLoanVariables.EVALUATION_ROLE;
import static se.agencynetwork.staffloan.StaffLoanVariables.IMPROVEMENT;
import static se.agencynetwork.staffloan.StaffLoanVariables.PURPOSE_RATING;
import static se.agencynetwork.staffloan.StaffLoanVariables.WOULD_REPEAT;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.AgencyTasks;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.ProcessVariable;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * On creation of an agency's "Utvärdera utlånet": names the task after the agency, says which part the agency
 * had in the loan and declares the answer on the agency's own execution, so that the two agencies' answers
 * never overwrite or see each other.
 */
@Component("openStaffLoanEvaluationTask")
@DelegateContract(reads = {Names.AGENCY, Names.BORROWING_AGENCY}, writes = {Names.AGENCY_NAME, Names.EVALUATION_ROLE, Names.PURPOSE_RATING,
        Names.COOPERATION_RATING, Names.WOULD_REPEAT, Names.IMPROVEMENT})
record OpenStaffLoanEvaluationTask(StaffLoanService service) implements TaskListener {

    static final List<ProcessVariable<?>> ANSWER_VARIABLES = List.of(PURPOSE_RATING, COOPERATION_RATING, WOULD_REPEAT,
            IMPROVEMENT);

    @Override
    public void notify(DelegateTask task) {
        String agency = AGENCY.require(task.getExecution());
        AgencyTasks.open(task, service.agencyName(agency), AGENCY_NAME, ANSWER_VARIABLES);
        String party = StaffLoanEvaluations.party(agency, BORROWING_AGENCY.require(task.getExecution()));
        EVALUATION_ROLE.setLocal(task.getExecution(), StaffLoanEvaluation.BORROWER.equals(party)
                ? "Lånande myndighet" : "Utlånande myndighet");
    }
}
