package se.agencynetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The last class of {@link BrowserFormsIT}: every form in {@code forms/} has been completed in
 * Tasklist, in Chromium, by a user of the task's own group, by one of the journeys before it. A new
 * form fails here until a browser journey fills it.
 */
class EveryFormCompletedInBrowser {

    @Test
    void everyFormWasCompletedInTasklist() {
        Set<String> missing = new TreeSet<>(CompletedInBrowser.deployedForms());
        missing.removeAll(CompletedInBrowser.recorded());
        assertThat(missing).as("forms no browser journey completed in Tasklist (completed: %s)",
                new TreeSet<>(CompletedInBrowser.recorded())).isEmpty();
    }
}
