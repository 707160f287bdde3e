package se.agencynetwork.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;

class ProcessVariableTest {

    @Test
    void numbersDatesAndListsReadWhatFormsAndRestClientsSend() {
        ProcessVariable<Long> seats = ProcessVariable.whole("seats");
        assertThat(seats.from(Map.of("seats", 12))).isEqualTo(12L);
        assertThat(seats.from(Map.of("seats", 12.0d))).isEqualTo(12L);
        assertThat(seats.from(Map.of("seats", " 7 "))).isEqualTo(7L);
        assertThat(seats.from(Map.of("seats", ""))).isNull();
        assertThatThrownBy(() -> seats.from(Map.of("seats", 2.5d)))
                .hasMessageContaining("'seats'").hasMessageContaining("whole");

        ProcessVariable<LocalDate> start = ProcessVariable.date("start");
        assertThat(start.from(Map.of("start", "2026-12-03"))).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(start.from(Map.of("start", "2026-12-03T00:00:00"))).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(start.stored(LocalDate.of(2027, 1, 4))).isEqualTo("2027-01-04");

        ProcessVariable<List<String>> agencies = ProcessVariable.strings("agencies");
        Object stored = agencies.stored(List.of("spv", "csn"));
        assertThat(stored).isInstanceOf(SpinJsonNode.class);
        assertThat(agencies.from(Map.of("agencies", stored))).containsExactly("spv", "csn");
    }

    @Test
    void textKeepsBlankAndPutWritesTheStoredForm() {
        ProcessVariable<String> comment = ProcessVariable.text("comment");
        assertThat(comment.from(Map.of("comment", ""))).isEmpty();
        ProcessVariable<Map<String, Long>> counts = ProcessVariable.counts("participants");
        var variables = counts.put(Variables.createVariables(), Map.of("csn", 4L));
        assertThat(counts.from(variables)).containsEntry("csn", 4L);
        assertThat(comment.from(variables)).isNull();
    }
}
