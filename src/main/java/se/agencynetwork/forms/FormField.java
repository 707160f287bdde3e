package se.agencynetwork.forms;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One input of a Camunda Form (form-js schema) as far as the server checks it.
 *
 * @param path        where the value lives: the variable name, then nested keys ({@code group.path}, dotted keys)
 * @param label       the label the user sees, used in messages
 * @param type        the form-js component type ({@code textfield}, {@code number}, {@code select} ...)
 * @param validate    the component's {@code validate} object (may be empty)
 * @param staticValues the allowed values of a select/radio/checklist/taglist with static options, else null
 * @param valuesKey   the variable that holds the options of a select fed from a variable, else null
 * @param subtype     the datetime subtype ({@code date}, {@code time}, {@code datetime}), else null
 * @param decimalDigits the number of decimals a number may have, null when unrestricted
 * @param conditional true when the component is hidden under a condition (its required check is skipped)
 * @param items       for a dynamic list: the fields of one item, relative to the item
 */
public record FormField(
        List<String> path,
        String label,
        String type,
        JsonNode validate,
        List<String> staticValues,
        String valuesKey,
        String subtype,
        Integer decimalDigits,
        boolean conditional,
        List<FormField> items) {

    public String key() {
        return String.join(".", path);
    }

    public boolean isList() {
        return "dynamiclist".equals(type);
    }

    public boolean multiValued() {
        return "checklist".equals(type) || "taglist".equals(type);
    }

    public boolean hasOptions() {
        return staticValues != null || valuesKey != null;
    }

    public boolean required() {
        return validate.path("required").asBoolean(false);
    }
}
