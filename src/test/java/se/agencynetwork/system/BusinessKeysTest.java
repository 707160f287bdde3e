package se.agencynetwork.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class BusinessKeysTest {

    @Autowired
    BusinessKeys businessKeys;

    @Test
    void keysCountPerPrefixAndYear() {
        assertThat(businessKeys.next("TESTA", 2031)).isEqualTo("TESTA-2031-0001");
        assertThat(businessKeys.next("TESTA", 2031)).isEqualTo("TESTA-2031-0002");
        assertThat(businessKeys.next("TESTB", 2031)).isEqualTo("TESTB-2031-0001");
        assertThat(businessKeys.next("TESTA", 2032)).isEqualTo("TESTA-2032-0001");
    }

    @Test
    void aMalformedPrefixIsRefused() {
        assertThatThrownBy(() -> businessKeys.next("idea", 2031))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prefix");
    }
}
