package se.agencynetwork.costsharing;

/** The rule by which the cost of an activity is shared between its co-funding agencies. */
public enum CostKey {
    /** Proportional to each agency's participants (the default). */
    PER_PARTICIPANT("Per deltagare"),
    /** The same share for every co-funding agency. */
    EQUAL_SHARES("Lika delar"),
    /** Proportional to each agency's headcount in the directory. */
    BY_HEADCOUNT("Efter antal anställda"),
    /** A fixed fee per co-funding agency, the rest per participant. */
    FIXED_FEE_PLUS_PER_PARTICIPANT("Fast avgift plus per deltagare");

    private final String swedishName;

    CostKey(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }
}
