package se.agencynetwork.costsharing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.agencynetwork.process.Money;

/** The shares of one allocation, one line per co-funding agency, sorted by agency code. */
public record AllocationResult(
        Money total,
        CostKey key,
        Money fixedFeePerAgency,
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
    public Map<String, Money> sharesByAgency() {
        Map<String, Money> shares = new LinkedHashMap<>();
        lines.forEach(l -> shares.put(l.agency(), l.share()));
        return shares;
    }
}
