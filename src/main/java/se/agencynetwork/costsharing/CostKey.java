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

    /**
     * The key as the idea's shaping form names it ("participants", "equal", "headcount") or as a
     * CostKey name; nothing means per participant.
     */
    public static CostKey fromIdea(Object value) {
        if (value == null || value.toString().isBlank()) {
            return PER_PARTICIPANT;
        }
        return switch (value.toString()) {
            case "equal" -> EQUAL_SHARES;
            case "headcount" -> BY_HEADCOUNT;
            case "participants" -> PER_PARTICIPANT;
            default -> CostKey.valueOf(value.toString());
        };
    }

    CostKey(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }
}
