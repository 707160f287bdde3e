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
    void amountsAreStoredAsTheirDecimalTextAndAPriceIsRoundedToTheÖre() {
        ProcessVariable<Money> total = ProcessVariable.money("total");
        assertThat(total.stored(new Money(4800050))).isEqualTo("48000.50");
        assertThat(total.from(Map.of("total", 48000L))).isEqualTo(Money.ofKronor(48000));
        assertThat(total.from(Map.of("total", ""))).isNull();
        assertThatThrownBy(() -> total.from(Map.of("total", "10.005")))
                .hasMessageContaining("'total'").hasMessageContaining("whole öre");

        ProcessVariable<Money> price = ProcessVariable.roundedMoney("price");
        assertThat(price.from(Map.of("price", "10.005"))).isEqualTo(new Money(1001));
        assertThat(price.from(Map.of("price", 450000.5d))).isEqualTo(new Money(45000050));
        assertThat(price.stored(new Money(1001))).isEqualTo("10.01");
        assertThat(price.from(Map.of("price", " "))).isNull();
    }

    @Test
    void textKeepsBlankAndPutWritesTheStoredForm() {
        ProcessVariable<String> comment = ProcessVariable.text("comment");
        assertThat(comment.from(Map.of("comment", ""))).isEmpty();
        ProcessVariable<Map<String, Long>> counts = ProcessVariable.counts("participants");
        var variables = counts.put(Variables.createVariables(), Map.of("csn", 4L));
        assertThat(counts.from(variables)).containsEntry("csn", 4L);
        assertThat(comment.from(variables)).isNull();

        // JSON is read as it is stored (Spin) or as the JSON text a REST client sends, never re-wrapped
        ProcessVariable<SpinJsonNode> list = ProcessVariable.json("list");
        SpinJsonNode spin = org.camunda.spin.Spin.JSON("[{\"a\":1}]");
        assertThat(list.from(Map.of("list", spin))).isSameAs(spin);
        assertThat(list.from(Map.of("list", "[{\"a\":1}]")).elements().get(0).prop("a").numberValue()).isEqualTo(1);
    }
}
