package se.agencynetwork.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import se.agencynetwork.testsupport.DockerCompose;

/**
 * No Docker engine runs here, so what can be checked without one is checked: the image is built
 * from the jar this build makes, every variable the compose file gives the application is one the
 * application reads, and the services wait for each other's health.
 */
class DockerComposeConsistencyTest {

    private final DockerCompose compose = DockerCompose.read();

    DockerComposeConsistencyTest() throws IOException {
    }

    @Test
    void theImageIsBuiltFromTheJarThisBuildMakes() throws IOException {
        Matcher finalName = Pattern.compile("<finalName>([^<]+)</finalName>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(finalName.find()).as("pom.xml names the jar").isTrue();

        assertThat(compose.dockerfileJar()).isEqualTo("target/" + finalName.group(1) + ".jar");
        assertThat(compose.service("app").path("build").asText()).isEqualTo(".");
    }

    @Test
    void everyVariableGivenToTheApplicationIsReadByIt() throws IOException {
        Set<String> placeholders = placeholdersInApplicationConfig();
        Set<String> springProperties = knownSpringProperties();

        for (String variable : compose.appEnvironment().keySet()) {
            String asProperty = variable.toLowerCase().replace('_', '.');
            boolean read = placeholders.contains(variable) || springProperties.contains(asProperty);
            assertThat(read).as(variable + " is read by the application").isTrue();
        }
    }

    @Test
    void everythingTheProductionProfileNeedsIsGiven() throws IOException {
        Map<String, String> environment = compose.appEnvironment();

        assertThat(environment).containsKeys("DB_URL", "DB_USER", "DB_PASSWORD", "ADMIN_PASSWORD",
                "NETWORK_DIRECTORY_FILE", "SPRING_MAIL_HOST");
        assertThat(environment.get("SPRING_PROFILES_ACTIVE")).contains("postgres").doesNotContain("demo");
        // secrets come from the environment of whoever runs compose, never from the file
        JsonNode appEnvironment = compose.service("app").path("environment");
        assertThat(appEnvironment.path("ADMIN_PASSWORD").asText()).startsWith("${ADMIN_PASSWORD:?");
        assertThat(appEnvironment.path("DB_PASSWORD").asText()).startsWith("${DB_PASSWORD:?");
    }

    @Test
    void theApplicationTalksToTheDatabaseServiceOfTheFile() {
        JsonNode postgres = compose.service("postgres").path("environment");
        Map<String, String> environment = compose.appEnvironment();

        assertThat(environment.get("DB_URL"))
                .isEqualTo("jdbc:postgresql://postgres:5432/" + postgres.path("POSTGRES_DB").asText());
        assertThat(environment.get("DB_USER")).isEqualTo(postgres.path("POSTGRES_USER").asText());
        assertThat(compose.service("postgres").path("volumes").isEmpty()).as("postgres keeps its data in a volume").isFalse();
    }

    @Test
    void everyServiceHasAHealthCheckAndTheApplicationWaitsForThem() {
        for (String service : Set.of("postgres", "mailpit", "app")) {
            assertThat(compose.service(service).path("healthcheck").path("test").isMissingNode())
                    .as(service + " has a health check").isFalse();
        }
        JsonNode dependsOn = compose.service("app").path("depends_on");
        assertThat(dependsOn.path("postgres").path("condition").asText()).isEqualTo("service_healthy");
        assertThat(dependsOn.path("mailpit").path("condition").asText()).isEqualTo("service_healthy");
    }

    /** Every {@code ${NAME} / ${NAME:default}} in src/main/resources/application*.yaml. */
    static Set<String> placeholdersInApplicationConfig() throws IOException {
        Pattern placeholder = Pattern.compile("\\$\\{([A-Z0-9_]+)[:}]");
        Set<String> names = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.ya?ml")).toList()) {
                Matcher matcher = placeholder.matcher(Files.readString(file));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        }
        return names;
    }

    /** Property names Spring Boot documents in its configuration metadata, dashes removed. */
    static Set<String> knownSpringProperties() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> names = new HashSet<>();
        for (var url : Collections.list(DockerComposeConsistencyTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                json.readTree(in).path("properties").forEach(p -> names.add(p.path("name").asText()));
            }
        }
        return names.stream().map(name -> name.replace("-", "")).collect(Collectors.toSet());
    }
}
