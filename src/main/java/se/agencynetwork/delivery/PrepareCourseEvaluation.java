package se.agencynetwork.delivery;

import static se.agencynetwork.delivery.DeliveryVariables.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;

/** {@code ${prepareCourseEvaluation}}: who attended, handed to course-evaluation; the delivery's outcome. */
@Component("prepareCourseEvaluation")
@DelegateContract(reads = {Names.ATTENDED, Names.COURSE_END}, writes = {Names.COURSE_KEY, Names.COURSE_END_DATE, Names.PARTICIPANTS_JSON, Names.OUTCOME})
record PrepareCourseEvaluation(CourseParticipants participants) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        Set<String> attended = new HashSet<>();
        ATTENDED.get(execution, List.of()).forEach(email -> attended.add(email.asText()));
        List<Map<String, Object>> list = new ArrayList<>();
        for (CourseParticipants.Participant p : participants.of(key)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", p.name());
            row.put("email", p.email());
            row.put("agency", p.agency());
            row.put("attended", attended.contains(p.email()));
            list.add(row);
        }
        COURSE_KEY.set(execution, key);
        COURSE_END_DATE.set(execution, COURSE_END.get(execution));
        PARTICIPANTS_JSON.set(execution, DeliveryJson.json(list));
        OUTCOME.set(execution, DELIVERED);
    }
}
