package se.agencynetwork.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import se.agencynetwork.Application;

/** A real start of the application with an invalid directory file must stop, naming the file and the entry. */
class DirectoryStartupTest {

    @Test
    void startUpStopsOnAnInvalidDirectoryFile() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(Application.class)
                .profiles("demo", "test")
                // command-line arguments: they win over application-demo.yaml, as NETWORK_DIRECTORY_FILE would
                .run("--network.directory.location=classpath:directory/invalid-many-problems.yaml",
                        "--server.port=0", "--spring.main.banner-mode=off")
                .close());

        assertThat(failure).as("start-up must fail").isNotNull();
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertThat(root).isInstanceOf(DirectoryFileException.class);
        assertThat(root.getMessage())
                .startsWith("Directory file class path resource [directory/invalid-many-problems.yaml]: 3 problems:")
                .contains("people[1] (username 'utbkoord-beta', line 35): agency 'gamma' is not an agency of the file")
                .contains("agencies[1] (code 'beta', line 13): headcount must be greater than 0, not -3");
    }
}
