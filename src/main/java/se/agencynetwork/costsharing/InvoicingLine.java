package se.agencynetwork.costsharing;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One agency's line of a final allocation, as the invoicing basis lists it. */
public record InvoicingLine(
        String agency,
        String activityKey,
        AllocationKind kind,
        int version,
        String allocationId,
        LocalDateTime bookedAt,
        int participants,
        BigDecimal keyShare,
        BigDecimal inKindCredit,
        BigDecimal amount,
        boolean vatLiable) {
}
