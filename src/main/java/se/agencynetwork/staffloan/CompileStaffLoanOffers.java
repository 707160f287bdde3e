package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.CLOSE_REASON;
import static se.agencynetwork.staffloan.StaffLoanVariables.OFFER_COUNT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * "Sammanställ erbjudandena": how many offers came in (the offers themselves stay in their table;
 * the choice task shows them to the borrowing agency only).
 */
@Component("compileStaffLoanOffers")
@DelegateContract(writes = {Names.OFFER_COUNT, Names.CLOSE_REASON})
record CompileStaffLoanOffers(StaffLoanService service) implements JavaDelegate {

    static final String NO_OFFERS = "Inga erbjudanden kom in till och med sista svarsdagen.";

    @Override
    public void execute(DelegateExecution execution) {
        int count = service.offers(execution.getProcessBusinessKey()).size();
        OFFER_COUNT.set(execution, count);
        if (count == 0) {
            CLOSE_REASON.set(execution, NO_OFFERS);
        }
    }
}
