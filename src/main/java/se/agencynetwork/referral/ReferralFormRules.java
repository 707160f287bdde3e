package se.agencynetwork.referral;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.agencynetwork.forms.FormRule;
import se.agencynetwork.forms.FormSubmission;
import se.agencynetwork.forms.FormViolation;

/**
 * The start form's rules beyond its schema (required fields, lengths and the e-mail's form are the
 * schema's): the candidate must have been told before anything is sent to them, and the address must
 * be one address.
 */
@Component
class ReferralFormRules implements FormRule {

    @Override
    public String formId() {
        return ReferralVariables.START_FORM;
    }

    @Override
    public List<FormViolation> check(FormSubmission submission) {
        List<FormViolation> violations = new ArrayList<>();
        if (!Boolean.TRUE.equals(submission.get(ReferralVariables.CANDIDATE_INFORMED))) {
            violations.add(FormViolation.of(ReferralVariables.Names.CANDIDATE_INFORMED, "Kandidaten har informerats",
                    "måste kryssas i: kandidaten ska veta att en förfrågan kommer innan den skickas."));
        }
        String email = submission.get(ReferralVariables.CANDIDATE_EMAIL);
        if (email != null && (email.contains(",") || email.contains(";") || email.strip().contains(" "))) {
            violations.add(FormViolation.of(ReferralVariables.Names.CANDIDATE_EMAIL, "Kandidatens e-postadress",
                    "ska vara en enda e-postadress."));
        }
        return violations;
    }
}
