package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.OFFERS_OVERVIEW;
import static se.agencynetwork.staffloan.StaffLoanVariables.OFFER_OPTIONS;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.ProcessJson;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * On creation of "Välj erbjudande": the offers (salaries included) and the options to choose from
 * become variables of this task only, which the borrowing agency alone can read; they leave with it.
 */
@Component("openStaffLoanChoice")
@DelegateContract(writes = {Names.OFFER_OPTIONS, Names.OFFERS_OVERVIEW})
record OpenStaffLoanChoice(StaffLoanService service) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        List<StaffLoanOffer> offers = service.offers(task.getExecution().getProcessBusinessKey());
        task.setVariableLocal(OFFER_OPTIONS.name(), OFFER_OPTIONS.stored(ProcessJson.options(service.offerOptions(offers))));
        task.setVariableLocal(OFFERS_OVERVIEW.name(), service.offersOverview(offers));
    }
}
