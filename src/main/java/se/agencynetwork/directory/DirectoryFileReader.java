package se.agencynetwork.directory;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.springframework.core.io.Resource;

/** Reads the directory YAML file (kebab-case keys; an unknown key is an error, so typos are caught). */
public class DirectoryFileReader {

    private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public NetworkDefinition read(Resource resource) {
        if (resource == null) {
            throw new DirectoryFileException("(none)", "no directory file configured: set network.directory.location "
                    + "(environment variable NETWORK_DIRECTORY_FILE)");
        }
        String name = resource.getDescription();
        if (!resource.exists()) {
            throw new DirectoryFileException(name, "the file does not exist");
        }
        try (InputStream in = resource.getInputStream()) {
            NetworkDefinition definition = yaml.readValue(in, NetworkDefinition.class);
            if (definition == null) {
                throw new DirectoryFileException(name, "the file is empty");
            }
            return definition;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new DirectoryFileException(name, "cannot be read: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        } catch (IOException e) {
            throw new DirectoryFileException(name, "cannot be read: " + e.getMessage(), e);
        }
    }
}
