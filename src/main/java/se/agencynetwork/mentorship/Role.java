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

    /** A party's id in a programme: the agency and the role ({@code csn:ADEPT}); an agency nominates one of each. */
    String party(String agency) {
        return agency + ":" + name();
    }
}
