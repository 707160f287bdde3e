package se.agencynetwork.mentorship;

/** The two parties of a pair. */
enum Role {
    ADEPT("adept"),
    MENTOR("mentor");

    private final String swedish;

    Role(String swedish) {
        this.swedish = swedish;
    }

    String swedish() {
        return swedish;
    }

    /** The respondent group of the role's answers in the programme's evaluation ({@code adept}, {@code mentor}). */
    String surveyGroup() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A party's id in a programme: the agency and the role ({@code csn:ADEPT}); an agency nominates one of each. */
    String party(String agency) {
        return agency + ":" + name();
    }
}
