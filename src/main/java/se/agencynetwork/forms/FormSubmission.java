package se.agencynetwork.forms;

import java.util.function.Function;

import se.agencynetwork.process.ProcessVariable;

/**
 * The values a form is completed with, as the engine sees them when the task completes or the
 * process starts: the submitted variables, and for a task also the ones it already had.
 *
 * @param formId      the form's id
 * @param elementId   the user task or start event
 * @param businessKey the process instance's business key (may be null at start)
 * @param variables   looks a variable up by name; null when absent
 */
public record FormSubmission(String formId, String elementId, String businessKey, Function<String, Object> variables) {

    public Object get(String name) {
        return variables.apply(name);
    }

    /** The value of a declared variable, read as the variable reads it (a blank field is null except for text). */
    public <T> T get(ProcessVariable<T> variable) {
        return variable.read(get(variable.name()));
    }
}
