package se.agencynetwork.forms;

import java.util.List;

/**
 * A domain rule on the submissions of one form, beyond what the form schema can say (a deadline in
 * the past, more participants than the agency has staff). Declare it as a Spring bean; the
 * enforcement runs the rules of a form after the schema checks passed.
 */
public interface FormRule {

    /** The id of the form (its JSON {@code id}) this rule applies to. */
    String formId();

    /** The violations of this rule, empty when the submission is fine. */
    List<FormViolation> check(FormSubmission submission);
}
