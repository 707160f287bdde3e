package se.agencynetwork.forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A parsed Camunda Form: its id, the inputs a user may fill in (which the server validates and which
 * alone a submission may write), the inputs it shows read-only or disabled, the conditions under
 * which it hides inputs, and every variable the form displays. Text, spacer, separator, table and
 * other display components carry no user input.
 *
 * @param id        the form's id
 * @param fields    the editable inputs (not read-only, not disabled), including those hidden under a condition
 * @param readOnly  top-level variable name to label of the inputs shown read-only or disabled
 * @param hidden    {@link FormField#key()} to the FEEL expression (without '=') that hides that input
 * @param displayed every top-level variable the form shows or needs to render: any component's key or
 *                  path, the variables of option lists ({@code valuesKey}), and the variables named in
 *                  its expressions (conditions, table sources) and text templates
 */
public record FormSchema(String id, List<FormField> fields, Map<String, String> readOnly, Map<String, String> hidden,
        Set<String> displayed) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static final List<String> INPUT_TYPES = List.of("textfield", "textarea", "number", "datetime", "checkbox",
            "checklist", "radio", "select", "taglist");

    /** Names in an expression or template: not after a dot (a property), not before '(' (a function). */
    private static final Pattern NAME = Pattern.compile("(?<![.\\w])([A-Za-z_][A-Za-z0-9_]*)\\b(?!\\s*\\()");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Set<String> FEEL_WORDS = Set.of("not", "and", "or", "true", "false", "null", "if", "then",
            "else", "for", "in", "return", "some", "every", "satisfies", "instance", "of", "between", "function",
            "this", "parent", "each", "loop", "context");

    public static FormSchema parse(byte[] json) {
        try {
            return parse(MAPPER.readTree(json));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Not a Camunda Form (invalid JSON): " + e.getMessage(), e);
        }
    }

    public static FormSchema parse(JsonNode root) {
        String id = root.path("id").asText(null);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("Camunda Form without an id");
        }
        List<FormField> fields = new ArrayList<>();
        Map<String, String> hidden = new LinkedHashMap<>();
        collect(root.path("components"), List.of(), fields, hidden);
        Map<String, String> readOnly = new LinkedHashMap<>();
        Set<String> displayed = new TreeSet<>();
        display(root.path("components"), List.of(), readOnly, displayed);
        return new FormSchema(id, List.copyOf(fields), Map.copyOf(readOnly), Map.copyOf(hidden), Set.copyOf(displayed));
    }

    /** The editable inputs whose values live in this top-level variable (empty when none). */
    public List<FormField> fieldsOf(String variable) {
        return fields.stream().filter(f -> f.path().get(0).equals(variable)).toList();
    }

    private static void collect(JsonNode components, List<String> prefix, List<FormField> into, Map<String, String> hidden) {
        for (JsonNode component : components) {
            String type = component.path("type").asText("");
            if (isTrue(component.path("disabled")) || isTrue(component.path("readonly"))) {
                continue;
            }
            // hidden under a condition, or read-only under a condition: validated when it has a value but
            // never required; a submission may write it only while the condition does not hide it
            String hide = component.path("conditional").path("hide").asText("").trim();
            boolean conditional = !hide.isEmpty() || component.path("readonly").isTextual();
            if ("group".equals(type)) {
                collect(component.path("components"), join(prefix, component.path("path").asText("")), into, hidden);
            } else if ("dynamiclist".equals(type)) {
                List<FormField> items = new ArrayList<>();
                collect(component.path("components"), List.of(), items, new LinkedHashMap<>());
                FormField list = new FormField(join(prefix, component.path("path").asText("")),
                        component.path("label").asText(component.path("path").asText()), type,
                        component.path("validate"), null, null, null, null, conditional, List.copyOf(items));
                into.add(list);
                remember(list, hide, hidden);
            } else if (INPUT_TYPES.contains(type) && component.hasNonNull("key")) {
                String key = component.path("key").asText();
                List<String> staticValues = null;
                if (component.path("values").isArray()) {
                    staticValues = new ArrayList<>();
                    for (JsonNode option : component.path("values")) {
                        staticValues.add(option.path("value").asText());
                    }
                }
                String valuesKey = component.hasNonNull("valuesKey") ? component.path("valuesKey").asText() : null;
                String subtype = component.hasNonNull("subtype") ? component.path("subtype").asText() : null;
                Integer decimals = component.path("decimalDigits").isNumber()
                        ? component.path("decimalDigits").asInt() : null;
                JsonNode validate = component.path("validate").isObject()
                        ? component.path("validate") : MissingNode.getInstance();
                FormField field = new FormField(join(prefix, key), component.path("label").asText(key), type, validate,
                        staticValues, valuesKey, subtype, decimals, conditional, List.of());
                into.add(field);
                remember(field, hide, hidden);
            }
        }
    }

    private static void remember(FormField field, String hide, Map<String, String> hidden) {
        if (!hide.isEmpty()) {
            hidden.put(field.key(), hide.startsWith("=") ? hide.substring(1) : hide);
        }
    }

    /** The read-only inputs and every variable the components show or refer to, read-only and hidden ones included. */
    private static void display(JsonNode components, List<String> prefix, Map<String, String> readOnly, Set<String> displayed) {
        for (JsonNode component : components) {
            String type = component.path("type").asText("");
            String key = component.path("key").asText("");
            String path = component.path("path").asText("");
            String top = !prefix.isEmpty() ? prefix.get(0) : !key.isBlank() ? key.split("\\.")[0]
                    : !path.isBlank() ? path.split("\\.")[0] : null;
            if (top != null) {
                displayed.add(top);
            }
            if (!key.isBlank() && (isTrue(component.path("disabled")) || isTrue(component.path("readonly")))) {
                readOnly.putIfAbsent(top, component.path("label").asText(key));
            }
            if (component.hasNonNull("valuesKey")) {
                displayed.add(component.path("valuesKey").asText().split("\\.")[0]);
            }
            referencedNames(component, displayed);
            if ("group".equals(type)) {
                display(component.path("components"), join(prefix, path), readOnly, displayed);
            } else if (component.path("components").isArray()) {
                // a dynamic list's (or table's) rows: their keys live inside the list; their expressions and the
                // option lists of their selects (valuesKey) are variables of the task
                for (JsonNode inner : component.path("components")) {
                    referencedNames(inner, displayed);
                    if (inner.hasNonNull("valuesKey")) {
                        displayed.add(inner.path("valuesKey").asText().split("\\.")[0]);
                    }
                }
            }
        }
    }

    /** The names in a component's FEEL expressions ({@code "=..."}) and text templates ({@code {{...}}}). */
    private static void referencedNames(JsonNode component, Set<String> into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = component.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().equals("components")) {
                continue;
            }
            strings(entry.getValue(), text -> {
                if (text.startsWith("=")) {
                    names(text.substring(1), into);
                }
                Matcher template = TEMPLATE.matcher(text);
                while (template.find()) {
                    names(template.group(1).replaceFirst("^\\s*[#/]\\w+", ""), into);
                }
            });
        }
    }

    private static void strings(JsonNode node, java.util.function.Consumer<String> action) {
        if (node.isTextual()) {
            action.accept(node.asText());
        } else if (node.isContainerNode()) {
            node.forEach(child -> strings(child, action));
        }
    }

    private static void names(String expression, Set<String> into) {
        Matcher name = NAME.matcher(STRING_LITERAL.matcher(expression).replaceAll("\"\""));
        while (name.find()) {
            if (!FEEL_WORDS.contains(name.group(1))) {
                into.add(name.group(1));
            }
        }
    }

    private static List<String> join(List<String> prefix, String dotted) {
        List<String> path = new ArrayList<>(prefix);
        if (!dotted.isBlank()) {
            path.addAll(Arrays.asList(dotted.split("\\.")));
        }
        return path;
    }

    private static boolean isTrue(JsonNode node) {
        return node.isBoolean() && node.asBoolean();
    }
}
