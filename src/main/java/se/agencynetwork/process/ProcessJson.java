package se.agencynetwork.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.temporal.TemporalAccessor;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Lists for forms (select options, tables) as Spin JSON variables, which Tasklist hands to form-js as they are. */
public final class ProcessJson {

    /** One mapper for reading and writing; java.time values are written as ISO text, not timestamps. */
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ProcessJson() {
    }

    public static SpinJsonNode json(Object value) {
        try {
            return Spin.JSON(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write as JSON: " + value, e);
        }
    }

    /**
     * Options of a select, radio or checklist ({@code label}, {@code value}) as a Spin JSON variable,
     * in Swedish order of their labels (agencies, people and needs are listed the way a Swedish
     * reader looks for them: Å, Ä, Ö after Z).
     */
    public static SpinJsonNode options(List<? extends Map<String, ?>> options) {
        List<Map<String, ?>> sorted = new ArrayList<>(options);
        sorted.sort(SwedishOrder.by(option -> String.valueOf(option.get("label"))));
        return json(sorted);
    }

    /**
     * A list (agency codes, business keys) as a Spin JSON variable: Cockpit and the REST API show
     * it as JSON, where a {@code java.util.List} set as it is would be stored Java-serialized.
     */
    public static SpinJsonNode list(Collection<?> values) {
        return json(new ArrayList<>(values));
    }

    /** A map (agency code to count) as a Spin JSON variable, in the map's order. */
    public static SpinJsonNode map(Map<String, ?> values) {
        return json(new LinkedHashMap<>(values));
    }

    /**
     * The texts of a list variable, whichever way it was stored: Spin JSON (as this class writes
     * it and Tasklist submits it), JSON text, or a Java collection (a value handed over in code);
     * an empty list for null.
     */
    public static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        JsonNode tree = tree(value);
        if (tree == null || tree.isNull()) {
            return List.of();
        }
        if (!tree.isArray()) {
            throw new IllegalArgumentException("Not a JSON list: " + value);
        }
        List<String> texts = new ArrayList<>();
        tree.forEach(element -> texts.add(element.isValueNode() ? element.asText() : element.toString()));
        return texts;
    }

    /** The whole numbers of a map variable (agency code to count), in its order; empty for null. */
    public static Map<String, Long> longs(Object value) {
        Map<String, Long> longs = new LinkedHashMap<>();
        if (value == null) {
            return longs;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, count) -> longs.put(String.valueOf(key), count == null ? 0L
                    : count instanceof Number n ? n.longValue() : Long.parseLong(count.toString().trim())));
            return longs;
        }
        JsonNode tree = tree(value);
        if (tree == null || tree.isNull()) {
            return longs;
        }
        if (!tree.isObject()) {
            throw new IllegalArgumentException("Not a JSON object: " + value);
        }
        tree.fields().forEachRemaining(field -> longs.put(field.getKey(), field.getValue().asLong()));
        return longs;
    }

    private static JsonNode tree(Object value) {
        try {
            // a Spin JSON node prints itself as JSON text; JSON text is read as it is
            return MAPPER.readTree(value instanceof SpinJsonNode node ? node.toString() : value.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + value, e);
        }
    }

    /** A variable's value as JSON: Spin JSON, JSON text of lists and objects, or a plain Java value. */
    public static JsonNode toJson(Object raw) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof JsonNode node) {
            return node;
        }
        try {
            if (raw instanceof SpinJsonNode spin) {
                return MAPPER.readTree(spin.toString());
            }
            if (raw instanceof String text) {
                String trimmed = text.trim();
                if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
                    try {
                        return MAPPER.readTree(trimmed);
                    } catch (JsonProcessingException notJson) {
                        return JsonNodeFactory.instance.textNode(text);
                    }
                }
                return JsonNodeFactory.instance.textNode(text);
            }
            if (raw instanceof Collection<?> || raw instanceof Map<?, ?> || raw instanceof Number
                    || raw instanceof Boolean || raw.getClass().isArray()) {
                return MAPPER.valueToTree(raw);
            }
            if (raw instanceof Date || raw instanceof TemporalAccessor) {
                return JsonNodeFactory.instance.textNode(raw.toString());
            }
            return MAPPER.valueToTree(raw);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return JsonNodeFactory.instance.textNode(String.valueOf(raw));
        }
    }
}
