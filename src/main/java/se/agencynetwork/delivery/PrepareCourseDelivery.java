package se.agencynetwork.delivery;

import static se.agencynetwork.delivery.DeliveryVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.Agency;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.IdeaInterest;
import se.agencynetwork.process.ProcessJson;

/** {@code ${prepareCourseDelivery}}: the course's title, each agency's interest, the venue choices. */
@Component("prepareCourseDelivery")
@DelegateContract(reads = {Names.TITLE, Names.CO_FUNDING_AGENCIES},
        writes = {Names.COURSE_TITLE, Names.INTEREST_BY_AGENCY, Names.AGENCY_OPTIONS, Names.MINIMUM_PARTICIPANTS})
record PrepareCourseDelivery(
        IdeaInterest ideaInterest,
        NetworkDirectory directory,
        DeliveryProperties properties) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Long> interest = new TreeMap<>();
        ideaInterest.participantsByAgency(execution.getProcessBusinessKey()).forEach((agency, participants) -> {
            if (participants > 0) {
                interest.put(agency, (long) participants);
            }
        });
        if (interest.isEmpty()) { // no interest round recorded: one seat each co-funder
            CO_FUNDING_AGENCIES.get(execution, List.of()).forEach(code -> interest.put(code, 1L));
        }
        List<Map<String, String>> options = new ArrayList<>();
        for (Agency agency : directory.agencies()) {
            options.add(Map.of("label", agency.name(), "value", agency.code()));
        }
        COURSE_TITLE.set(execution, TITLE.get(execution));
        INTEREST_BY_AGENCY.set(execution, interest);
        AGENCY_OPTIONS.set(execution, ProcessJson.options(options));
        // the plan form shows the network's usual minimum; the administrator may set another
        MINIMUM_PARTICIPANTS.set(execution, (long) properties.minimumParticipants());
    }
}
