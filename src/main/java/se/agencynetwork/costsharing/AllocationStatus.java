package se.agencynetwork.costsharing;

/**
 * Life of a booked allocation: a preliminary one is {@code PRELIMINARY} until every line is
 * approved ({@code APPROVED}); a final one is {@code FINAL} when booked; any of them becomes
 * {@code SUPERSEDED} when a newer version of the same activity replaces it.
 */
public enum AllocationStatus {
    PRELIMINARY,
    APPROVED,
    FINAL,
    SUPERSEDED
}
