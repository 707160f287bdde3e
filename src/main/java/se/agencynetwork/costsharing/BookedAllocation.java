package se.agencynetwork.costsharing;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An allocation as the ledger holds it. */
public record BookedAllocation(
        String id,
        String activityKey,
        AllocationKind kind,
        int version,
        CostKey key,
        BigDecimal total,
        BigDecimal fixedFeePerAgency,
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
            BigDecimal keyShare,
            BigDecimal inKindCredit,
            BigDecimal unreimbursedInKind,
            BigDecimal share,
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
    public Map<String, BigDecimal> sharesByAgency() {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        lines.forEach(l -> shares.put(l.agency(), l.share()));
        return shares;
    }
}
