package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;

/**
 * Stores an agency's nomination when its training coordinator completes the task (the form rule has
 * checked it): an adept and/or a mentor, each with area, leadership, languages and free text.
 */
@Component("recordMentorshipNomination")
@DelegateContract(reads = {Names.AGENCY, Names.PARTICIPATES, Names.ADEPT_NAME, Names.ADEPT_EMAIL, Names.ADEPT_AREA,
        Names.ADEPT_LEADERSHIP, Names.ADEPT_LANGUAGES, Names.ADEPT_GOALS, Names.MENTOR_NAME, Names.MENTOR_EMAIL,
        Names.MENTOR_AREA, Names.MENTOR_LEADERSHIP, Names.MENTOR_LANGUAGES, Names.MENTOR_OFFERS})
record RecordNomination(MentorshipService service) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String agency = AGENCY.require(task);
        Person adept = blank(ADEPT_NAME.get(task)) ? null : new Person(agency, Role.ADEPT, ADEPT_NAME.get(task).trim(),
                ADEPT_EMAIL.require(task).trim(), ADEPT_AREA.require(task), ADEPT_LEADERSHIP.get(task, false),
                ADEPT_LANGUAGES.get(task, List.of()), ADEPT_GOALS.require(task).trim(), Person.NOMINATED);
        Person mentor = blank(MENTOR_NAME.get(task)) ? null : new Person(agency, Role.MENTOR, MENTOR_NAME.get(task).trim(),
                MENTOR_EMAIL.require(task).trim(), MENTOR_AREA.require(task), MENTOR_LEADERSHIP.get(task, false),
                MENTOR_LANGUAGES.get(task, List.of()), MENTOR_OFFERS.require(task).trim(), Person.NOMINATED);
        service.nominate(task.getExecution().getProcessBusinessKey(), agency, PARTICIPATES.get(task, false), adept,
                mentor, Actors.of(task), NetworkTime.now());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
