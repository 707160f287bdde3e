package se.agencynetwork.recruitment;

import static se.agencynetwork.recruitment.RecruitmentVariables.AGENCY;
import static se.agencynetwork.recruitment.RecruitmentVariables.HIRES;
import static se.agencynetwork.recruitment.RecruitmentVariables.HIRES_COMMENT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.recruitment.RecruitmentVariables.Names;

/** Stores an agency's reported hires (task listener on {@code complete}); the form requires the number. */
@Component("recordRecruitmentHires")
@DelegateContract(reads = {Names.AGENCY, Names.HIRES, Names.HIRES_COMMENT})
record RecordRecruitmentHires(RecruitmentRepository repository) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution agencyExecution = task.getExecution();
        Long hires = HIRES.read(agencyExecution.getVariableLocal(HIRES.name()));
        if (hires == null) {
            throw new IllegalStateException("process variable 'hires' is missing");
        }
        Object comment = agencyExecution.getVariableLocal(HIRES_COMMENT.name());
        repository.insertHires(agencyExecution.getProcessBusinessKey(), AGENCY.require(agencyExecution), hires,
                comment == null || comment.toString().isBlank() ? null : comment.toString().strip(), Actors.of(task),
                NetworkTime.now());
    }
}
