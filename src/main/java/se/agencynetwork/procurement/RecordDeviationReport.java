package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.DEVIATION_REASON;
import static se.agencynetwork.procurement.ProcurementVariables.DEVIATION_REPORT;
import static se.agencynetwork.procurement.ProcurementVariables.DEVIATION_REPORTED_ON;
import static se.agencynetwork.procurement.ProcurementVariables.DEVIATION_REPORT_REFERENCE;
import static se.agencynetwork.procurement.ProcurementVariables.FRAMEWORK_AGREEMENT_NAME;
import static se.agencynetwork.procurement.ProcurementVariables.PROCURING_AGENCY;

import se.agencynetwork.procurement.ProcurementVariables.Names;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;

/** On completion: the report, the day it was sent and Kammarkollegiet's reference, in procurement_deviation_report. */
@Component("recordDeviationReport")
@DelegateContract(reads = {Names.PROCURING_AGENCY, Names.FRAMEWORK_AGREEMENT_NAME, Names.DEVIATION_REASON, Names.DEVIATION_REPORT,
        Names.DEVIATION_REPORTED_ON, Names.DEVIATION_REPORT_REFERENCE}, writes = {})
public record RecordDeviationReport(ProcurementRepository repository) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String user = task.getAssignee();
        repository.saveDeviationReport(new ProcurementRepository.DeviationReport(task.getExecution().getProcessBusinessKey(),
                PROCURING_AGENCY.get(task), FRAMEWORK_AGREEMENT_NAME.get(task), DEVIATION_REASON.get(task),
                DEVIATION_REPORT.get(task), DEVIATION_REPORTED_ON.get(task), DEVIATION_REPORT_REFERENCE.get(task),
                user), NetworkTime.nowAsDate());
    }
}
