package se.agencynetwork.delivery;

import static se.agencynetwork.delivery.DeliveryVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;

/** {@code ${compileCourseRegistrations}}: seats taken, seats left unused and reserves waiting. */
@Component("compileCourseRegistrations")
@DelegateContract(reads = {Names.CAPACITY}, writes = {Names.REGISTERED_COUNT, Names.UNUSED_SEATS, Names.RESERVE_COUNT})
record CompileCourseRegistrations(CourseParticipants participants) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        long capacity = CAPACITY.require(execution);
        long registered = participants.of(key).size();
        REGISTERED_COUNT.set(execution, registered);
        UNUSED_SEATS.set(execution, Math.max(0, capacity - registered));
        RESERVE_COUNT.set(execution, (long) participants.reserves(key).size());
    }
}
