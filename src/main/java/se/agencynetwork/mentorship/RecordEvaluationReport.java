package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.EVALUATION_REPORT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.process.DelegateContract;

/** "Skriv rapport om utvärderingen": the network coordinator's conclusions are kept with the programme. */
@Component("recordMentorshipEvaluationReport")
@DelegateContract(reads = Names.EVALUATION_REPORT)
record RecordEvaluationReport(MentorshipRepository repository) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        repository.recordEvaluationReport(task.getExecution().getProcessBusinessKey(), EVALUATION_REPORT.require(task).strip());
    }
}
