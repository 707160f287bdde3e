package se.agencynetwork.delivery;

import static se.agencynetwork.delivery.DeliveryVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.DelegateContract;

/** {@code ${openCourseRegistration}} (task create): the agency's name and seats, local to its registration. */
@Component("openCourseRegistration")
@DelegateContract(reads = {AGENCY, SEATS_BY_AGENCY, INTEREST_BY_AGENCY},
        writes = {AGENCY_NAME, AGENCY_SEATS, AGENCY_INTEREST, PARTICIPANTS, RESERVES})
record OpenCourseRegistration(NetworkDirectory directory) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution agencyExecution = task.getExecution();
        String agency = Var.AGENCY.require(agencyExecution);
        String name = directory.agencyName(agency);
        task.setName(task.getName() + " – " + name);
        Var.AGENCY_NAME.setLocal(agencyExecution, name);
        Var.AGENCY_SEATS.setLocal(agencyExecution, Var.SEATS_BY_AGENCY.require(task).getOrDefault(agency, 0L));
        Var.AGENCY_INTEREST.setLocal(agencyExecution, Var.INTEREST_BY_AGENCY.require(task).getOrDefault(agency, 0L));
        Var.PARTICIPANTS.setLocal(agencyExecution, null);
        Var.RESERVES.setLocal(agencyExecution, null);
    }
}
