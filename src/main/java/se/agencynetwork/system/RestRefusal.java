package se.agencynetwork.system;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A refusal the filters in front of the engine REST API answer with, shaped like the engine's own
 * errors ({@code type}, {@code message}, {@code code}) so Tasklist shows the message.
 */
final class RestRefusal {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RestRefusal() {
    }

    static void write(HttpServletResponse response, int status, String type, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        body.put("code", null);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(body));
    }

    /** A path segment of the request, decoded (a {@code +} stays a plus); the raw segment if it cannot be. */
    static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }
}
