package se.agencynetwork.delivery;

import static se.agencynetwork.delivery.DeliveryVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;

/** {@code ${compileCourseRegistrations}}: seats taken, seats left unused and reserves waiting. */
@Component("compileCourseRegistrations")
@DelegateContract(reads = {CAPACITY}, writes = {REGISTERED_COUNT, UNUSED_SEATS, RESERVE_COUNT})
record CompileCourseRegistrations(CourseParticipants participants) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        long capacity = Var.CAPACITY.require(execution);
        long registered = participants.of(key).size();
        Var.REGISTERED_COUNT.set(execution, registered);
        Var.UNUSED_SEATS.set(execution, Math.max(0, capacity - registered));
        Var.RESERVE_COUNT.set(execution, (long) participants.reserves(key).size());
    }
}
