package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;

/**
 * Stores a pair's check-in: the meetings held so far (the number, never their contents) and, if the
 * pair ended early, why; at the closing a pair that ran to the end is completed.
 */
@Component("recordMentorshipCheckIn")
@DelegateContract(reads = {Names.PAIR_ID, Names.MEETINGS_HELD, Names.ENDED_EARLY, Names.END_REASON})
record RecordCheckIn(MentorshipService service) implements TaskListener {

    /** The closing check-in's task; every other check-in is the mid-point's. */
    static final String CLOSING_TASK = "UserTask_ClosingCheckIn";

    @Override
    public void notify(DelegateTask task) {
        String reason = END_REASON.get(task);
        service.checkIn(task.getExecution().getProcessBusinessKey(), PAIR_ID.require(task), MEETINGS_HELD.get(task, 0L),
                ENDED_EARLY.get(task, false), reason == null || reason.isBlank() ? null : reason.trim(),
                CLOSING_TASK.equals(task.getTaskDefinitionKey()), NetworkTime.now());
    }
}
