package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.COMPLETED_PAIR_COUNT;
import static se.agencynetwork.mentorship.MentorshipVariables.TOTAL_MEETINGS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;

/** "Avsluta programmet": the programme is closed with the pairs that ran to the end and the meetings held. */
@Component("closeMentorship")
@DelegateContract(writes = {Names.COMPLETED_PAIR_COUNT, Names.TOTAL_MEETINGS})
record CloseProgramme(MentorshipService service) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        MentorshipService.Closing closing = service.close(execution.getProcessBusinessKey(), NetworkTime.now());
        COMPLETED_PAIR_COUNT.set(execution, closing.completedPairs());
        TOTAL_MEETINGS.set(execution, closing.meetings());
    }
}
