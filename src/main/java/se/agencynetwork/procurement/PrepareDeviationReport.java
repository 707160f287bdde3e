package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.CPV_CODE;
import static se.agencynetwork.procurement.ProcurementVariables.DEVIATION_REASON;
import static se.agencynetwork.procurement.ProcurementVariables.DEVIATION_REPORT;
import static se.agencynetwork.procurement.ProcurementVariables.ESTIMATED_VALUE;
import static se.agencynetwork.procurement.ProcurementVariables.FRAMEWORK_AGREEMENT_NAME;
import static se.agencynetwork.procurement.ProcurementVariables.PROCURING_AGENCY;
import static se.agencynetwork.procurement.ProcurementVariables.SUBJECT;

import se.agencynetwork.procurement.ProcurementVariables.Names;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.DelegateContract;

/** On creation of the report task: the text of the avstegsanmälan. */
@Component("prepareDeviationReport")
@DelegateContract(reads = {Names.PROCURING_AGENCY, Names.FRAMEWORK_AGREEMENT_NAME, Names.SUBJECT, Names.CPV_CODE, Names.ESTIMATED_VALUE, Names.DEVIATION_REASON},
        writes = {Names.DEVIATION_REPORT})
public record PrepareDeviationReport(NetworkDirectory directory) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String agency = PROCURING_AGENCY.get(task);
        DEVIATION_REPORT.set(task.getExecution(), DeviationReport.text(directory.agencyName(agency),
                FRAMEWORK_AGREEMENT_NAME.get(task), SUBJECT.get(task), CPV_CODE.get(task),
                ESTIMATED_VALUE.require(task).wholeKronorRoundedUp(), DEVIATION_REASON.get(task),
                task.getExecution().getProcessBusinessKey()));
    }
}
