package se.agencynetwork.mentorship;

import java.util.List;

/** A nominated adept or mentor: what the matching reads, and how to reach them. */
record Person(String agency, Role role, String name, String email, String area, boolean leadership,
        List<String> languages, String description, String status) {

    static final String NOMINATED = "NOMINATED";
    static final String APPROVED = "APPROVED";
    static final String NOT_APPROVED = "NOT_APPROVED";
    /** In a confirmed pair whose answers are awaited. */
    static final String PROPOSED = "PROPOSED";
    static final String PAIRED = "PAIRED";
    static final String DECLINED = "DECLINED";
    /** Proposed but taken out of the pairs by the council: not proposed again. */
    static final String LEFT_OUT = "LEFT_OUT";

    Person {
        languages = List.copyOf(languages);
    }

    String party() {
        return role.party(agency);
    }
}
