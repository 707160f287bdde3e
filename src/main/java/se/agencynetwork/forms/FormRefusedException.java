package se.agencynetwork.forms;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A form submission that breaks the form's rules. It is the engine's
 * {@link FormFieldValidationException}, so the engine REST API answers 400 with the message and
 * Tasklist shows it; thrown inside the engine command it rolls the whole command back.
 */
public class FormRefusedException extends FormFieldValidationException {

    private static final long serialVersionUID = 1L;

    private final String formId;
    private final transient List<FormViolation> violations;

    public FormRefusedException(String formId, List<FormViolation> violations) {
        super(violations.get(0).key(), "Formuläret kunde inte sparas: "
                + violations.stream().map(FormViolation::message).collect(Collectors.joining(" ")));
        this.formId = formId;
        this.violations = List.copyOf(violations);
    }

    /**
     * Whether the engine refused a form's values: a form rule's refusal (this class) or a refusal of
     * the engine's own form validation. Code outside {@code forms} asks here instead of knowing the
     * engine's form classes.
     */
    /**
     * A refusal of one field by a check outside a form's own rules (e.g. a task listener's), with the
     * message as given: the engine REST API answers 400 with it and the transaction rolls back.
     */
    public static RuntimeException ofField(String field, String message) {
        return new FormFieldValidationException(field, message);
    }

    public static boolean isFormRefusal(Throwable thrown) {
        return thrown instanceof FormFieldValidationException;
    }

    public String formId() {
        return formId;
    }

    public List<FormViolation> violations() {
        return violations;
    }
}
