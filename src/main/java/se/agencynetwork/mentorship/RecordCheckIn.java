package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;

/**
 * Stores a pair's check-in: the meetings held so far (the number, never their contents); at the closing
 * the pair has run to the end and is completed. A pair ends early in its own task ({@link RecordEarlyEnd}).
 */
@Component("recordMentorshipCheckIn")
@DelegateContract(reads = {Names.PAIR_ID, Names.MEETINGS_HELD})
record RecordCheckIn(MentorshipService service) implements TaskListener {

    /** The closing check-in's task; every other check-in is the mid-point's. */
    static final String CLOSING_TASK = "UserTask_ClosingCheckIn";

    @Override
    public void notify(DelegateTask task) {
        service.checkIn(task.getExecution().getProcessBusinessKey(), PAIR_ID.require(task), MEETINGS_HELD.get(task, 0L),
                CLOSING_TASK.equals(task.getTaskDefinitionKey()), NetworkTime.now());
    }
}
