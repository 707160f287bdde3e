package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.CPV_CODE;
import static se.agencynetwork.procurement.ProcurementVariables.DEVIATION_REASON;
import static se.agencynetwork.procurement.ProcurementVariables.DEVIATION_REPORT;
import static se.agencynetwork.procurement.ProcurementVariables.ESTIMATED_VALUE;
import static se.agencynetwork.procurement.ProcurementVariables.FRAMEWORK_AGREEMENT_NAME;
import static se.agencynetwork.procurement.ProcurementVariables.PROCURING_AGENCY;
import static se.agencynetwork.procurement.ProcurementVariables.SUBJECT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.procurement.ProcurementVariables.Var;

/** On creation of the report task: the text of the avstegsanmälan. */
@Component("prepareDeviationReport")
@DelegateContract(reads = {PROCURING_AGENCY, FRAMEWORK_AGREEMENT_NAME, SUBJECT, CPV_CODE, ESTIMATED_VALUE, DEVIATION_REASON},
        writes = {DEVIATION_REPORT})
public record PrepareDeviationReport(NetworkDirectory directory) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String agency = Var.PROCURING_AGENCY.get(task);
        Var.DEVIATION_REPORT.set(task.getExecution(), DeviationReport.text(directory.agencyName(agency),
                Var.FRAMEWORK_AGREEMENT_NAME.get(task), Var.SUBJECT.get(task), Var.CPV_CODE.get(task),
                Var.ESTIMATED_VALUE.require(task).wholeKronorRoundedUp(), Var.DEVIATION_REASON.get(task),
                task.getExecution().getProcessBusinessKey()));
    }
}
