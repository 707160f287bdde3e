package se.agencynetwork.delivery;

import static se.agencynetwork.delivery.DeliveryVariables.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.NetworkTime;

/**
 * The occasion as the participants are told it: dates, venue, trainer, and the calendar
 * invitation with the given SEQUENCE (a higher one replaces the earlier in their calendars).
 */
record Occasion(String courseKey, String title, LocalDate start, LocalDate end, String venue, String trainer) {

    static Occasion of(DelegateExecution execution, NetworkDirectory directory) {
        String address = VENUE_ADDRESS.get(execution);
        String venue = directory.agencyName(String.valueOf(VENUE_AGENCY.get(execution)))
                + (address == null || address.toString().isBlank() ? "" : ", " + address);
        return new Occasion(execution.getProcessBusinessKey(), String.valueOf(COURSE_TITLE.get(execution)),
                COURSE_START.require(execution), COURSE_END.require(execution), venue, TRAINER.get(execution));
    }

    /** What the participants were told, to compare with a changed occasion. */
    static String announced(Object start, Object end, Object venueAgency, Object venueAddress) {
        return NetworkTime.date(start) + "|" + NetworkTime.date(end) + "|" + venueAgency + "|"
                + (venueAddress == null ? "" : venueAddress.toString().trim());
    }

    String calendar(int sequence) {
        return Invitations.calendar(courseKey, title, start, end, venue, trainer, sequence);
    }

    Map<String, Object> model() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("courseTitle", title);
        model.put("courseStart", Invitations.swedishPeriod(start, end));
        model.put("courseVenue", venue);
        model.put("courseInformation", trainer == null ? null : "Utbildare: " + trainer);
        return model;
    }

    /** Records what was announced: the reminder's and the course start's times, the venue, the SEQUENCE. */
    void announce(DelegateExecution execution, int sequence, DeliveryProperties properties) {
        COURSE_VENUE.set(execution, venue);
        // the reminder goes out at 08:00 the configured time before the first day (at once if that has passed)
        REMINDER_AT.set(execution, start.minus(properties.reminderBefore()).atTime(8, 0));
        COURSE_STARTS_AT.set(execution, start.atStartOfDay());
        ANNOUNCED_OCCASION.set(execution, announced(COURSE_START.get(execution), COURSE_END.get(execution),
                VENUE_AGENCY.get(execution), VENUE_ADDRESS.get(execution)));
        INVITATION_SEQUENCE.set(execution, sequence);
    }
}
