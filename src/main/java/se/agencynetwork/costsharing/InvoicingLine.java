package se.agencynetwork.costsharing;

import java.time.LocalDateTime;

import se.agencynetwork.process.Money;

/**
 * One agency's line of a final allocation, as the invoicing basis lists it; {@code creditorAgency} is the
 * agency a staff loan's reimbursement is owed to (null for course shares, which go to the network).
 */
public record InvoicingLine(
        String agency,
        String activityKey,
        AllocationKind kind,
        int version,
        String allocationId,
        LocalDateTime bookedAt,
        int participants,
        Money keyShare,
        Money inKindCredit,
        Money amount,
        boolean vatLiable,
        String creditorAgency) {
}
