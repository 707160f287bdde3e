package se.agencynetwork.costsharing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What to share: the activity's cash cost (SEK, at most two decimals), the co-funders with their
 * participants, the key, the fixed fee per agency (only for
 * {@link CostKey#FIXED_FEE_PLUS_PER_PARTICIPANT}), in-kind contributions and the date whose
 * in-kind rates apply.
 */
public record AllocationRequest(
        BigDecimal total,
        CostKey key,
        List<CoFunder> coFunders,
        BigDecimal fixedFeePerAgency,
        List<InKindContribution> inKind,
        LocalDate valuationDate) {

    public AllocationRequest {
        key = key == null ? CostKey.PER_PARTICIPANT : key;
        inKind = inKind == null ? List.of() : List.copyOf(inKind);
    }

    public static AllocationRequest of(BigDecimal total, CostKey key, List<CoFunder> coFunders) {
        return new AllocationRequest(total, key, coFunders, null, List.of(), null);
    }
}
