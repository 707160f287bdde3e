package se.agencynetwork.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A step of the test model that always fails, so that the whole transaction rolls back. */
public class FailingStep implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        throw new IllegalStateException("fails on purpose (test)");
    }
}
