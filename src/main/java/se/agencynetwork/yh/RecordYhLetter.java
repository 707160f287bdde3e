package se.agencynetwork.yh;

import static se.agencynetwork.yh.YhVariables.AGENCY;
import static se.agencynetwork.yh.YhVariables.HIRING_NEED;
import static se.agencynetwork.yh.YhVariables.LETTER_ANSWER;
import static se.agencynetwork.yh.YhVariables.LETTER_COMMENT;
import static se.agencynetwork.yh.YhVariables.LIA_PLACES;
import static se.agencynetwork.yh.YhVariables.REFERENCE_PERSON;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.yh.YhVariables.Names;

/** {@code ${recordYhLetter}} (task complete): the head's signature or decline into yh_letter_of_intent. */
@Component("recordYhLetter")
@DelegateContract(reads = {Names.AGENCY, Names.LETTER_ANSWER, Names.HIRING_NEED, Names.LIA_PLACES,
        Names.REFERENCE_PERSON, Names.LETTER_COMMENT})
record RecordYhLetter(YhApplications applications) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        LetterOfIntent.Answer answer = LetterOfIntent.Answer.of(String.valueOf(LETTER_ANSWER.get(task)));
        boolean signed = answer == LetterOfIntent.Answer.SIGNED;
        String person = REFERENCE_PERSON.get(task);
        applications.answer(task.getExecution().getProcessBusinessKey(), AGENCY.get(task.getExecution()), answer,
                signed ? HIRING_NEED.get(task, 0) : 0, signed ? LIA_PLACES.get(task, 0) : 0,
                signed ? String.valueOf(person).trim() : null, LETTER_COMMENT.get(task), answeredBy(task));
    }

    /** The head who completed the task (Tasklist and the REST API authenticate them), else its assignee. */
    private static String answeredBy(DelegateTask task) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : task.getAssignee();
    }
}
