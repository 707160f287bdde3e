package se.agencynetwork.costsharing;

/** Preliminary (after procurement, from the interest round) or final (after delivery, from attendance). */
public enum AllocationKind {
    PRELIMINARY("Preliminär"),
    FINAL("Slutlig");

    private final String swedishName;

    AllocationKind(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }
}
