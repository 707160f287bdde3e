package se.agencynetwork.costsharing;

/** A co-funding agency head's decision on the agency's line. */
public enum ApprovalStatus {
    PENDING,
    APPROVED,
    DECLINED
}
