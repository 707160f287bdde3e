package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.DEVIATION_REASON;
import static se.agencynetwork.procurement.ProcurementVariables.DEVIATION_REPORT;
import static se.agencynetwork.procurement.ProcurementVariables.DEVIATION_REPORTED_ON;
import static se.agencynetwork.procurement.ProcurementVariables.DEVIATION_REPORT_REFERENCE;
import static se.agencynetwork.procurement.ProcurementVariables.FRAMEWORK_AGREEMENT_NAME;
import static se.agencynetwork.procurement.ProcurementVariables.PROCURING_AGENCY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.procurement.ProcurementVariables.Var;

/** On completion: the report, the day it was sent and Kammarkollegiet's reference, in procurement_deviation_report. */
@Component("recordDeviationReport")
@DelegateContract(reads = {PROCURING_AGENCY, FRAMEWORK_AGREEMENT_NAME, DEVIATION_REASON, DEVIATION_REPORT,
        DEVIATION_REPORTED_ON, DEVIATION_REPORT_REFERENCE}, writes = {})
public record RecordDeviationReport(ProcurementRepository repository) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String user = task.getAssignee();
        repository.saveDeviationReport(new ProcurementRepository.DeviationReport(task.getExecution().getProcessBusinessKey(),
                Var.PROCURING_AGENCY.get(task), Var.FRAMEWORK_AGREEMENT_NAME.get(task), Var.DEVIATION_REASON.get(task),
                Var.DEVIATION_REPORT.get(task), Var.DEVIATION_REPORTED_ON.get(task), Var.DEVIATION_REPORT_REFERENCE.get(task),
                user), NetworkTime.nowAsDate());
    }
}
