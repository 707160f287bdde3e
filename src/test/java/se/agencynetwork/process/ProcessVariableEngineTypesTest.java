package se.agencynetwork.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The variables stored in the engine's own types: counts as Integer, moments as Date. */
class ProcessVariableEngineTypesTest {

    @Test
    void countsAndMomentsKeepTheTypesFormsAndTimersRead() {
        ProcessVariable<Integer> count = ProcessVariable.count("count");
        assertThat(count.stored(3)).isEqualTo(3);
        assertThat(count.from(Map.of("count", 4L))).isEqualTo(4);
        assertThat(count.from(Map.of("count", ""))).isNull();

        ProcessVariable<Instant> due = ProcessVariable.moment("due");
        Instant moment = Instant.parse("2026-03-23T22:59:00Z");
        assertThat(due.stored(moment)).isEqualTo(Date.from(moment));
        assertThat(due.from(Map.of("due", Date.from(moment)))).isEqualTo(moment);
        assertThat(due.stored(null)).isNull();
    }
}
