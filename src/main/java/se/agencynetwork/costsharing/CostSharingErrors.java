package se.agencynetwork.costsharing;

import org.camunda.bpm.engine.delegate.BpmnError;

/** The stable BpmnError codes of cost sharing (the codes of {@link CostAllocationException}). */
public final class CostSharingErrors {

    /** Impossible or inconsistent input (no co-funders, zero participants, negative amount, unknown agency ...). */
    public static final String INVALID = CostAllocationException.INVALID;
    /** A decision on an allocation that a newer version replaced. */
    public static final String SUPERSEDED = CostAllocationException.SUPERSEDED;
    /** A preliminary allocation after the final one. */
    public static final String FINAL_EXISTS = CostAllocationException.FINAL_EXISTS;
    /** No such allocation, or the agency is not in it. */
    public static final String NOT_FOUND = CostAllocationException.NOT_FOUND;

    private CostSharingErrors() {
    }

    static BpmnError toBpmnError(CostAllocationException e) {
        return new BpmnError(e.code(), e.getMessage());
    }
}
