package se.agencynetwork.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** What docker-compose.yml and the Dockerfile say about the application service (no Docker needed). */
public record DockerCompose(JsonNode compose, String dockerfile) {

    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{([A-Z0-9_]+):-([^}]*)}");
    private static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Z0-9_]+):\\?[^}]*}");
    private static final Pattern COPY_JAR = Pattern.compile("(?m)^COPY\\s+(\\S+\\.jar)\\s+");

    public static DockerCompose read() throws IOException {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(Path.of("docker-compose.yml").toFile());
        return new DockerCompose(compose, Files.readString(Path.of("Dockerfile")));
    }

    public JsonNode service(String name) {
        return compose.path("services").path(name);
    }

    /** The environment of the app service; {@code ${X:-default}} becomes the default, {@code ${X:?}} stays "". */
    public Map<String, String> appEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        service("app").path("environment").fields().forEachRemaining(entry -> {
            String value = entry.getValue().asText();
            Matcher defaulted = DEFAULTED.matcher(value);
            value = defaulted.replaceAll(match -> Matcher.quoteReplacement(match.group(2)));
            value = REQUIRED.matcher(value).replaceAll("");
            environment.put(entry.getKey(), value);
        });
        return environment;
    }

    /** The jar the Dockerfile copies into the image, e.g. {@code target/agency-network-workflows.jar}. */
    public String dockerfileJar() {
        Matcher matcher = COPY_JAR.matcher(dockerfile);
        if (!matcher.find()) {
            throw new IllegalStateException("The Dockerfile copies no jar");
        }
        return matcher.group(1);
    }
}
