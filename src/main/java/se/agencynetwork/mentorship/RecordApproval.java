package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;

/** Stores the head's decision on the agency's nominees: approved ones may be matched. */
@Component("recordMentorshipApproval")
@DelegateContract(reads = {Names.AGENCY, Names.HEAD_APPROVES, Names.HEAD_COMMENT})
record RecordApproval(MentorshipService service) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String comment = HEAD_COMMENT.get(task);
        service.approve(task.getExecution().getProcessBusinessKey(), AGENCY.require(task), HEAD_APPROVES.get(task, false),
                Actors.of(task), NetworkTime.now(), comment == null || comment.isBlank() ? null : comment.trim());
    }
}
