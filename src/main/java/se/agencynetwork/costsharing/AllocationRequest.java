package se.agencynetwork.costsharing;

import java.time.LocalDate;
import java.util.List;

import se.agencynetwork.process.Money;

/**
 * What to share: the activity's cash cost (SEK, whole öre), the co-funders with their
 * participants, the key, the fixed fee per agency (only for
 * {@link CostKey#FIXED_FEE_PLUS_PER_PARTICIPANT}), in-kind contributions and the date whose
 * in-kind rates apply.
 */
public record AllocationRequest(
        Money total,
        CostKey key,
        List<CoFunder> coFunders,
        Money fixedFeePerAgency,
        List<InKindContribution> inKind,
        LocalDate valuationDate) {

    public AllocationRequest {
        key = key == null ? CostKey.PER_PARTICIPANT : key;
        inKind = inKind == null ? List.of() : List.copyOf(inKind);
    }

    public static AllocationRequest of(Money total, CostKey key, List<CoFunder> coFunders) {
        return new AllocationRequest(total, key, coFunders, null, List.of(), null);
    }
}
