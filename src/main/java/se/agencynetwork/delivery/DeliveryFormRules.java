package se.agencynetwork.delivery;

import static se.agencynetwork.delivery.DeliveryVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import se.agencynetwork.forms.FormRule;
import se.agencynetwork.forms.FormSubmission;
import se.agencynetwork.forms.FormViolation;

/** Domain rules of the course-delivery forms, beyond what the form schemas say. */
final class DeliveryFormRules {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private DeliveryFormRules() {
    }

    /** The occasion: no day in the past, the last day not before the first. */
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
            LocalDate start = date(submission.get(COURSE_START));
            LocalDate end = date(submission.get(COURSE_END));
            List<FormViolation> violations = new ArrayList<>();
            if (start != null && start.isBefore(LocalDate.now(clock))) {
                violations.add(FormViolation.of(COURSE_START, "Första dag", "ligger i det förflutna."));
            }
            if (start != null && end != null && end.isBefore(start)) {
                violations.add(FormViolation.of(COURSE_END, "Sista dag", "är före första dagen."));
            }
            return violations;
        }

        private static LocalDate date(Object value) {
            try {
                return value == null ? null : LocalDate.parse(value.toString().substring(0, Math.min(10, value.toString().length())));
            } catch (DateTimeParseException e) {
                return null; // the schema check names a malformed date
            }
        }
    }

    /** A registration: within the agency's seats, each participant with a name and a valid, unique e-mail. */
    @Component
    static class RegistrationRule implements FormRule {
        @Override
        public String formId() {
            return REGISTRATION_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            Object list = submission.get(PARTICIPANTS);
            Collection<?> rows = list instanceof Collection<?> c ? c : List.of();
            Object seatsValue = submission.get(AGENCY_SEATS);
            long seats = seatsValue instanceof Number n ? n.longValue() : Long.MAX_VALUE;
            List<FormViolation> violations = new ArrayList<>();
            if (rows.size() > seats) {
                violations.add(FormViolation.of(PARTICIPANTS, "Deltagare",
                        "är " + rows.size() + " men myndigheten har " + seats + " platser."));
            }
            Set<String> seen = new HashSet<>();
            int number = 0;
            for (Object row : rows) {
                number++;
                Map<?, ?> map = row instanceof Map<?, ?> m ? m : Map.of();
                Object name = map.get("name");
                Object email = map.get("email");
                if (name == null || name.toString().isBlank()) {
                    violations.add(FormViolation.of(PARTICIPANTS, "Deltagare " + number, "saknar namn."));
                }
                if (email == null || !EMAIL.matcher(email.toString().trim()).matches()) {
                    violations.add(FormViolation.of(PARTICIPANTS, "Deltagare " + number, "har ingen giltig e-postadress."));
                } else if (!seen.add(email.toString().trim().toLowerCase())) {
                    violations.add(FormViolation.of(PARTICIPANTS, "Deltagare " + number, "är redan anmäld (samma e-postadress)."));
                }
            }
            return violations;
        }
    }
}
