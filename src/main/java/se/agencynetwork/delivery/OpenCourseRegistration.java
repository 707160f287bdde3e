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
@DelegateContract(reads = {Names.AGENCY, Names.SEATS_BY_AGENCY, Names.INTEREST_BY_AGENCY},
        writes = {Names.AGENCY_NAME, Names.AGENCY_SEATS, Names.AGENCY_INTEREST, Names.PARTICIPANTS, Names.RESERVES})
record OpenCourseRegistration(NetworkDirectory directory) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution agencyExecution = task.getExecution();
        String agency = AGENCY.require(agencyExecution);
        String name = directory.agencyName(agency);
        task.setName(task.getName() + " – " + name);
        AGENCY_NAME.setLocal(agencyExecution, name);
        AGENCY_SEATS.setLocal(agencyExecution, SEATS_BY_AGENCY.require(task).getOrDefault(agency, 0L));
        AGENCY_INTEREST.setLocal(agencyExecution, INTEREST_BY_AGENCY.require(task).getOrDefault(agency, 0L));
        PARTICIPANTS.setLocal(agencyExecution, null);
        RESERVES.setLocal(agencyExecution, null);
    }
}
