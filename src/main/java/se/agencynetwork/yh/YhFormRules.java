package se.agencynetwork.yh;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.agencynetwork.forms.FormRule;
import se.agencynetwork.forms.FormSubmission;
import se.agencynetwork.forms.FormViolation;

/** The domain rules of the YH forms, beyond what the form schemas say. */
public final class YhFormRules {

    /** The form the coordinator registers the education provider and the planned programme with. */
    public static final String PROVIDER_FORM = "yhProviderForm";
    public static final String PROVIDER_ORG_NUMBER = "providerOrgNumber";
    public static final String PROGRAMME_CREDITS = "programmeCredits";
    public static final String LIA_PERCENT = "liaPercent";

    private YhFormRules() {
    }

    /** Provider: a valid organisation number; 200-600 credits; 400 credits or more need at least 25 % LIA. */
    @Component
    public static class ProviderRule implements FormRule {
        @Override
        public String formId() {
            return PROVIDER_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            List<FormViolation> violations = new ArrayList<>();
            Object orgNumber = submission.get(PROVIDER_ORG_NUMBER);
            String orgProblem = YhRules.orgNumberProblem(orgNumber == null ? null : orgNumber.toString());
            if (orgProblem != null) {
                violations.add(FormViolation.of(PROVIDER_ORG_NUMBER, "Organisationsnummer", orgProblem));
            }
            Object credits = submission.get(PROGRAMME_CREDITS);
            Object lia = submission.get(LIA_PERCENT);
            if (credits instanceof Number number) {
                BigDecimal liaPercent = lia == null ? null : new BigDecimal(lia.toString());
                for (String problem : YhRules.programmeProblems(number.intValue(), liaPercent)) {
                    String key = problem.contains("LIA") ? LIA_PERCENT : PROGRAMME_CREDITS;
                    String label = problem.contains("LIA") ? "LIA-andel (%)" : "YH-poäng";
                    violations.add(new FormViolation(key, label, "Fältet \"" + label + "\" (" + key + "): " + problem));
                }
            }
            return violations;
        }
    }
}
