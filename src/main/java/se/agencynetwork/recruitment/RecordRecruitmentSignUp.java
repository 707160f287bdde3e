package se.agencynetwork.recruitment;

import static se.agencynetwork.recruitment.RecruitmentVariables.AGENCY;
import static se.agencynetwork.recruitment.RecruitmentVariables.AGENCY_CONTRIBUTION;
import static se.agencynetwork.recruitment.RecruitmentVariables.TAKES_PART;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.recruitment.RecruitmentRepository.SignUp;
import se.agencynetwork.recruitment.RecruitmentVariables.Names;

/**
 * Stores an agency's sign-up answer (task listener on {@code complete}); a checkbox left alone is "does
 * not take part", and a contribution counts only for an agency that takes part.
 */
@Component("recordRecruitmentSignUp")
@DelegateContract(reads = {Names.AGENCY, Names.TAKES_PART, Names.AGENCY_CONTRIBUTION})
record RecordRecruitmentSignUp(RecruitmentRepository repository) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution agencyExecution = task.getExecution();
        boolean takesPart = Boolean.TRUE.equals(TAKES_PART.read(agencyExecution.getVariableLocal(TAKES_PART.name())));
        Object contribution = agencyExecution.getVariableLocal(AGENCY_CONTRIBUTION.name());
        String text = takesPart && contribution != null && !contribution.toString().isBlank()
                ? contribution.toString().strip() : null;
        repository.insertSignUp(agencyExecution.getProcessBusinessKey(),
                new SignUp(AGENCY.require(agencyExecution), takesPart, text, Actors.of(task)), NetworkTime.now());
    }
}
