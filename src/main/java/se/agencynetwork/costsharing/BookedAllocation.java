package se.agencynetwork.costsharing;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.agencynetwork.process.Money;

/** An allocation as the ledger holds it. */
public record BookedAllocation(
        String id,
        String activityKey,
        AllocationKind kind,
        int version,
        CostKey key,
        Money total,
        Money fixedFeePerAgency,
        AllocationStatus status,
        String supersedesId,
        String supersededById,
        LocalDateTime createdAt,
        String createdBy,
        String idempotencyKey,
        List<Line> lines,
        List<ValuedInKind> inKind) {

    /** One agency's line and its head's decision. */
    public record Line(
            String agency,
            int participants,
            Money keyShare,
            Money inKindCredit,
            Money unreimbursedInKind,
            Money share,
            boolean vatLiable,
            ApprovalStatus approvalStatus,
            String decidedBy,
            LocalDateTime decidedAt,
            String decisionComment) {
    }

    public Optional<Line> line(String agency) {
        return lines.stream().filter(l -> l.agency().equals(agency)).findFirst();
    }

    /** Cash share per agency code, in agency-code order. */
    public Map<String, Money> sharesByAgency() {
        Map<String, Money> shares = new LinkedHashMap<>();
        lines.forEach(l -> shares.put(l.agency(), l.share()));
        return shares;
    }
}
