package se.agencynetwork.costsharing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

import se.agencynetwork.directory.DirectoryFileReader;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.Money;

/** The demo directory and fixed in-kind rates for the cost-sharing unit tests. */
final class CostSharingFixtures {

    static final NetworkDirectory DIRECTORY =
            new NetworkDirectory(new DirectoryFileReader().read(new ClassPathResource("network/demo-network.yaml")));

    /** Trainer hours 1 000 kr until 2025, 1 200 kr from 2026; venue days 4 500 kr. */
    static final CostSharingProperties RATES = new CostSharingProperties(List.of(
            new CostSharingProperties.InKindRate(InKindKind.TRAINER_HOURS, new BigDecimal("1000.00"), LocalDate.of(2020, 1, 1)),
            new CostSharingProperties.InKindRate(InKindKind.TRAINER_HOURS, new BigDecimal("1200.00"), LocalDate.of(2026, 1, 1)),
            new CostSharingProperties.InKindRate(InKindKind.VENUE_DAYS, new BigDecimal("4500.00"), LocalDate.of(2020, 1, 1))));

    static final LocalDate VALUATION_DATE = LocalDate.of(2026, 3, 15);

    private CostSharingFixtures() {
    }

    static AllocationService service() {
        return new AllocationService(DIRECTORY, RATES);
    }

    static Money sek(String amount) {
        return Money.of(new BigDecimal(amount));
    }
}
