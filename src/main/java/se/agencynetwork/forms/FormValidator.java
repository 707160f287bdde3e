package se.agencynetwork.forms;

import se.agencynetwork.process.TextSafety;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import se.agencynetwork.process.ProcessJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Checks values against a {@link FormSchema} the way form-js checks them in the browser: required,
 * min/max, minLength/maxLength, pattern, e-mail/phone, the allowed options of selects, radios,
 * checklists and taglists (static or from a variable), and the value's type; text is also held to
 * {@link TextSafety} (at most 4000 characters where the form sets no lower limit, no control or
 * direction-override characters). Values may come as
 * Java values (Java API), as Spin JSON (Tasklist sends lists as JSON) or as JSON text.
 */
public final class FormValidator {

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,20}$");

    private FormValidator() {
    }

    /** The violations of the values against the form; empty when the values are acceptable. */
    public static List<FormViolation> validate(FormSchema schema, Function<String, Object> variables) {
        List<FormViolation> violations = new ArrayList<>();
        for (FormField field : schema.fields()) {
            Object raw = variables.apply(field.path().get(0));
            boolean plainText = raw instanceof String && field.path().size() == 1 && !field.multiValued()
                    && !field.isList();
            JsonNode root = plainText ? JsonNodeFactory.instance.textNode((String) raw) : ProcessJson.toJson(raw);
            JsonNode value = navigate(root, field.path().subList(1, field.path().size()));
            Object rawForDate = field.path().size() == 1 ? raw : null;
            check(field, value, rawForDate, variables, field.key(), field.label(), violations);
        }
        return violations;
    }

    private static void check(FormField field, JsonNode value, Object raw, Function<String, Object> variables,
            String key, String label, List<FormViolation> out) {
        if (isEmpty(value) && !(raw instanceof Date) && !(raw instanceof TemporalAccessor)) {
            if (field.required() && !field.conditional()) {
                out.add(FormViolation.of(key, label, "måste fyllas i."));
            }
            return;
        }
        switch (field.type()) {
            case "textfield", "textarea" -> checkText(field, value, key, label, out);
            case "number" -> checkNumber(field, value, key, label, out);
            case "checkbox" -> {
                if (!value.isBoolean()) {
                    out.add(FormViolation.of(key, label, "måste vara ja eller nej (true/false)."));
                }
            }
            case "datetime" -> checkDate(field, value, raw, key, label, out);
            case "select", "radio" -> checkOption(field, value, variables, key, label, out);
            case "checklist", "taglist" -> {
                if (!value.isArray()) {
                    out.add(FormViolation.of(key, label, "måste vara en lista med val."));
                    return;
                }
                for (JsonNode element : value) {
                    checkOption(field, element, variables, key, label, out);
                }
            }
            case "dynamiclist" -> checkList(field, value, variables, key, label, out);
            default -> {
                // other components carry no input
            }
        }
    }

    private static void checkText(FormField field, JsonNode value, String key, String label, List<FormViolation> out) {
        if (!value.isTextual()) {
            out.add(FormViolation.of(key, label, "måste vara text."));
            return;
        }
        String text = value.asText();
        JsonNode rules = field.validate();
        if (rules.path("minLength").isNumber() && text.length() < rules.path("minLength").asInt()) {
            out.add(FormViolation.of(key, label, "måste ha minst " + rules.path("minLength").asInt() + " tecken."));
        }
        int maxLength = rules.path("maxLength").isNumber()
                ? Math.min(rules.path("maxLength").asInt(), TextSafety.MAX_STORED_TEXT) : TextSafety.MAX_STORED_TEXT;
        if (text.length() > maxLength) {
            out.add(FormViolation.of(key, label, "får ha högst " + maxLength + " tecken."));
            return;
        }
        String unsafe = TextSafety.problem(text);
        if (unsafe != null) {
            out.add(FormViolation.of(key, label, unsafe));
            return;
        }
        if (rules.path("pattern").isTextual() && !rules.path("pattern").asText().isEmpty()) {
            try {
                if (!Pattern.compile(rules.path("pattern").asText()).matcher(text).matches()) {
                    out.add(FormViolation.of(key, label, "har fel format."));
                }
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("Form field " + key + " has an invalid pattern", e);
            }
        }
        String validationType = rules.path("validationType").asText("");
        if ("email".equals(validationType) && !EMAIL.matcher(text).matches()) {
            out.add(FormViolation.of(key, label, "måste vara en e-postadress."));
        }
        if ("phone".equals(validationType) && !PHONE.matcher(text).matches()) {
            out.add(FormViolation.of(key, label, "måste vara ett telefonnummer."));
        }
    }

    private static void checkNumber(FormField field, JsonNode value, String key, String label, List<FormViolation> out) {
        BigDecimal number;
        if (value.isNumber() && value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue())) {
            out.add(FormViolation.of(key, label, "måste vara ett ändligt tal."));
            return;
        } else if (value.isNumber()) {
            number = value.decimalValue();
        } else {
            out.add(FormViolation.of(key, label, "måste vara ett tal."));
            return;
        }
        if (field.decimalDigits() != null && number.stripTrailingZeros().scale() > field.decimalDigits()) {
            out.add(FormViolation.of(key, label, field.decimalDigits() == 0 ? "måste vara ett heltal."
                    : "får ha högst " + field.decimalDigits() + " decimaler."));
        }
        JsonNode rules = field.validate();
        if (rules.path("min").isNumber() && number.compareTo(rules.path("min").decimalValue()) < 0) {
            out.add(FormViolation.of(key, label, "får inte vara mindre än " + rules.path("min").asText() + "."));
        }
        if (rules.path("max").isNumber() && number.compareTo(rules.path("max").decimalValue()) > 0) {
            out.add(FormViolation.of(key, label, "får inte vara större än " + rules.path("max").asText() + "."));
        }
    }

    private static void checkDate(FormField field, JsonNode value, Object raw, String key, String label,
            List<FormViolation> out) {
        if (raw instanceof Date || raw instanceof TemporalAccessor) {
            return;
        }
        String subtype = field.subtype() == null ? "date" : field.subtype();
        if (!value.isTextual() || parseDate(subtype, value.asText()) == null) {
            String expected = switch (subtype) {
                case "time" -> "en tid (TT:MM).";
                case "datetime" -> "en tidpunkt (ÅÅÅÅ-MM-DDTTT:MM).";
                default -> "ett datum (ÅÅÅÅ-MM-DD).";
            };
            out.add(FormViolation.of(key, label, "måste vara " + expected));
        }
    }

    /** The date, time or date-time a datetime field holds, or null when the text is none of them. */
    public static TemporalAccessor parseDate(String subtype, String text) {
        try {
            return switch (subtype) {
                case "time" -> LocalTime.parse(text.length() > 8 ? text.substring(0, 8) : text);
                case "datetime" -> text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")
                        ? OffsetDateTime.parse(text) : LocalDateTime.parse(text);
                default -> LocalDate.parse(text);
            };
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void checkOption(FormField field, JsonNode value, Function<String, Object> variables, String key,
            String label, List<FormViolation> out) {
        if (!value.isValueNode()) {
            out.add(FormViolation.of(key, label, "måste vara ett av de givna valen."));
            return;
        }
        List<String> allowed = field.staticValues();
        if (allowed == null && field.valuesKey() != null) {
            allowed = optionsOf(variables.apply(field.valuesKey().split("\\.")[0]), field.valuesKey());
        }
        if (allowed == null) {
            if (field.valuesKey() != null) {
                out.add(FormViolation.of(key, label, "kan inte kontrolleras: valen (" + field.valuesKey() + ") saknas."));
            }
            return;
        }
        if (!allowed.contains(value.asText())) {
            out.add(FormViolation.of(key, label, "har värdet \"" + shown(value.asText())
                    + "\", som inte finns bland de tillåtna valen."));
        }
    }

    /** A refused value as the message repeats it: at most 60 characters, control characters as '?'. */
    private static String shown(String value) {
        String cut = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        return cut.replaceAll("[\\p{Cntrl}\\p{Cs}\\u202A-\\u202E\\u2066-\\u2069]", "?");
    }

    private static List<String> optionsOf(Object raw, String valuesKey) {
        String[] path = valuesKey.split("\\.");
        JsonNode options = navigate(ProcessJson.toJson(raw), List.of(path).subList(1, path.length));
        if (options == null || !options.isArray()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (JsonNode option : options) {
            values.add(option.isObject() ? option.path("value").asText() : option.asText());
        }
        return values;
    }

    private static void checkList(FormField field, JsonNode value, Function<String, Object> variables, String key,
            String label, List<FormViolation> out) {
        if (!value.isArray()) {
            out.add(FormViolation.of(key, label, "måste vara en lista."));
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            for (FormField inner : field.items()) {
                JsonNode innerValue = navigate(item, inner.path());
                check(inner, innerValue, null, variables, key + "[" + i + "]." + inner.key(),
                        label + " " + (i + 1) + ": " + inner.label(), out);
            }
        }
    }

    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode()
                || (value.isTextual() && value.asText().isBlank())
                || (value.isArray() && value.isEmpty());
    }

    private static JsonNode navigate(JsonNode node, List<String> path) {
        JsonNode current = node;
        for (String step : path) {
            if (current == null || !current.isObject()) {
                return null;
            }
            current = current.get(step);
        }
        return current;
    }
}
