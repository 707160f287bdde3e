package se.agencynetwork.yh;

import static se.agencynetwork.yh.YhVariables.AGENCY;
import static se.agencynetwork.yh.YhVariables.AGENCY_NAME;
import static se.agencynetwork.yh.YhVariables.HIRING_NEED;
import static se.agencynetwork.yh.YhVariables.LETTER_ANSWER;
import static se.agencynetwork.yh.YhVariables.LETTER_COMMENT;
import static se.agencynetwork.yh.YhVariables.LIA_PLACES;
import static se.agencynetwork.yh.YhVariables.REFERENCE_PERSON;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.Agency;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.AgencyTasks;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.ProcessVariable;
import se.agencynetwork.yh.YhVariables.Names;

/** {@code ${openYhLetter}} (task create): the agency's name in the task and its own, empty answer. */
@Component("openYhLetter")
@DelegateContract(reads = {Names.AGENCY}, writes = {Names.AGENCY_NAME, Names.LETTER_ANSWER, Names.HIRING_NEED,
        Names.LIA_PLACES, Names.REFERENCE_PERSON, Names.LETTER_COMMENT})
class OpenYhLetter implements TaskListener {

    /** The head's answer: each agency answers for itself, so the form's values stay in the agency's execution. */
    private static final List<ProcessVariable<?>> ANSWER = List.of(LETTER_ANSWER, HIRING_NEED, LIA_PLACES,
            REFERENCE_PERSON, LETTER_COMMENT);

    private final NetworkDirectory directory;

    OpenYhLetter(NetworkDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void notify(DelegateTask task) {
        String code = AGENCY.get(task.getExecution());
        AgencyTasks.open(task, directory.agency(code).map(Agency::name).orElse(code), AGENCY_NAME, ANSWER);
    }
}
