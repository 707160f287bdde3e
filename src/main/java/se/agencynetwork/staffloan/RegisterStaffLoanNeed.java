package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.ANSWER_DATE;
import static se.agencynetwork.staffloan.StaffLoanVariables.BORROWING_AGENCY;
import static se.agencynetwork.staffloan.StaffLoanVariables.BORROWING_AGENCY_NAME;
import static se.agencynetwork.staffloan.StaffLoanVariables.COMPETENCE;
import static se.agencynetwork.staffloan.StaffLoanVariables.EXTENT_PERCENT;
import static se.agencynetwork.staffloan.StaffLoanVariables.INITIATOR;
import static se.agencynetwork.staffloan.StaffLoanVariables.NEED_END;
import static se.agencynetwork.staffloan.StaffLoanVariables.NEED_START;
import static se.agencynetwork.staffloan.StaffLoanVariables.PLACE;
import static se.agencynetwork.staffloan.StaffLoanVariables.REMOTE_POSSIBLE;
import static se.agencynetwork.staffloan.StaffLoanVariables.SECURITY_REQUIREMENTS;
import static se.agencynetwork.staffloan.StaffLoanVariables.TITLE;
import static se.agencynetwork.staffloan.StaffLoanVariables.WORK_DESCRIPTION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;
import se.agencynetwork.system.BusinessKeys;

/**
 * "Registrera behovet": the borrowing agency is the starter's agency in the directory (a starter
 * without one is refused in Swedish and nothing is started); business key and row.
 */
@Component("registerStaffLoanNeed")
@DelegateContract(reads = {Names.INITIATOR, Names.TITLE, Names.COMPETENCE, Names.WORK_DESCRIPTION, Names.NEED_START,
        Names.NEED_END, Names.EXTENT_PERCENT, Names.PLACE, Names.REMOTE_POSSIBLE, Names.ANSWER_DATE},
        writes = {Names.BORROWING_AGENCY, Names.BORROWING_AGENCY_NAME, Names.REMOTE_POSSIBLE})
record RegisterStaffLoanNeed(StaffLoanService service, BusinessKeys businessKeys) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String initiator = INITIATOR.require(execution);
        String agency = service.borrowingAgency(initiator);
        String businessKey = execution.getProcessBusinessKey();
        if (businessKey == null || businessKey.isBlank()) {
            businessKey = businessKeys.next(StaffLoanProcess.BUSINESS_KEY_PREFIX);
            execution.setProcessBusinessKey(businessKey);
        }
        boolean remote = REMOTE_POSSIBLE.get(execution, false);
        service.registerNeed(new StaffLoanNeed(businessKey, agency, initiator, TITLE.require(execution),
                COMPETENCE.require(execution), WORK_DESCRIPTION.require(execution), NEED_START.require(execution),
                NEED_END.require(execution), EXTENT_PERCENT.require(execution).intValue(), PLACE.require(execution),
                remote, SECURITY_REQUIREMENTS.get(execution), ANSWER_DATE.require(execution)),
                execution.getProcessInstanceId());
        BORROWING_AGENCY.set(execution, agency);
        BORROWING_AGENCY_NAME.set(execution, service.agencyName(agency));
        // the forms read a boolean, also when the checkbox was never touched
        REMOTE_POSSIBLE.set(execution, remote);
    }
}
