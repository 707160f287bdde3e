package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.NOMINATING_AGENCIES;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.process.DelegateContract;

/** "Sammanställ anmälningarna": the agencies that nominated someone, whose heads are asked to approve. */
@Component("compileMentorshipNominations")
@DelegateContract(writes = {Names.NOMINATING_AGENCIES})
record CompileNominations(MentorshipService service) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        NOMINATING_AGENCIES.set(execution, service.nominatingAgencies(execution.getProcessBusinessKey()));
    }
}
