package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.process.AgencyTasks;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.ProcessVariable;

/**
 * On creation of an agency's "Anmäl deltagare till mentorprogrammet": the agency's name in the task
 * name, and the nomination's variables declared on the agency's own execution (as every agency round does).
 */
@Component("openMentorshipNomination")
@DelegateContract(reads = {Names.AGENCY}, writes = {Names.AGENCY_NAME, Names.PARTICIPATES, Names.ADEPT_NAME,
        Names.ADEPT_EMAIL, Names.ADEPT_AREA, Names.ADEPT_LEADERSHIP, Names.ADEPT_LANGUAGES, Names.ADEPT_GOALS,
        Names.MENTOR_NAME, Names.MENTOR_EMAIL, Names.MENTOR_AREA, Names.MENTOR_LEADERSHIP, Names.MENTOR_LANGUAGES,
        Names.MENTOR_OFFERS})
record OpenNomination(MentorshipService service) implements TaskListener {

    static final List<ProcessVariable<?>> NOMINATION = List.of(PARTICIPATES, ADEPT_NAME, ADEPT_EMAIL, ADEPT_AREA,
            ADEPT_LEADERSHIP, ADEPT_LANGUAGES, ADEPT_GOALS, MENTOR_NAME, MENTOR_EMAIL, MENTOR_AREA, MENTOR_LEADERSHIP,
            MENTOR_LANGUAGES, MENTOR_OFFERS);

    @Override
    public void notify(DelegateTask task) {
        AgencyTasks.open(task, service.agencyName(AGENCY.require(task.getExecution())), AGENCY_NAME, NOMINATION);
    }
}
