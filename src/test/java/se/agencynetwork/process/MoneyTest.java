package se.agencynetwork.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

class MoneyTest {

    @Test
    void readsWholeKronorDecimalsDoublesAndText() {
        assertThat(Money.of((Object) 12L)).isEqualTo(new Money(1200));
        assertThat(Money.of((Object) 12)).isEqualTo(new Money(1200));
        assertThat(Money.of((Object) new BigDecimal("1234.5"))).isEqualTo(new Money(123450));
        assertThat(Money.of((Object) 1500.5d)).isEqualTo(new Money(150050));
        assertThat(Money.of("48000,50")).isEqualTo(new Money(4800050));
        assertThat(Money.of(" 48000.50 ")).isEqualTo(new Money(4800050));
        assertThat(Money.of((Object) null)).isNull();
        assertThat(Money.of("  ")).isNull();
        assertThat(Money.of((BigDecimal) null)).as("a null column").isNull();
    }

    @Test
    void refusesFractionsOfAnÖreAndWhatIsNoAmount() {
        assertThatThrownBy(() -> Money.of((Object) 100.001d)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whole öre");
        assertThatThrownBy(() -> Money.of(new BigDecimal("10.005"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("tio kronor")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an amount");
        assertThatThrownBy(() -> Money.of((Object) Long.MAX_VALUE)).as("more öre than a long holds")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundedRoundsHalfUpToTheÖre() {
        assertThat(Money.rounded(new BigDecimal("10.005"))).isEqualTo(new Money(1001));
        assertThat(Money.rounded(new BigDecimal("10.0049"))).isEqualTo(new Money(1000));
        assertThat(Money.rounded(new BigDecimal("-10.005"))).as("half away from zero").isEqualTo(new Money(-1001));
        assertThat(Money.rounded(450000L)).isEqualTo(Money.ofKronor(450000));
        assertThat(Money.rounded("2400000,504")).isEqualTo(new Money(240000050));
        assertThat(Money.rounded(null)).isNull();
        assertThat(Money.rounded("")).isNull();
        assertThatThrownBy(() -> Money.rounded("x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timesAQuantityRoundsHalfUpToTheÖre() {
        assertThat(Money.ofKronor(1200).times(new BigDecimal("2"))).isEqualTo(Money.ofKronor(2400));
        assertThat(new Money(333).times(new BigDecimal("0.5"))).as("166.5 öre").isEqualTo(new Money(167));
        assertThat(new Money(333).times(new BigDecimal("0.001"))).isEqualTo(Money.ZERO);
        assertThat(new Money(-333).times(new BigDecimal("0.5"))).isEqualTo(new Money(-167));
        assertThat(Money.ofKronor(1000).times(BigDecimal.ZERO)).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> new Money(Long.MAX_VALUE).times(new BigDecimal("2")))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void addsAndNegatesExactly() {
        assertThat(new Money(1).plus(new Money(2))).isEqualTo(new Money(3));
        assertThat(new Money(-1).isNegative()).isTrue();
        assertThat(new Money(66667).negate()).isEqualTo(new Money(-66667));
        assertThat(Money.ZERO.negate()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> new Money(Long.MAX_VALUE).plus(new Money(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> new Money(Long.MIN_VALUE).negate()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void wholeKronorRoundUp() {
        assertThat(new Money(100001).wholeKronorRoundedUp()).isEqualTo(1001);
        assertThat(Money.ofKronor(1000).wholeKronorRoundedUp()).isEqualTo(1000);
    }

    @Test
    void kronorHaveTwoDecimalsForTheLedgerAndTheCsv() {
        assertThat(new Money(-66667).kronor().toPlainString()).isEqualTo("-666.67");
        assertThat(Money.ZERO.kronor().toPlainString()).isEqualTo("0.00");
        assertThat(new Money(1234560).swedish()).isEqualTo("12 345,60");
    }

    @Test
    void jsonWritesTheKronorAsANumber() throws JsonProcessingException {
        assertThat(new ObjectMapper().writeValueAsString(Map.of("csn", new Money(123456), "spv", Money.ofKronor(7200))))
                .contains("\"csn\":1234.56").contains("\"spv\":7200.00");
    }

    @Test
    void anOptionalAmountGoesToItsColumnAsKronorOrNull() {
        assertThat(Money.kronorOrNull(new Money(123456))).isEqualByComparingTo("1234.56").hasToString("1234.56");
        assertThat(Money.kronorOrNull(null)).isNull();
    }
}
