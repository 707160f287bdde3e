package se.agencynetwork.forms;

import java.util.List;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Lists for forms (select options, tables) as Spin JSON variables, which Tasklist hands to form-js as they are. */
public final class ProcessJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProcessJson() {
    }

    public static SpinJsonNode json(Object value) {
        try {
            return Spin.JSON(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write as JSON: " + value, e);
        }
    }

    public static SpinJsonNode options(List<? extends java.util.Map<String, ?>> options) {
        return json(options);
    }
}
