package se.agencynetwork.costsharing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code network.cost-sharing}: the rates at which in-kind contributions are valued. Each rate is
 * valid from its date until the next rate of the same kind; the rate in force on the valuation
 * date applies.
 */
@ConfigurationProperties("network.cost-sharing")
public record CostSharingProperties(List<InKindRate> inKindRates) {

    /** SEK per unit of {@code kind} (per trainer hour, per venue day) from {@code validFrom}. */
    public record InKindRate(InKindKind kind, BigDecimal rate, LocalDate validFrom) {
    }

    public CostSharingProperties {
        inKindRates = inKindRates == null ? List.of() : List.copyOf(inKindRates);
    }

    Optional<InKindRate> rateOn(InKindKind kind, LocalDate date) {
        return inKindRates.stream()
                .filter(r -> r.kind() == kind && r.validFrom() != null && !r.validFrom().isAfter(date))
                .max(Comparator.comparing(InKindRate::validFrom));
    }
}
