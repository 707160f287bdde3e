package se.agencynetwork.directory;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A directory file as read: its description (for messages), the definition it holds, and what
 * is needed to name an entry in a message ({@code people[3] (username 'chef-xyz', line 210)}).
 */
public record DirectoryFile(String description, NetworkDefinition definition, JsonNode tree, Map<String, Integer> lines) {

    /** The key that identifies an entry of each list of the file. */
    private static final Map<String, String> IDENTIFYING_KEYS =
            Map.of("agencies", "code", "working-groups", "id", "people", "username");

    public DirectoryFile {
        lines = Map.copyOf(lines);
    }

    /** Names an entry of a list, e.g. {@code people[3] (username 'chef-xyz', line 210)}. */
    public String entry(String section, int index) {
        String path = section + "[" + index + "]";
        StringBuilder details = new StringBuilder();
        String key = IDENTIFYING_KEYS.get(section);
        JsonNode node = tree == null ? null : tree.path(section).path(index);
        if (key != null && node != null && node.path(key).isValueNode() && !node.path(key).asText().isBlank()) {
            details.append(key).append(" '").append(node.path(key).asText()).append("'");
        }
        appendLine(details, lines.get(path));
        return details.isEmpty() ? path : path + " (" + details + ")";
    }

    /** Names a top-level entry of the file, e.g. {@code network (line 5)}. */
    public String entry(String section) {
        StringBuilder details = new StringBuilder();
        appendLine(details, lines.get(section));
        return details.isEmpty() ? section : section + " (" + details + ")";
    }

    private static void appendLine(StringBuilder details, Integer line) {
        if (line != null) {
            if (!details.isEmpty()) {
                details.append(", ");
            }
            details.append("line ").append(line);
        }
    }
}
