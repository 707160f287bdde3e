package se.agencynetwork.delivery;

import static se.agencynetwork.delivery.DeliveryVariables.*;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;

/** {@code ${recordCourseRegistration}} (task complete): the agency's participants and reserves into course_participant. */
@Component("recordCourseRegistration")
@DelegateContract(reads = {Names.AGENCY, Names.PARTICIPANTS, Names.RESERVES})
record RecordCourseRegistration(CourseParticipants participants) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String agency = AGENCY.require(task.getExecution());
        participants.register(task.getExecution().getProcessBusinessKey(), agency,
                people(agency, PARTICIPANTS.get(task, List.of())), people(agency, RESERVES.get(task, List.of())),
                task.getAssignee());
    }

    private static List<CourseParticipants.Participant> people(String agency, List<JsonNode> list) {
        List<CourseParticipants.Participant> people = new ArrayList<>();
        for (JsonNode row : list) {
            if (row.hasNonNull("email")) {
                String title = row.hasNonNull("title") ? row.path("title").asText().trim() : "";
                people.add(new CourseParticipants.Participant(agency, row.path("name").asText().trim(),
                        row.path("email").asText().trim(), title.isEmpty() ? null : title));
            }
        }
        return people;
    }
}
