package se.agencynetwork.models;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import se.agencynetwork.process.DelegateContract;

/** Test-only delegate named by {@code camunda:class} in models/valid/code-started.bpmn. */
@DelegateContract(reads = {"mailId", "kind"})
public class CodeStartedDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        // nothing: the model checks only read the contract
    }
}
