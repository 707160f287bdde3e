package se.agencynetwork.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where the directory file is and how it is applied.
 *
 * @param location      the YAML file describing the network ({@code NETWORK_DIRECTORY_FILE})
 * @param demoPasswords give every person of the file the password {@code demo} (demo profile only)
 */
@ConfigurationProperties("network.directory")
public record DirectoryProperties(Resource location, boolean demoPasswords) {
}
