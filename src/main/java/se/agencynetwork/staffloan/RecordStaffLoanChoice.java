package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.CHOICE_REASON;
import static se.agencynetwork.staffloan.StaffLoanVariables.CHOSEN_OFFER;
import static se.agencynetwork.staffloan.StaffLoanVariables.CLOSE_REASON;
import static se.agencynetwork.staffloan.StaffLoanVariables.LENDING_AGENCY;
import static se.agencynetwork.staffloan.StaffLoanVariables.LENDING_AGENCY_NAME;
import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_END;
import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_EXTENT;
import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_MONTHLY_SALARY;
import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_PERSON;
import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_START;
import static se.agencynetwork.staffloan.StaffLoanVariables.OFFER_CHOSEN;
import static se.agencynetwork.staffloan.StaffLoanVariables.PLACE;
import static se.agencynetwork.staffloan.StaffLoanVariables.PLACE_OF_WORK;
import static se.agencynetwork.staffloan.StaffLoanVariables.SECRECY_TERMS;
import static se.agencynetwork.staffloan.StaffLoanVariables.SECURITY_REQUIREMENTS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * At the end of "Välj erbjudande": the chosen offer becomes the loan's lending agency and person,
 * and fills in the agreement's first terms; the lending agency's heads are told. Choosing none keeps
 * the reason for the closing step.
 */
@Component("recordStaffLoanChoice")
@DelegateContract(reads = {Names.CHOSEN_OFFER, Names.CHOICE_REASON, Names.PLACE, Names.SECURITY_REQUIREMENTS},
        writes = {Names.OFFER_CHOSEN, Names.CLOSE_REASON, Names.LENDING_AGENCY, Names.LENDING_AGENCY_NAME,
                Names.LOAN_PERSON, Names.LOAN_MONTHLY_SALARY, Names.LOAN_START, Names.LOAN_END, Names.LOAN_EXTENT,
                Names.PLACE_OF_WORK, Names.SECRECY_TERMS})
record RecordStaffLoanChoice(StaffLoanService service, StaffLoanMails mails) implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        String chosen = CHOSEN_OFFER.require(execution);
        if (StaffLoanVariables.NO_OFFER.equals(chosen)) {
            OFFER_CHOSEN.set(execution, false);
            CLOSE_REASON.set(execution, CHOICE_REASON.require(execution));
            return;
        }
        StaffLoanOffer offer = service.choose(execution.getProcessBusinessKey(), chosen);
        OFFER_CHOSEN.set(execution, true);
        LENDING_AGENCY.set(execution, offer.agencyCode());
        LENDING_AGENCY_NAME.set(execution, service.agencyName(offer.agencyCode()));
        LOAN_PERSON.set(execution, offer.personName() + " (" + offer.personEmail() + ")");
        LOAN_MONTHLY_SALARY.set(execution, offer.monthlySalary());
        LOAN_START.set(execution, offer.start());
        LOAN_END.set(execution, offer.end());
        LOAN_EXTENT.set(execution, (long) offer.extentPercent());
        PLACE_OF_WORK.set(execution, PLACE.get(execution));
        SECRECY_TERMS.set(execution, SECURITY_REQUIREMENTS.get(execution));
        mails.send(execution, mails.headsOf(offer.agencyCode()), "Ert erbjudande har valts",
                "Den lånande myndigheten har valt ert erbjudande (" + offer.personName() + "). Ett avtal skrivs nu;"
                        + " ni får det för godkännande i Tasklist.", null, false, "chosen:" + offer.agencyCode());
        for (StaffLoanOffer other : service.offers(execution.getProcessBusinessKey())) {
            if (!other.agencyCode().equals(offer.agencyCode())) {
                mails.send(execution, mails.headsOf(other.agencyCode()), "Ert erbjudande valdes inte",
                        "Tack för ert erbjudande. Den lånande myndigheten har valt ett annat.", null, false,
                        "not-chosen:" + other.agencyCode());
            }
        }
    }
}
