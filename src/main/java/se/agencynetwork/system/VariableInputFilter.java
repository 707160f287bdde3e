package se.agencynetwork.system;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a user may send as a variable over the engine REST API ({@code /engine-rest} and the
 * webapps' {@code /camunda/api/engine}): text, numbers, booleans, dates, null and JSON
 * ({@code "type": "Json"}). Refused with 400 naming the variable, before the engine sees the request:
 * <ul>
 * <li>{@code Object} (Java-serialized or JSON naming a Java class), {@code Xml}, {@code File} and
 * {@code Bytes} values, and a JSON object or array sent without a type (the engine would store it
 * as a Java object);</li>
 * <li>the binary upload of a variable ({@code POST .../variables/{name}/data});</li>
 * <li>JSON nested deeper than {@link #MAX_JSON_DEPTH} levels, in the request itself or in a
 * {@code Json} variable's text, and a {@code Json} variable that is not JSON.</li>
 * </ul>
 * Without this the engine answered 500 to such requests (no serializer for {@code Xml}, a stack
 * overflow or Jackson's own nesting limit deep inside the engine, a type that the deserialization
 * allow-list refuses only when the value is read), or stored a value that no form of the network
 * offers. The engine's deserialization type validation stays on as the second wall for values made
 * by code.
 *
 * <p>Everything else passes unchanged: other content types, malformed JSON (Camunda answers 400
 * itself) and every request without variables. On {@code /engine-rest} a Java-serialized
 * {@code Object} passes too: the engine refuses it itself after its authorization check (ENGINE-17007,
 * answered 400 with the variable's name by {@link EngineRestRefusals}), so that a caller without
 * permission still learns 403 and one with permission 400 (the authorization matrix relies on it).
 * The webapps' mount has no such mapping and would answer 500, so there it is refused here.
 */
class VariableInputFilter extends OncePerRequestFilter {

    /** Deeper than any form of the network (a dynamic list's rows are 2 levels) by far. */
    static final int MAX_JSON_DEPTH = 32;

    private static final Logger LOG = LoggerFactory.getLogger(VariableInputFilter.class);
    private static final Set<String> REFUSED_TYPES = Set.of("object", "xml", "file", "bytes");
    private static final Set<String> VARIABLE_KEYS = Set.of("value", "type", "valueInfo", "local");
    private static final Pattern BINARY_UPLOAD = Pattern.compile("/(?:variables|localVariables)/([^/]+)/data/?$");
    private static final Pattern SINGLE_VARIABLE = Pattern.compile("/(?:variables|localVariables)/([^/]+)/?$");
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH).build())
            .build());

    /** The serialization format of a Java-serialized {@code Object} value. */
    static final String JAVA_SERIALIZED = "application/x-java-serialized-object";

    /** Why one request is refused. */
    record Refusal(String type, String message) {
    }

    private final boolean engineRefusesJavaSerialization;

    /**
     * @param engineRefusesJavaSerialization whether a Java-serialized {@code Object} may pass to the
     *        engine, which refuses it with a 400 of its own on this mount
     */
    VariableInputFilter(boolean engineRefusesJavaSerialization) {
        this.engineRefusesJavaSerialization = engineRefusesJavaSerialization;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (!"POST".equals(method) && !"PUT".equals(method) && !"PATCH".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher upload = BINARY_UPLOAD.matcher(path);
        if (upload.find()) {
            String name = RestRefusal.decode(upload.group(1));
            refuse(request, response, new Refusal("VariableTypeRefused", "Variabeln \"" + name + "\" (" + name
                    + ") kan inte laddas upp som fil eller binärdata: skicka den som text, tal, sant/falskt, datum"
                    + " eller JSON. Inget har sparats."));
            return;
        }
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("json")) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        Matcher single = SINGLE_VARIABLE.matcher(path);
        Optional<Refusal> refusal = check(body, single.find() ? RestRefusal.decode(single.group(1)) : null,
                engineRefusesJavaSerialization);
        if (refusal.isPresent()) {
            refuse(request, response, refusal.get());
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    /**
     * The refusal for a JSON request body, if any. {@code singleVariable} names the variable when the
     * whole body is one variable's value ({@code PUT .../variables/{name}}).
     */
    static Optional<Refusal> check(byte[] body, String singleVariable, boolean javaSerializedToEngine) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (StreamConstraintsException tooDeep) {
            return Optional.of(new Refusal("JsonTooDeep", "Begäran innehåller JSON som är nästlad djupare än "
                    + MAX_JSON_DEPTH + " nivåer och tas inte emot. Inget har sparats."));
        } catch (IOException | RuntimeException malformed) {
            return Optional.empty();
        }
        if (root == null) {
            return Optional.empty();
        }
        if (singleVariable != null && root instanceof ObjectNode variable) {
            Optional<Refusal> refusal = checkVariable(singleVariable, variable, javaSerializedToEngine);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return walk(root, javaSerializedToEngine);
    }

    /** Every object in the request that has the shape of a variable value is checked under its key. */
    private static Optional<Refusal> walk(JsonNode node, boolean javaSerializedToEngine) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue() instanceof ObjectNode child && looksLikeVariable(child)) {
                    Optional<Refusal> refusal = checkVariable(field.getKey(), child, javaSerializedToEngine);
                    if (refusal.isPresent()) {
                        return refusal;
                    }
                }
                Optional<Refusal> refusal = walk(field.getValue(), javaSerializedToEngine);
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                Optional<Refusal> refusal = walk(element, javaSerializedToEngine);
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean looksLikeVariable(ObjectNode node) {
        if (!node.has("value") && !node.has("type")) {
            return false;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            if (!VARIABLE_KEYS.contains(names.next())) {
                return false;
            }
        }
        return true;
    }

    static Optional<Refusal> checkVariable(String name, ObjectNode variable, boolean javaSerializedToEngine) {
        JsonNode type = variable.get("type");
        if (javaSerializedToEngine && type != null && "object".equalsIgnoreCase(type.asText())
                && JAVA_SERIALIZED.equals(variable.path("valueInfo").path("serializationDataFormat").asText())) {
            return Optional.empty();
        }
        JsonNode value = variable.get("value");
        String label = "Variabeln \"" + name + "\" (" + name + ")";
        if (type == null || type.isNull()) {
            if (value != null && value.isContainerNode()) {
                return Optional.of(new Refusal("VariableTypeRefused", label + " är ett JSON-" + (value.isArray()
                        ? "fält" : "objekt") + " utan typ och skulle sparas som ett Java-objekt: skicka den som text"
                        + " med \"type\": \"Json\". Inget har sparats."));
            }
            return Optional.empty();
        }
        String typeName = type.asText();
        if (REFUSED_TYPES.contains(typeName.toLowerCase(Locale.ROOT))) {
            return Optional.of(new Refusal("VariableTypeRefused", label + " har typen " + typeName
                    + ", som inte tas emot: skicka text, tal, sant/falskt, datum eller JSON (\"type\": \"Json\")."
                    + " Inget har sparats."));
        }
        if ("json".equalsIgnoreCase(typeName) && value != null && value.isTextual()) {
            try {
                MAPPER.readTree(value.asText());
            } catch (StreamConstraintsException tooDeep) {
                return Optional.of(new Refusal("JsonTooDeep", label + " innehåller JSON som är nästlad djupare än "
                        + MAX_JSON_DEPTH + " nivåer och tas inte emot. Inget har sparats."));
            } catch (IOException | RuntimeException malformed) {
                return Optional.of(new Refusal("InvalidJson", label + " har typen Json men är inte giltig JSON."
                        + " Inget har sparats."));
            }
        }
        return Optional.empty();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal)
            throws IOException {
        LOG.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), refusal.message());
        RestRefusal.write(response, HttpServletResponse.SC_BAD_REQUEST, refusal.type(), refusal.message());
    }

    /** The request with its body read once and replayed to the engine REST API. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
