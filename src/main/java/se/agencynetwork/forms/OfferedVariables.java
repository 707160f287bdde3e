package se.agencynetwork.forms;

import se.agencynetwork.process.ProcessJson;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The rule "a submission writes only what its form offers" (issue 16): every variable a user's
 * submission carries must be an editable input of the form that is not hidden by its condition at
 * that moment (the condition is evaluated with the engine's FEEL engine on the values the task or new
 * instance will have), and the rows of a dynamic list may hold only the keys of the list's row schema.
 * A variable that is not offered is accepted only when it repeats, unchanged, the value the task
 * already shows: Tasklist (form-js) sends the read-only fields of a form back as they were loaded.
 * At a start nothing exists yet, so nothing but the form's inputs may be sent, and never a business key
 * (the server makes it).
 */
final class OfferedVariables {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern NAME = Pattern.compile("(?<![.\\w\"])([A-Za-z_][A-Za-z0-9_]*)\\b");

    private OfferedVariables() {
    }

    static List<FormViolation> check(FormSchema schema, UserSubmission submission, Function<String, Object> values,
            boolean start) {
        List<FormViolation> violations = new ArrayList<>();
        if (start && submission.businessKey() != null) {
            violations.add(FormViolation.of("businessKey", "Ärendenummer",
                    "sätts av systemet och får inte skickas med när en process startas."));
        }
        for (Map.Entry<String, Object> entry : submission.variables().entrySet()) {
            String name = entry.getKey();
            List<FormField> inputs = schema.fieldsOf(name);
            List<FormField> shown = inputs.stream().filter(f -> !hidden(schema, f, values)).toList();
            if (shown.isEmpty()) {
                if (same(entry.getValue(), submission.before(name))) {
                    continue;
                }
                if (!inputs.isEmpty()) {
                    violations.add(FormViolation.of(name, inputs.get(0).label(),
                            "är dolt i formuläret med de värden som skickas och får inte fyllas i."));
                } else if (schema.readOnly().containsKey(name)) {
                    violations.add(FormViolation.of(name, schema.readOnly().get(name),
                            "visas skrivskyddat i formuläret och får inte ändras."));
                } else {
                    violations.add(FormViolation.of(name, name, "finns inte i formuläret och får inte skickas."));
                }
                continue;
            }
            for (FormField list : shown) {
                if (list.isList() && list.path().size() == 1) {
                    rows(list, json(entry.getValue()), violations);
                }
            }
        }
        return violations;
    }

    /** Keys in a dynamic list's rows that the row schema does not have. */
    private static void rows(FormField list, JsonNode value, List<FormViolation> violations) {
        if (value == null || !value.isArray()) {
            return;
        }
        Set<String> allowed = new HashSet<>();
        list.items().forEach(item -> allowed.add(item.path().get(0)));
        for (int i = 0; i < value.size(); i++) {
            JsonNode row = value.get(i);
            if (!row.isObject()) {
                continue;
            }
            for (Iterator<String> keys = row.fieldNames(); keys.hasNext();) {
                String key = keys.next();
                if (!allowed.contains(key)) {
                    violations.add(FormViolation.of(list.key() + "[" + i + "]." + key, list.label() + " " + (i + 1)
                            + ": " + key, "finns inte i listans rader och får inte skickas."));
                }
            }
        }
    }

    /** The variables the form's hide conditions name. */
    static Set<String> conditionNames(FormSchema schema) {
        Set<String> names = new java.util.TreeSet<>();
        for (String expression : schema.hidden().values()) {
            Matcher name = NAME.matcher(expression);
            while (name.find()) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    /** True when the input's condition hides it with these values; an expression that cannot be evaluated hides it. */
    static boolean hidden(FormSchema schema, FormField field, Function<String, Object> values) {
        String expression = schema.hidden().get(field.key());
        if (expression == null) {
            return false;
        }
        VariableMap context = Variables.createVariables();
        Matcher name = NAME.matcher(expression);
        while (name.find()) {
            Object value = plain(values.apply(name.group(1)));
            context.putValue(name.group(1), value);
        }
        try {
            Object result = feel().evaluateSimpleExpression(expression, context.asVariableContext());
            return Boolean.TRUE.equals(result);
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static FeelEngine feel() {
        return ((DefaultDmnEngineConfiguration) Context.getProcessEngineConfiguration().getDmnEngineConfiguration())
                .getFeelEngine();
    }

    /** A variable's value as a plain Java value for FEEL: text, number, boolean, or JSON as text. */
    private static Object plain(Object raw) {
        JsonNode json = json(raw);
        if (json == null || json.isNull()) {
            return null;
        }
        if (json.isBoolean()) {
            return json.asBoolean();
        }
        if (json.isNumber()) {
            return json.decimalValue();
        }
        return json.isTextual() ? json.asText() : json.toString();
    }

    /** True when the submitted value repeats the earlier one (both empty counts as the same). */
    static boolean same(Object submitted, TypedValue before) {
        JsonNode a = json(submitted);
        JsonNode b = before == null ? null : json(before);
        if (empty(a) && empty(b)) {
            return true;
        }
        return a != null && b != null && equal(a, b);
    }

    private static boolean equal(JsonNode a, JsonNode b) {
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        if (x != null && y != null && (a.isNumber() || b.isNumber())) {
            return x.compareTo(y) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!equal(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Iterator<String> keys = a.fieldNames(); keys.hasNext();) {
                String key = keys.next();
                if (!b.has(key) || !equal(a.get(key), b.get(key))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isValueNode() && b.isValueNode() && !a.isContainerNode() && !b.isContainerNode()) {
            return a.asText().equals(b.asText()) && a.isBoolean() == b.isBoolean();
        }
        return false;
    }

    private static BigDecimal number(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            try {
                return new BigDecimal(node.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean empty(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || (node.isTextual() && node.asText().isEmpty());
    }

    /** A submitted or stored value as JSON; a serialized value that was not deserialized is read from its text. */
    static JsonNode json(Object raw) {
        if (raw instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            String text = serializable.getValueSerialized();
            if (text == null) {
                return null;
            }
            try {
                return MAPPER.readTree(text);
            } catch (java.io.IOException e) {
                return JsonNodeFactory.instance.textNode(text);
            }
        }
        if (raw instanceof TypedValue typed) {
            return ProcessJson.toJson(typed.getValue());
        }
        return ProcessJson.toJson(raw);
    }
}
