package se.agencynetwork.delivery;

import static se.agencynetwork.delivery.DeliveryVariables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.costsharing.Seats;
import se.agencynetwork.process.DelegateContract;

/**
 * {@code ${allocateCourseSeats}}: seats per agency in proportion to interest, within the
 * capacity; every interested agency registers (one without a seat can still list reserves for
 * the waiting list), until the end of the closing day.
 */
@Component("allocateCourseSeats")
@DelegateContract(reads = {Names.CAPACITY, Names.INTEREST_BY_AGENCY, Names.REGISTRATION_CLOSES},
        writes = {Names.SEATS_BY_AGENCY, Names.REGISTRATION_AGENCIES, Names.REGISTRATION_CLOSES_AT})
class AllocateCourseSeats implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
        long capacity = CAPACITY.require(execution);
        Map<String, Long> interest = INTEREST_BY_AGENCY.require(execution);
        Map<String, Long> seats = Seats.allocate(capacity, interest);
        List<String> agencies = interest.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
        LocalDate closes = REGISTRATION_CLOSES.require(execution);
        SEATS_BY_AGENCY.set(execution, seats);
        REGISTRATION_AGENCIES.set(execution, agencies);
        REGISTRATION_CLOSES_AT.set(execution, closes.plusDays(1).atStartOfDay());
    }
}
