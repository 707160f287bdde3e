package se.agencynetwork.recruitment;

import static se.agencynetwork.recruitment.RecruitmentVariables.ACTIVITY_DATE;
import static se.agencynetwork.recruitment.RecruitmentVariables.ACTUAL_COST;
import static se.agencynetwork.recruitment.RecruitmentVariables.AGENCY;
import static se.agencynetwork.recruitment.RecruitmentVariables.CANCELLATION_REASON;
import static se.agencynetwork.recruitment.RecruitmentVariables.EVENT_OUTCOME;
import static se.agencynetwork.recruitment.RecruitmentVariables.HIRES;
import static se.agencynetwork.recruitment.RecruitmentVariables.SIGN_UP_DEADLINE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.agencynetwork.costsharing.CostSharingErrors;
import se.agencynetwork.directory.Agency;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.forms.FormRule;
import se.agencynetwork.forms.FormSubmission;
import se.agencynetwork.forms.FormViolation;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.process.PreventsBpmnError;

/** The domain rules of the recruitment activity's forms, beyond what the form schemas say. */
final class RecruitmentFormRules {

    private RecruitmentFormRules() {
    }

    /** The plan: the activity lies ahead, and the agencies can sign up before it, from tomorrow on. */
    @Component
    static class PlanRule implements FormRule {
        @Override
        public String formId() {
            return RecruitmentVariables.PLAN_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            List<FormViolation> violations = new ArrayList<>();
            LocalDate today = NetworkTime.today();
            LocalDate activityDate = submission.get(ACTIVITY_DATE);
            LocalDate deadline = submission.get(SIGN_UP_DEADLINE);
            if (activityDate != null && !activityDate.isAfter(today)) {
                violations.add(FormViolation.of(ACTIVITY_DATE.name(), "Datum för aktiviteten", "måste ligga efter i dag."));
            }
            if (deadline != null && !deadline.isAfter(today)) {
                violations.add(FormViolation.of(SIGN_UP_DEADLINE.name(), "Sista dag för anmälan", "måste ligga efter i dag."));
            } else if (deadline != null && activityDate != null && deadline.isAfter(activityDate)) {
                violations.add(FormViolation.of(SIGN_UP_DEADLINE.name(), "Sista dag för anmälan",
                        "får inte ligga efter aktivitetens datum (" + activityDate + ")."));
            }
            return violations;
        }
    }

    /**
     * The event: a held activity has its actual cost (which the ledger shares among the agencies that
     * signed up), a cancelled one its reason.
     */
    @Component
    @PreventsBpmnError(element = "ServiceTask_ShareCost", codes = CostSharingErrors.INVALID,
            because = "the cost of a held activity is required and not negative (schema), and it is shared only"
                    + " among directory agencies that signed up, of which the gateway before the report requires one")
    static class EventRule implements FormRule {
        @Override
        public String formId() {
            return RecruitmentVariables.EVENT_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            String outcome = submission.get(EVENT_OUTCOME);
            if (RecruitmentVariables.HELD.equals(outcome) && submission.get(ACTUAL_COST.name()) == null) {
                return List.of(FormViolation.of(ACTUAL_COST.name(), "Faktisk kostnad (kr)",
                        "måste anges för en genomförd aktivitet (0 om den inte kostade något)."));
            }
            if (RecruitmentVariables.CANCELLED.equals(outcome)) {
                String reason = submission.get(CANCELLATION_REASON);
                if (reason == null || reason.isBlank()) {
                    return List.of(FormViolation.of(CANCELLATION_REASON.name(), "Skäl till att aktiviteten ställdes in",
                            "måste anges för en inställd aktivitet."));
                }
            }
            return List.of();
        }
    }

    /** The follow-up: an agency cannot have hired more people through the activity than it employs. */
    @Component
    static class HiresRule implements FormRule {
        private final NetworkDirectory directory;

        HiresRule(NetworkDirectory directory) {
            this.directory = directory;
        }

        @Override
        public String formId() {
            return RecruitmentVariables.HIRES_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            String agency = submission.get(AGENCY);
            Long hires = submission.get(HIRES);
            Integer headcount = agency == null ? null : directory.agency(agency).map(Agency::headcount).orElse(null);
            if (hires != null && headcount != null && hires > headcount) {
                return List.of(FormViolation.of(HIRES.name(), "Anställda tack vare aktiviteten",
                        "är fler än myndighetens " + headcount + " anställda."));
            }
            return List.of();
        }
    }
}
