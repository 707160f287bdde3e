package se.agencynetwork.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.agencynetwork.process.ProcessJson;

/** Lists shown to people follow Swedish collation: Å, Ä, Ö after Z, "Överklagandenämnden" last. */
class SwedishOrderTest {

    @Test
    void aAoAfterZAndNotAmongAAndO() {
        List<String> names = new ArrayList<>(List.of("Överklagandenämnden", "Migrationsverket", "Åklagarmyndigheten",
                "Rättshjälpsmyndigheten", "Ängelholms kommun", "Arbetsförmedlingen", "Zenit", "Omsorgsnämnden"));
        names.sort(SwedishOrder.texts());
        assertThat(names).containsExactly("Arbetsförmedlingen", "Migrationsverket", "Omsorgsnämnden",
                "Rättshjälpsmyndigheten", "Zenit", "Åklagarmyndigheten", "Ängelholms kommun", "Överklagandenämnden");
        assertThat(List.of("Överklagandenämnden", "Rättshjälpsmyndigheten").stream().sorted().toList())
                .as("what a plain comparison would do instead").containsExactly("Rättshjälpsmyndigheten", "Överklagandenämnden");
    }

    @Test
    void formOptionsAreInSwedishOrderOfTheirLabels() {
        String options = ProcessJson.options(List.of(
                Map.of("label", "Överklagandenämnden för studiestöd", "value", "ovn"),
                Map.of("label", "Bolagsverket", "value", "bolagsverket"),
                Map.of("label", "Ångermanlands tingsrätt", "value", "angermanlands-tr"),
                Map.of("label", "Tullverket", "value", "tullverket"))).toString();
        assertThat(options.indexOf("Bolagsverket")).isLessThan(options.indexOf("Tullverket"));
        assertThat(options.indexOf("Tullverket")).isLessThan(options.indexOf("Ångermanlands"));
        assertThat(options.indexOf("Ångermanlands")).isLessThan(options.indexOf("Överklagandenämnden"));
    }
}
