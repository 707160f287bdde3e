package se.agencynetwork.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NetworkTimeTest {

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theSpringClockIsTheEngineClockInSwedishTime() {
        // 23:30 UTC on 31 December is already New Year's Day in Sweden
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-31T23:30:00Z")));
        assertThat(NetworkTime.clock().instant()).isEqualTo(Instant.parse("2026-12-31T23:30:00Z"));
        assertThat(LocalDate.now(NetworkTime.clock())).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(NetworkTime.today()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void aDateIsReadFromFormTextDatesAndTimestamps() {
        assertThat(NetworkTime.date("2026-05-04")).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(NetworkTime.date(" 2026-05-04T12:00:00 ")).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(NetworkTime.date(Date.from(Instant.parse("2026-05-03T22:30:00Z")))).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(NetworkTime.date("  ")).isNull();
    }
}
