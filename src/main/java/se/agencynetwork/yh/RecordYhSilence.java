package se.agencynetwork.yh;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;

/** {@code ${recordYhSilence}}: the deadline passed; every letter without an answer is recorded as silence. */
@Component("recordYhSilence")
@DelegateContract
record RecordYhSilence(YhApplications applications) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        applications.recordSilence(execution.getProcessBusinessKey());
    }
}
