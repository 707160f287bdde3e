package se.agencynetwork.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.agencynetwork.process.ProcessJson;

/** The JSON the course-delivery steps and form rules read and write (counts per agency, form lists). */
final class DeliveryJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DeliveryJson() {
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Long> longMap(Object json) {
        try {
            return JSON.readValue(json.toString(), new TypeReference<TreeMap<String, Long>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a JSON object of numbers: " + json, e);
        }
    }

    /**
     * The elements of a list variable however it was submitted: a Java list (the Java API), or Spin
     * JSON - what Tasklist and the REST API send for a Camunda Form's dynamic list and checklist.
     */
    static List<JsonNode> elements(Object value) {
        JsonNode json = ProcessJson.toJson(value);
        List<JsonNode> elements = new ArrayList<>();
        if (json != null && json.isArray()) {
            json.forEach(elements::add);
        }
        return elements;
    }
}
