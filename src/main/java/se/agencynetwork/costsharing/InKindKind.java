package se.agencynetwork.costsharing;

/** What an agency contributes in kind instead of money; valued at a configured rate per unit. */
public enum InKindKind {
    /** Hours of the agency's own trainer. */
    TRAINER_HOURS("lärartimmar"),
    /** Days of a venue hosted by the agency. */
    VENUE_DAYS("lokaldagar");

    private final String swedishUnit;

    InKindKind(String swedishUnit) {
        this.swedishUnit = swedishUnit;
    }

    public String swedishUnit() {
        return swedishUnit;
    }
}
