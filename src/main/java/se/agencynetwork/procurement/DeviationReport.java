package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.CPV_CODE;
import static se.agencynetwork.procurement.ProcurementVariables.DEVIATION_REASON;
import static se.agencynetwork.procurement.ProcurementVariables.DEVIATION_REPORT;
import static se.agencynetwork.procurement.ProcurementVariables.DEVIATION_REPORTED_ON;
import static se.agencynetwork.procurement.ProcurementVariables.DEVIATION_REPORT_REFERENCE;
import static se.agencynetwork.procurement.ProcurementVariables.ESTIMATED_VALUE;
import static se.agencynetwork.procurement.ProcurementVariables.FRAMEWORK_AGREEMENT_NAME;
import static se.agencynetwork.procurement.ProcurementVariables.PROCURING_AGENCY;
import static se.agencynetwork.procurement.ProcurementVariables.SUBJECT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.directory.Agency;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.procurement.ProcurementVariables.Var;

/**
 * The avstegsanmälan: a state agency that does not use a state framework agreement covering its need reports
 * why to Kammarkollegiet (förordning 1998:796 om statlig inköpssamordning). The beans below prepare its text on
 * the task (the document the administrator sends, or pastes into Kammarkollegiet's form) and record it with the
 * day it was sent and Kammarkollegiet's reference.
 */
public final class DeviationReport {

    private DeviationReport() {
    }

    /** The report's text (Swedish). */
    static String text(String agencyName, String framework, String subject, String cpv, long value, String reason,
            String businessKey) {
        return "Avstegsanmälan till Kammarkollegiet (Statens inköpscentral)\n"
                + "Myndighet: " + agencyName + ", för Myndighetsnätverkets medfinansierande myndigheter (ärende " + businessKey + ")\n"
                + "Statligt ramavtal som inte används: " + framework + "\n"
                + "Vad som köps: " + subject + " (CPV " + cpv + "), uppskattat värde " + ProcurementSupport.kronor(value)
                + " exkl. moms\n"
                + "Skäl till avsteget: " + reason + "\n"
                + "Anmälan görs enligt förordningen (1998:796) om statlig inköpssamordning.";
    }

    /** On creation of the report task: the text of the avstegsanmälan. */
    @Component("prepareDeviationReport")
    @DelegateContract(reads = {PROCURING_AGENCY, FRAMEWORK_AGREEMENT_NAME, SUBJECT, CPV_CODE, ESTIMATED_VALUE, DEVIATION_REASON},
            writes = {DEVIATION_REPORT})
    public static class Prepare implements TaskListener {
        private final NetworkDirectory directory;

        public Prepare(NetworkDirectory directory) {
            this.directory = directory;
        }

        @Override
        public void notify(DelegateTask task) {
            String agency = Var.PROCURING_AGENCY.get(task);
            Var.DEVIATION_REPORT.set(task.getExecution(), text(directory.agency(agency).map(Agency::name).orElse(agency),
                    Var.FRAMEWORK_AGREEMENT_NAME.get(task), Var.SUBJECT.get(task), Var.CPV_CODE.get(task),
                    Var.ESTIMATED_VALUE.require(task).wholeKronorRoundedUp(), Var.DEVIATION_REASON.get(task),
                    task.getExecution().getProcessBusinessKey()));
        }
    }

    /** On completion: the report, the day it was sent and Kammarkollegiet's reference, in procurement_deviation_report. */
    @Component("recordDeviationReport")
    @DelegateContract(reads = {PROCURING_AGENCY, FRAMEWORK_AGREEMENT_NAME, DEVIATION_REASON, DEVIATION_REPORT,
            DEVIATION_REPORTED_ON, DEVIATION_REPORT_REFERENCE}, writes = {})
    public static class Record implements TaskListener {
        private final ProcurementRepository repository;

        public Record(ProcurementRepository repository) {
            this.repository = repository;
        }

        @Override
        public void notify(DelegateTask task) {
            String user = task.getAssignee();
            repository.saveDeviationReport(new ProcurementRepository.DeviationReport(task.getExecution().getProcessBusinessKey(),
                    Var.PROCURING_AGENCY.get(task), Var.FRAMEWORK_AGREEMENT_NAME.get(task), Var.DEVIATION_REASON.get(task),
                    Var.DEVIATION_REPORT.get(task), Var.DEVIATION_REPORTED_ON.get(task), Var.DEVIATION_REPORT_REFERENCE.get(task),
                    user), NetworkTime.nowAsDate());
        }
    }
}
