package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.AGREEMENT_SUMMARY;
import static se.agencynetwork.staffloan.StaffLoanVariables.BORROWING_AGENCY_NAME;
import static se.agencynetwork.staffloan.StaffLoanVariables.EXTRA_COSTS;
import static se.agencynetwork.staffloan.StaffLoanVariables.EXTRA_COSTS_TEXT;
import static se.agencynetwork.staffloan.StaffLoanVariables.LENDING_AGENCY_NAME;
import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_END;
import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_EXTENT;
import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_MONTHLY_SALARY;
import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_PERSON;
import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_START;
import static se.agencynetwork.staffloan.StaffLoanVariables.MONTHLY_REIMBURSEMENT;
import static se.agencynetwork.staffloan.StaffLoanVariables.NOTICE_MONTHS;
import static se.agencynetwork.staffloan.StaffLoanVariables.PLACE_OF_WORK;
import static se.agencynetwork.staffloan.StaffLoanVariables.SECRECY_TERMS;
import static se.agencynetwork.staffloan.StaffLoanVariables.TRAVEL_COSTS;
import static se.agencynetwork.staffloan.StaffLoanVariables.WORKING_HOURS;
import static se.agencynetwork.staffloan.StaffLoanVariables.WORK_LEADER;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.Money;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;

/**
 * "Beräkna ersättningen": the monthly reimbursement (salary × extent, the personnel overhead in force
 * on the first day, the agreed extra costs) to the öre; the terms are stored and summarized for the
 * two heads who approve them.
 */
@Component("draftStaffLoanAgreement")
@DelegateContract(reads = {Names.LOAN_START, Names.LOAN_END, Names.LOAN_EXTENT, Names.PLACE_OF_WORK, Names.WORK_LEADER,
        Names.WORKING_HOURS, Names.SECRECY_TERMS, Names.TRAVEL_COSTS, Names.NOTICE_MONTHS, Names.EXTRA_COSTS,
        Names.EXTRA_COSTS_TEXT, Names.LOAN_MONTHLY_SALARY, Names.LOAN_PERSON, Names.LENDING_AGENCY_NAME,
        Names.BORROWING_AGENCY_NAME},
        writes = {Names.MONTHLY_REIMBURSEMENT, Names.AGREEMENT_SUMMARY})
record DraftStaffLoanAgreement(StaffLoanService service) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        AgreementTerms terms = new AgreementTerms(LOAN_START.require(execution), LOAN_END.require(execution),
                LOAN_EXTENT.require(execution).intValue(), PLACE_OF_WORK.require(execution),
                WORK_LEADER.require(execution), WORKING_HOURS.require(execution), SECRECY_TERMS.get(execution),
                TRAVEL_COSTS.require(execution), NOTICE_MONTHS.require(execution).intValue(), EXTRA_COSTS_TEXT.get(execution));
        Money salary = LOAN_MONTHLY_SALARY.require(execution);
        Reimbursement reimbursement = service.agree(execution.getProcessBusinessKey(), terms, salary,
                EXTRA_COSTS.get(execution));
        MONTHLY_REIMBURSEMENT.set(execution, reimbursement.monthlyTotal());
        Map<String, String> lines = StaffLoanService.lines();
        lines.put("Utlånande myndighet (arbetsgivare)", LENDING_AGENCY_NAME.require(execution));
        lines.put("Lånande myndighet", BORROWING_AGENCY_NAME.require(execution));
        lines.put("Medarbetare", LOAN_PERSON.require(execution));
        lines.put("Period", terms.start() + " – " + terms.end());
        lines.put("Omfattning", terms.extentPercent() + " % av heltid");
        lines.put("Arbetsplats", terms.placeOfWork());
        lines.put("Arbetsledning", terms.workLeader());
        lines.put("Arbetstid", terms.workingHours());
        lines.put("Sekretess och säkerhet", terms.secrecyTerms() == null ? "–" : terms.secrecyTerms());
        lines.put("Resekostnader", terms.travelCosts());
        lines.put("Uppsägningstid", terms.noticePeriod());
        lines.put("Månadslön", salary.swedish() + " kr");
        lines.put("Lönekostnad för omfattningen", reimbursement.salaryShare().swedish() + " kr");
        lines.put("Lönekostnadspåslag " + reimbursement.overheadPercent(), reimbursement.overhead().swedish() + " kr");
        lines.put("Överenskomna extra kostnader", reimbursement.extraCosts().swedish() + " kr"
                + (terms.extraCostsText() == null || terms.extraCostsText().isBlank() ? "" : " (" + terms.extraCostsText() + ")"));
        lines.put("Ersättning per månad", reimbursement.monthlyTotal().swedish() + " kr");
        AGREEMENT_SUMMARY.set(execution, StaffLoanService.summary(lines));
    }
}
