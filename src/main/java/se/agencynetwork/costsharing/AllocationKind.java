package se.agencynetwork.costsharing;

/**
 * Preliminary (after procurement, from the interest round), final (after delivery, from attendance), or a
 * staff loan's monthly reimbursement (owed by the borrowing agency to the lending agency, never a course share).
 */
public enum AllocationKind {
    PRELIMINARY("Preliminär"),
    FINAL("Slutlig"),
    STAFF_LOAN("Ersättning för utlånad personal");

    private final String swedishName;

    AllocationKind(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }
}
