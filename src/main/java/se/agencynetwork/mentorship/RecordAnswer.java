package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.process.DelegateContract;

/** Stores a party's answer to its pair, as its training coordinator recorded it. */
@Component("recordMentorshipAnswer")
@DelegateContract(reads = {Names.PARTY, Names.ACCEPTS, Names.DECLINE_REASON})
record RecordAnswer(MentorshipService service) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String reason = DECLINE_REASON.get(task);
        service.answer(task.getExecution().getProcessBusinessKey(), PARTY.require(task), ACCEPTS.get(task, false),
                reason == null || reason.isBlank() ? null : reason.trim());
    }
}
