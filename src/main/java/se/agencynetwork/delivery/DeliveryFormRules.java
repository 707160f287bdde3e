package se.agencynetwork.delivery;

import static se.agencynetwork.delivery.DeliveryVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import se.agencynetwork.costsharing.CostAllocationException;
import se.agencynetwork.forms.FormRule;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.process.PreventsBpmnError;
import se.agencynetwork.forms.FormSubmission;
import se.agencynetwork.forms.FormViolation;

/** Domain rules of the course-delivery forms, beyond what the form schemas say. */
final class DeliveryFormRules {

    static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+");

    private DeliveryFormRules() {
    }

    /** The dates of an occasion: no day in the past, the last day not before the first. */
    static List<FormViolation> occasionDates(FormSubmission submission, Clock clock) {
        LocalDate start = date(submission.get(Names.COURSE_START));
        LocalDate end = date(submission.get(Names.COURSE_END));
        List<FormViolation> violations = new ArrayList<>();
        if (start != null && start.isBefore(LocalDate.now(clock))) {
            violations.add(FormViolation.of(Names.COURSE_START, "Första dag", "ligger i det förflutna."));
        }
        if (start != null && end != null && end.isBefore(start)) {
            violations.add(FormViolation.of(Names.COURSE_END, "Sista dag", "är före första dagen."));
        }
        return violations;
    }

    static LocalDate date(Object value) {
        try {
            return value == null ? null : NetworkTime.date(value);
        } catch (DateTimeParseException e) {
            return null; // the schema check names a malformed date
        }
    }

    /**
     * The occasion: its dates, registration closing in time (not in the past, before the first
     * day), a minimum that the capacity can reach.
     */
    @Component
    static class PlanRule implements FormRule {
        private final Clock clock;

        PlanRule(Clock clock) {
            this.clock = clock;
        }

        @Override
        public String formId() {
            return PLAN_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            List<FormViolation> violations = occasionDates(submission, clock);
            LocalDate start = date(submission.get(Names.COURSE_START));
            LocalDate closes = date(submission.get(Names.REGISTRATION_CLOSES));
            if (closes != null && closes.isBefore(LocalDate.now(clock))) {
                violations.add(FormViolation.of(Names.REGISTRATION_CLOSES, "Sista anmälningsdag", "ligger i det förflutna."));
            } else if (closes != null && start != null && !closes.isBefore(start)) {
                violations.add(FormViolation.of(Names.REGISTRATION_CLOSES, "Sista anmälningsdag", "måste vara före första dagen."));
            }
            if (submission.get(Names.MINIMUM_PARTICIPANTS) instanceof Number minimum && submission.get(Names.CAPACITY) instanceof Number capacity
                    && minimum.longValue() > capacity.longValue()) {
                violations.add(FormViolation.of(Names.MINIMUM_PARTICIPANTS, "Lägsta antal deltagare",
                        "är fler än antal platser (" + capacity.longValue() + ")."));
            }
            return violations;
        }
    }

    /** A change of the occasion: valid dates, and a date or venue that really differs from what was announced. */
    @Component
    static class ChangeRule implements FormRule {
        private final Clock clock;

        ChangeRule(Clock clock) {
            this.clock = clock;
        }

        @Override
        public String formId() {
            return CHANGE_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            List<FormViolation> violations = occasionDates(submission, clock);
            Object announced = submission.get(Names.ANNOUNCED_OCCASION);
            if (violations.isEmpty() && announced != null && date(submission.get(Names.COURSE_START)) != null
                    && date(submission.get(Names.COURSE_END)) != null
                    && announced.equals(Occasion.announced(submission.get(Names.COURSE_START),
                            submission.get(Names.COURSE_END), submission.get(Names.VENUE_AGENCY), submission.get(Names.VENUE_ADDRESS)))) {
                violations.add(FormViolation.of(Names.COURSE_START, "Datum och lokal",
                        "är desamma som i kallelsen. Ändra datum eller lokal, eller låt uppgiften vara."));
            }
            return violations;
        }
    }

