package se.agencynetwork.costsharing;

import java.util.Map;

import se.agencynetwork.process.Money;
import se.agencynetwork.process.ProcessVariable;

/**
 * The process variables the cost-sharing delegates read and write (docs/COST-SHARING.md has the
 * table). Processes and their tests use these names, never string literals.
 */
public final class CostSharingVariables {

    // --- read by ${preliminaryCostAllocation} and ${finalCostAllocation} ---

    /** String, optional: the activity the cost belongs to; default the process instance's business key. */
    public static final String ACTIVITY_KEY = "activityKey";
    /**
     * The activity's cash cost in SEK, at most two decimals, read as {@link #TOTAL} ({@link Money#of(Object)}).
     * Preferably a String with a decimal point ("48000.50"), which is exact; a Long, Integer or BigDecimal
     * is accepted too, and a Double only when its decimal form has at most two decimals.
     */
    public static final String TOTAL_COST = "totalCost";
    /** String, optional: a {@link CostKey} name; default {@code PER_PARTICIPANT}. */
    public static final String COST_KEY = "costKey";
    /**
     * String or number in SEK, read as {@link #FIXED_FEE} (the same as {@link #TOTAL_COST}): the fixed fee per
     * co-funding agency; only for {@code FIXED_FEE_PLUS_PER_PARTICIPANT}.
     */
    public static final String FIXED_FEE_PER_AGENCY = "fixedFeePerAgency";
    /**
     * The co-funding agencies and their participants (expected ones for the preliminary, actual
     * attendance incl. no-shows for the final allocation): a JSON (Spin) object
     * {@code {"csn": 4, "spv": 2}}, the same as JSON text, or a {@code Map<String, Number>}.
     */
    public static final String PARTICIPANTS_BY_AGENCY = "participantsByAgency";
    /**
     * Optional in-kind contributions: a JSON (Spin) array (or JSON text, or a List of Maps) of
     * {@code {"agency": "spv", "kind": "TRAINER_HOURS", "quantity": 6}}; kind is an {@link InKindKind}.
     */
    public static final String IN_KIND_CONTRIBUTIONS = "inKindContributions";
    /**
     * String, optional: overrides the idempotency key (default {@code processInstanceId:activityId},
     * stable over job retries). Set it when a model books the same step again on purpose, e.g. in a loop.
     */
    public static final String IDEMPOTENCY_KEY = "costAllocationIdempotencyKey";

    // --- written by the allocation delegates and by ${costShareDecision} after a recomputation ---

    /** String: the id of the booked allocation (the current version). */
    public static final String ALLOCATION_ID = "allocationId";
    /** JSON (Spin) object: cash share per agency code in SEK, e.g. {@code {"csn": 1234.56, "spv": 617.28}}. */
    public static final String SHARES_BY_AGENCY = "sharesByAgency";
    /**
     * Spin JSON list of agency codes, written by the allocation delegates only: the co-funding agency
     * codes, sorted; the multi-instance collection for the heads' approvals, read as
     * {@code camunda:collection="${lists.strings(coFundingAgencies)}"}. A decline does not change it
     * (a running multi-instance re-reads its collection).
     */
    public static final String CO_FUNDING_AGENCIES = "coFundingAgencies";

    // --- read by ${costShareDecision} (task listener on complete, or delegate) ---

    /** String: the agency whose head decides (e.g. the multi-instance element variable). */
    public static final String AGENCY_CODE = "agencyCode";
    /** Boolean: true = the head approves the agency's share, false = the agency declines and drops out. */
    public static final String COST_SHARE_APPROVED = "costShareApproved";
    /** String, optional: the head's comment. */
    public static final String COST_SHARE_COMMENT = "costShareComment";
    /** String, optional for the delegate: who decided (the task listener uses the task's assignee). */
    public static final String COST_SHARE_DECIDED_BY = "costShareDecidedBy";
    /** Boolean, written: true when a decline produced a new allocation version (ask the remaining heads again). */
    public static final String COST_SHARE_RECOMPUTED = "costShareRecomputed";

    // --- typed: what a step that books through CostBooking reads, declared once ---

    /** {@link #TOTAL_COST} as an amount (stored as its decimal text, see {@link ProcessVariable#money}). */
    public static final ProcessVariable<Money> TOTAL = ProcessVariable.money(TOTAL_COST);
    /** {@link #FIXED_FEE_PER_AGENCY} as an amount. */
    public static final ProcessVariable<Money> FIXED_FEE = ProcessVariable.money(FIXED_FEE_PER_AGENCY);
    /** {@link #PARTICIPANTS_BY_AGENCY} as counts per agency code. */
    public static final ProcessVariable<Map<String, Long>> PARTICIPANTS = ProcessVariable.counts(PARTICIPANTS_BY_AGENCY);
    /** {@link #COST_KEY} as the key: a CostKey name or the idea form's word ({@link CostKey#fromIdea}). */
    public static final ProcessVariable<CostKey> KEY = ProcessVariable.of(COST_KEY, CostKey::fromIdea,
            CostKey::name);

    private CostSharingVariables() {
    }
}
