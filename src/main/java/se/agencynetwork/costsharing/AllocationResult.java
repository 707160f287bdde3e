package se.agencynetwork.costsharing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The shares of one allocation, one line per co-funding agency, sorted by agency code. */
public record AllocationResult(
        BigDecimal total,
        CostKey key,
        BigDecimal fixedFeePerAgency,
        List<ShareLine> lines,
        List<ValuedInKind> inKind) {

    public AllocationResult {
        lines = List.copyOf(lines);
        inKind = List.copyOf(inKind);
    }

    public Optional<ShareLine> line(String agency) {
        return lines.stream().filter(l -> l.agency().equals(agency)).findFirst();
    }

    /** Cash share per agency code, in agency-code order. */
    public Map<String, BigDecimal> sharesByAgency() {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        lines.forEach(l -> shares.put(l.agency(), l.share()));
        return shares;
    }
}