    /**
     * A registration: within the agency's seats, each participant and reserve with a name and a
     * valid e-mail that is on the course's lists only once (not twice here, not by another agency).
     */
    @Component
    static class RegistrationRule implements FormRule {
        private final CourseParticipants participants;

        RegistrationRule(CourseParticipants participants) {
            this.participants = participants;
        }

        @Override
        public String formId() {
            return REGISTRATION_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            List<JsonNode> registered = DeliveryJson.elements(submission.get(Names.PARTICIPANTS));
            Object seatsValue = submission.get(Names.AGENCY_SEATS);
            long seats = seatsValue instanceof Number n ? n.longValue() : Long.MAX_VALUE;
            List<FormViolation> violations = new ArrayList<>();
            if (registered.size() > seats) {
                violations.add(FormViolation.of(Names.PARTICIPANTS, "Deltagare",
                        "är " + registered.size() + " men myndigheten har " + seats + " platser."
                                + " Anmäl de övriga som reserver."));
            }
            Set<String> seen = new HashSet<>();
            Object agency = submission.get(Names.AGENCY);
            check(Names.PARTICIPANTS, "Deltagare", registered, seen, agency, submission.businessKey(), violations);
            check(Names.RESERVES, "Reserv", DeliveryJson.elements(submission.get(Names.RESERVES)), seen, agency,
                    submission.businessKey(), violations);
            return violations;
        }

        private void check(String field, String label, List<JsonNode> rows, Set<String> seen, Object agency,
                String businessKey, List<FormViolation> violations) {
            int number = 0;
            for (JsonNode row : rows) {
                number++;
                String name = row.path("name").isValueNode() ? row.path("name").asText() : "";
                String email = row.path("email").isValueNode() ? row.path("email").asText().trim() : "";
                if (name.isBlank()) {
                    violations.add(FormViolation.of(field, label + " " + number, "saknar namn."));
                }
                if (!EMAIL.matcher(email).matches()) {
                    violations.add(FormViolation.of(field, label + " " + number, "har ingen giltig e-postadress."));
                } else if (!seen.add(email.toLowerCase())) {
                    violations.add(FormViolation.of(field, label + " " + number, "är redan anmäld (samma e-postadress)."));
                } else if (agency != null && businessKey != null
                        && participants.listedByAnotherAgency(businessKey, agency.toString(), email)) {
                    violations.add(FormViolation.of(field, label + " " + number, "är redan anmäld av en annan myndighet."));
                }
            }
        }
    }

    /**
     * The council's decision on too few registered: going ahead needs at least one registered
     * participant. With nobody registered the course would have no one to invite, and the final
     * cost allocation after attendance would have nobody to charge ({@code COST_ALLOCATION_INVALID},
     * "Inga medfinansierande myndigheter angivna"): a step nobody could complete. So the only
     * decision left then is to cancel, and the form says so.
     */
    @Component
    @PreventsBpmnError(element = "ServiceTask_BookFinalCosts", codes = CostAllocationException.INVALID,
            because = "the final allocation charges the registered seats; going ahead with none registered is refused")
    static class TooFewRule implements FormRule {
        private final CourseParticipants participants;

        TooFewRule(CourseParticipants participants) {
            this.participants = participants;
        }

        @Override
        public String formId() {
            return TOO_FEW_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            if (!TOO_FEW_CONTINUE.equals(submission.get(TOO_FEW_DECISION)) || submission.businessKey() == null) {
                return List.of();
            }
            if (participants.of(submission.businessKey()).isEmpty()) {
                return List.of(FormViolation.of(TOO_FEW_DECISION, "Rådets beslut",
                        "kan inte vara \"Genomför kursen ändå\" när ingen deltagare är anmäld: ställ in kursen."));
            }
            return List.of();
        }
    }
}
