package se.agencynetwork.costsharing;

import java.util.Optional;

/**
 * The result of a decline: the allocation the agency declined (now superseded) and the recomputed
 * version without that agency, or empty when no co-funder is left.
 */
public record DeclineOutcome(BookedAllocation declined, Optional<BookedAllocation> recomputed) {
}
