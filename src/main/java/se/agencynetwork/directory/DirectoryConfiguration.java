package se.agencynetwork.directory;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    /** The network of the directory file; start-up fails here, naming every problem, when the file is invalid. */
    @Bean
    NetworkDirectory networkDirectory(DirectoryProperties properties, Clock clock) {
        DirectoryFile file = new DirectoryFileReader().load(properties.location());
        new DirectoryValidator(clock).validate(file);
        return new NetworkDirectory(file.definition());
    }
}
