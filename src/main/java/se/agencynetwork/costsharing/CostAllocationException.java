package se.agencynetwork.costsharing;

/**
 * A cost allocation that cannot be made or changed as asked. {@link #code()} is stable (processes
 * catch it as a BpmnError code); the message says in Swedish and English what is wrong.
 */
public class CostAllocationException extends RuntimeException {

    /** The input of an allocation is impossible or inconsistent. */
    public static final String INVALID = "COST_ALLOCATION_INVALID";
    /** Approve/decline on an allocation that a newer version has replaced. */
    public static final String SUPERSEDED = "COST_ALLOCATION_SUPERSEDED";
    /** A preliminary allocation asked for after the final one was booked. */
    public static final String FINAL_EXISTS = "COST_ALLOCATION_FINAL_EXISTS";
    /** No allocation (or no line for the agency) with the given id. */
    public static final String NOT_FOUND = "COST_ALLOCATION_NOT_FOUND";

    private final String code;

    public CostAllocationException(String code, String message) {
        super(message);
        this.code = code;
    }

    static CostAllocationException invalid(String swedish, String english) {
        return new CostAllocationException(INVALID, swedish + " (" + english + ")");
    }

    public String code() {
        return code;
    }
}
