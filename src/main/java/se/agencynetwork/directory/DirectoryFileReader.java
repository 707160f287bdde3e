package se.agencynetwork.directory;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.springframework.core.io.Resource;

/**
 * Reads the directory YAML file (kebab-case keys; an unknown key is an error, so typos are caught).
 * A problem found while reading names the entry and the line, e.g.
 * {@code people[3] (username 'chef-xyz', line 210): unknown key 'frist-name'}.
 * The rules about the content are {@link DirectoryValidator}'s.
 */
public class DirectoryFileReader {

    private final YAMLFactory yamlFactory = new YAMLFactory();
    private final ObjectMapper yaml = JsonMapper.builder(yamlFactory)
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** The definition in the file, not yet validated. */
    public NetworkDefinition read(Resource resource) {
        return load(resource).definition();
    }

    /** The file with what is needed to name its entries in messages, not yet validated. */
    public DirectoryFile load(Resource resource) {
        if (resource == null) {
            throw new DirectoryFileException("(none)", "no directory file configured: set network.directory.location "
                    + "(environment variable NETWORK_DIRECTORY_FILE)");
        }
        String name = resource.getDescription();
        if (!resource.exists()) {
            throw new DirectoryFileException(name, "the file does not exist");
        }
        byte[] content;
        try (InputStream in = resource.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new DirectoryFileException(name, "cannot be read: " + e.getMessage(), e);
        }
        JsonNode tree;
        Map<String, Integer> lines;
        try {
            tree = yaml.readTree(content);
            lines = entryLines(content);
        } catch (JsonProcessingException e) {
            throw new DirectoryFileException(name, "is not valid YAML: " + e.getOriginalMessage() + lineOf(e), e);
        } catch (IOException e) {
            throw new DirectoryFileException(name, "cannot be read: " + e.getMessage(), e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new DirectoryFileException(name, "the file is empty");
        }
        if (!tree.isObject()) {
            throw new DirectoryFileException(name, "the file must be a map with the keys network, agencies, "
                    + "working-groups and people");
        }
        DirectoryFile located = new DirectoryFile(name, null, tree, lines);
        try {
            NetworkDefinition definition = yaml.readValue(content, NetworkDefinition.class);
            return new DirectoryFile(name, definition, tree, lines);
        } catch (JsonProcessingException e) {
            throw new DirectoryFileException(name, describe(e, located), e);
        } catch (IOException e) {
            throw new DirectoryFileException(name, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The line where each entry of the lists (and each top-level key) starts: {@code people[3] -> 210}. */
    private Map<String, Integer> entryLines(byte[] content) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = yamlFactory.createParser(content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return lines;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String section = parser.currentName();
                lines.put(section, parser.currentTokenLocation().getLineNr());
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY) {
                    int index = 0;
                    for (JsonToken item = parser.nextToken(); item != null && item != JsonToken.END_ARRAY;
                            item = parser.nextToken()) {
                        lines.put(section + "[" + index++ + "]", parser.currentTokenLocation().getLineNr());
                        parser.skipChildren();
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        return lines;
    }

    /** A mapping problem as "entry: what is wrong", the entry named by its identifying key and line. */
    private static String describe(JsonProcessingException e, DirectoryFile file) {
        String entry = null;
        StringBuilder inside = new StringBuilder();
        if (e instanceof JsonMappingException mapping) {
            List<JsonMappingException.Reference> path = mapping.getPath();
            if (e instanceof UnrecognizedPropertyException && !path.isEmpty()) {
                path = path.subList(0, path.size() - 1); // the last element is the unknown key itself
            }
            if (!path.isEmpty() && path.get(0).getFieldName() != null) {
                String section = path.get(0).getFieldName();
                int rest = 1;
                if (path.size() > 1 && path.get(1).getIndex() >= 0) {
                    entry = file.entry(section, path.get(1).getIndex());
                    rest = 2;
                } else if (path.size() > 1) {
                    entry = file.entry(section);
                } else {
                    entry = section;
                }
                for (JsonMappingException.Reference reference : path.subList(rest, path.size())) {
                    if (reference.getIndex() >= 0) {
                        inside.append('[').append(reference.getIndex()).append(']');
                    } else {
                        inside.append(inside.isEmpty() ? "" : ".").append(reference.getFieldName());
                    }
                }
            }
        }
        String problem;
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            problem = "unknown key '" + unknown.getPropertyName() + "'"
                    + (known.isEmpty() ? "" : " (known keys: " + known + ")");
        } else if (e.getCause() instanceof IllegalArgumentException cause && cause.getMessage() != null) {
            problem = cause.getMessage();
        } else {
            problem = e.getOriginalMessage();
        }
        StringBuilder message = new StringBuilder();
        if (entry != null) {
            message.append(entry).append(": ");
        }
        if (!inside.isEmpty()) {
            message.append(inside).append(": ");
        }
        message.append(problem);
        if (entry == null || !entry.contains("line ")) {
            message.append(lineOf(e));
        }
        return message.toString();
    }

    private static String lineOf(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                : " (line " + e.getLocation().getLineNr() + ")";
    }
}
