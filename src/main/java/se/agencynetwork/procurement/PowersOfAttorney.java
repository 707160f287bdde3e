package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.POWERS_OF_ATTORNEY;
import static se.agencynetwork.procurement.ProcurementVariables.POWER_OF_ATTORNEY_AGENCIES;
import static se.agencynetwork.procurement.ProcurementVariables.POWER_OF_ATTORNEY_GRANTED;
import static se.agencynetwork.procurement.ProcurementVariables.PROCURING_AGENCY;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.directory.Agency;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.ProcessJson;
import se.agencynetwork.procurement.ProcurementVariables.Var;

/**
 * Joint procurement: one agency procures on behalf of the others, who give it a power of attorney (fullmakt).
 * After the heads approved the start, the head of every co-funding agency but the procuring one gives it in a
 * task of its own (parallel); each is recorded in procurement_power_of_attorney and listed in the direct-award
 * documentation and on the contract.
 */
public final class PowersOfAttorney {

    private PowersOfAttorney() {
    }

    /** The co-funders left after the start approvals, but the procuring agency: one task each. */
    @Component("preparePowersOfAttorney")
    @DelegateContract(reads = {CostSharingVariables.CO_FUNDING_AGENCIES, PROCURING_AGENCY}, writes = {POWER_OF_ATTORNEY_AGENCIES})
    public static class Prepare implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            List<String> agencies = new ArrayList<>(ProcessJson.strings(execution.getVariable(CostSharingVariables.CO_FUNDING_AGENCIES)));
            agencies.remove(Var.PROCURING_AGENCY.get(execution));
            agencies.sort(null);
            Var.POWER_OF_ATTORNEY_AGENCIES.set(execution, agencies);
        }
    }

    /** On completion of a head's task: the power of attorney, by whom and when. */
    @Component("recordPowerOfAttorney")
    @DelegateContract(reads = {CostSharingVariables.AGENCY_CODE, PROCURING_AGENCY, POWER_OF_ATTORNEY_GRANTED}, writes = {})
    public static class Record implements TaskListener {
        private final ProcurementRepository repository;

        public Record(ProcurementRepository repository) {
            this.repository = repository;
        }

        @Override
        public void notify(DelegateTask task) {
            String user = task.getAssignee();
            if (user == null && task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() != null) {
                user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
            }
            repository.savePowerOfAttorney(task.getExecution().getProcessBusinessKey(),
                    String.valueOf(task.getVariable(CostSharingVariables.AGENCY_CODE)), Var.PROCURING_AGENCY.get(task),
                    user, NetworkTime.nowAsDate());
        }
    }

    /** On creation of the documentation and contract tasks: the powers of attorney given, in Swedish. */
    @Component("showPowersOfAttorney")
    @DelegateContract(reads = {PROCURING_AGENCY}, writes = {POWERS_OF_ATTORNEY})
    public static class Show implements TaskListener {
        private final ProcurementRepository repository;
        private final NetworkDirectory directory;

        public Show(ProcurementRepository repository, NetworkDirectory directory) {
            this.repository = repository;
            this.directory = directory;
        }

        @Override
        public void notify(DelegateTask task) {
            Var.POWERS_OF_ATTORNEY.setLocal(task, summary(repository, directory, task.getExecution().getProcessBusinessKey(),
                    Var.PROCURING_AGENCY.get(task)));
        }
    }

    /** "CSN: fullmakt given 2026-12-03 av chef-csn; …", or that none was needed. */
    static String summary(ProcurementRepository repository, NetworkDirectory directory, String businessKey, String procuringAgency) {
        List<ProcurementRepository.PowerOfAttorney> given = repository.powersOfAttorney(businessKey);
        String to = directory.agency(procuringAgency).map(Agency::name).orElse(procuringAgency);
        if (given.isEmpty()) {
            return to + " upphandlar för egen räkning (ingen fullmakt behövs).";
        }
        List<String> lines = new ArrayList<>();
        for (ProcurementRepository.PowerOfAttorney p : given) {
            lines.add(directory.agency(p.agency()).map(Agency::name).orElse(p.agency()) + ": fullmakt till " + to + " given "
                    + p.grantedOn() + (p.grantedBy() == null ? "" : " av " + p.grantedBy()));
        }
        return String.join("\n", lines);
    }
}
