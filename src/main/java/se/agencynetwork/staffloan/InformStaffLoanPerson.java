package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.LENDING_AGENCY_NAME;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.notification.Recipient;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * "Meddela medarbetaren": the person lent (who needs no account) is told by mail where and when they
 * work; the mail carries no salary or reimbursement figures.
 */
@Component("informStaffLoanPerson")
@DelegateContract(reads = {Names.LENDING_AGENCY_NAME, Names.BORROWING_AGENCY_NAME})
record InformStaffLoanPerson(StaffLoanRepository repository, StaffLoanMails mails) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        StaffLoanAgreement agreement = repository.agreement(execution.getProcessBusinessKey()).orElseThrow();
        mails.send(execution, List.of(new Recipient(null, agreement.personEmail(), agreement.personName())),
                "Ditt utlån är bekräftat", "Avtalet om ditt utlån är godkänt och ditt samtycke registrerat. Du är"
                        + " fortsatt anställd hos " + LENDING_AGENCY_NAME.require(execution) + " och arbetar "
                        + agreement.extentPercent() + " % hos " + StaffLoanVariables.BORROWING_AGENCY_NAME.require(execution)
                        + " " + agreement.start() + " – " + agreement.end() + " på " + agreement.placeOfWork()
                        + ", med " + agreement.workLeader() + " som arbetsledare.", null, false, "person");
    }
}
