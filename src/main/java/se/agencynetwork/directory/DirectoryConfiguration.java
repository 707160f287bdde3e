package se.agencynetwork.directory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    @Bean
    NetworkDirectory networkDirectory(DirectoryProperties properties) {
        NetworkDefinition definition = new DirectoryFileReader().read(properties.location());
        return new NetworkDirectory(definition);
    }
}
