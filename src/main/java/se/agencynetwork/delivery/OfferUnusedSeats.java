package se.agencynetwork.delivery;

import static se.agencynetwork.delivery.DeliveryVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.costsharing.Seats;
import se.agencynetwork.process.DelegateContract;

/**
 * {@code ${offerUnusedSeats}}: the seats left unused go to the reserves, shared between the
 * agencies in proportion to their reserves with the same exact rounding as the first
 * allocation, each agency's reserves in the order it listed them.
 */
@Component("offerUnusedSeats")
@DelegateContract(reads = {Names.UNUSED_SEATS}, writes = {Names.PROMOTED_COUNT, Names.REGISTERED_COUNT, Names.UNUSED_SEATS, Names.RESERVE_COUNT})
record OfferUnusedSeats(CourseParticipants participants) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        long unused = UNUSED_SEATS.require(execution);
        Map<String, List<CourseParticipants.Participant>> waiting = new TreeMap<>();
        participants.reserves(key).forEach(p -> waiting.computeIfAbsent(p.agency(), a -> new ArrayList<>()).add(p));
        Map<String, Long> demand = new TreeMap<>();
        waiting.forEach((agency, reserves) -> demand.put(agency, (long) reserves.size()));
        long promoted = 0;
        for (Map.Entry<String, Long> grant : Seats.allocate(unused, demand).entrySet()) {
            List<CourseParticipants.Participant> reserves = waiting.get(grant.getKey());
            for (int i = 0; i < grant.getValue(); i++) {
                participants.promote(key, reserves.get(i).email());
                promoted++;
            }
        }
        long registered = participants.of(key).size();
        PROMOTED_COUNT.set(execution, promoted);
        REGISTERED_COUNT.set(execution, registered);
        UNUSED_SEATS.set(execution, unused - promoted);
        RESERVE_COUNT.set(execution, (long) participants.reserves(key).size());
    }
}
