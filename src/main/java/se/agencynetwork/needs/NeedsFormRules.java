package se.agencynetwork.needs;

import static se.agencynetwork.needs.NeedsVariables.HAS_NEEDS;
import static se.agencynetwork.needs.NeedsVariables.NEEDS;
import static se.agencynetwork.needs.NeedsVariables.REPORT_DEADLINE;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import se.agencynetwork.forms.FormRule;
import se.agencynetwork.forms.FormSubmission;
import se.agencynetwork.forms.FormViolation;
import se.agencynetwork.process.NetworkTime;

/** The domain rules of the needs inventory's forms. */
public final class NeedsFormRules {

    private NeedsFormRules() {
    }

    /** Manual start: the reporting deadline lies in the future. */
    @Component
    public static class StartRule implements FormRule {
        @Override
        public String formId() {
            return NeedsVariables.START_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            LocalDate deadline = submission.get(REPORT_DEADLINE);
            if (deadline != null && !deadline.isAfter(NetworkTime.today())) {
                return List.of(FormViolation.of(REPORT_DEADLINE.name(), "Sista dag för rapportering", "måste ligga efter i dag."));
            }
            return List.of();
        }
    }

    /** Report: "yes, we have needs" comes with at least one need, "no" with none. */
    @Component
    public static class ReportRule implements FormRule {
        @Override
        public String formId() {
            return NeedsVariables.REPORT_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            JsonNode needs = submission.get(NEEDS);
            int count = needs != null && needs.isArray() ? needs.size() : 0;
            String hasNeeds = submission.get(HAS_NEEDS);
            if ("yes".equals(hasNeeds) && count == 0) {
                return List.of(FormViolation.of(NEEDS.name(), "Behov", "måste ha minst ett behov när myndigheten har behov."));
            }
            if ("no".equals(hasNeeds) && count > 0) {
                return List.of(FormViolation.of(HAS_NEEDS.name(), "Har myndigheten utbildningsbehov?",
                        "är nej, men listan har " + count + " behov."));
            }
            return List.of();
        }
    }
}
