package se.agencynetwork.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Camunda Forms that a browser journey has completed in Tasklist in this JVM: recorded by
 * {@link Tasklist} only after the engine no longer has the task (or has the new instance), read by
 * {@link EveryFormCompletedInBrowser}. Also written to {@code target/e2e-screenshots/forms-completed.txt}.
 */
final class CompletedInBrowser {

    private static final Set<String> FORMS = new ConcurrentSkipListSet<>();
    private static final Path LOG = Browser.SCREENSHOTS.resolve("forms-completed.txt");

    static {
        try { // the log speaks of this run only
            Files.deleteIfExists(LOG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CompletedInBrowser() {
    }

    static void record(String formId, String by) {
        FORMS.add(formId);
        try {
            Files.createDirectories(LOG.getParent());
            Files.writeString(LOG, formId + "\t" + by + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> recorded() {
        return Set.copyOf(FORMS);
    }

    /** The ids of every form in {@code forms/}: the forms people fill. */
    static Set<String> deployedForms() {
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                ids.add(json.readTree(file.toFile()).path("id").asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }
}
