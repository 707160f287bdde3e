package se.agencynetwork.forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A parsed Camunda Form: its id and the inputs the server validates. Text, spacer, separator,
 * table and other display components, and read-only or disabled inputs, carry no user input and
 * are left out.
 */
public record FormSchema(String id, List<FormField> fields) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static final List<String> INPUT_TYPES = List.of("textfield", "textarea", "number", "datetime", "checkbox",
            "checklist", "radio", "select", "taglist");

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
        collect(root.path("components"), List.of(), fields);
        return new FormSchema(id, List.copyOf(fields));
    }

    private static void collect(JsonNode components, List<String> prefix, List<FormField> into) {
        for (JsonNode component : components) {
            String type = component.path("type").asText("");
            if (isTrue(component.path("disabled")) || isReadonly(component.path("readonly"))) {
                continue;
            }
            // hidden under a condition, or read-only under a condition: the server does not evaluate
            // FEEL, so such an input is checked when it has a value but is never required
            boolean conditional = (component.path("conditional").path("hide").isTextual()
                    && !component.path("conditional").path("hide").asText().isBlank())
                    || component.path("readonly").isTextual();
            if ("group".equals(type)) {
                collect(component.path("components"), join(prefix, component.path("path").asText("")), into);
            } else if ("dynamiclist".equals(type)) {
                List<FormField> items = new ArrayList<>();
                collect(component.path("components"), List.of(), items);
                into.add(new FormField(join(prefix, component.path("path").asText("")),
                        component.path("label").asText(component.path("path").asText()), type,
                        component.path("validate"), null, null, null, null, conditional, List.copyOf(items)));
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
                into.add(new FormField(join(prefix, key), component.path("label").asText(key), type, validate,
                        staticValues, valuesKey, subtype, decimals, conditional, List.of()));
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

    private static boolean isReadonly(JsonNode node) {
        return isTrue(node);
    }
}
