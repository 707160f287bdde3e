package se.agencynetwork.needs;

import se.agencynetwork.process.ProcessJson;

import static se.agencynetwork.needs.NeedsVariables.HAS_NEEDS;
import static se.agencynetwork.needs.NeedsVariables.NEEDS;
import static se.agencynetwork.needs.NeedsVariables.REPORT_DEADLINE;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import se.agencynetwork.forms.FormRule;
import se.agencynetwork.forms.FormSubmission;
import se.agencynetwork.forms.FormValidator;
import se.agencynetwork.forms.FormViolation;

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
            Object deadline = submission.get(REPORT_DEADLINE);
            LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(PrepareNeedsInventory.ZONE).toLocalDate();
            if (deadline != null && !LocalDate.parse(deadline.toString().substring(0, 10)).isAfter(today)) {
                return List.of(FormViolation.of(REPORT_DEADLINE, "Sista dag för rapportering", "måste ligga efter i dag."));
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
            JsonNode needs = ProcessJson.toJson(submission.get(NEEDS));
            int count = needs != null && needs.isArray() ? needs.size() : 0;
            Object hasNeeds = submission.get(HAS_NEEDS);
            if ("yes".equals(hasNeeds) && count == 0) {
                return List.of(FormViolation.of(NEEDS, "Behov", "måste ha minst ett behov när myndigheten har behov."));
            }
            if ("no".equals(hasNeeds) && count > 0) {
                return List.of(FormViolation.of(HAS_NEEDS, "Har myndigheten utbildningsbehov?",
                        "är nej, men listan har " + count + " behov."));
            }
            return List.of();
        }
    }
}
