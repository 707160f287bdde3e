package se.agencynetwork.mentorship;

/** A pair as the council confirmed it, with the parties' answers and what the programme recorded. */
record Pair(long id, int round, String adeptAgency, String mentorAgency, int score, String reasons, String status,
        Boolean adeptAccepts, Boolean mentorAccepts, int meetings) {

    static final String CONFIRMED = "CONFIRMED";
    static final String ACCEPTED = "ACCEPTED";
    static final String DECLINED = "DECLINED";
    static final String ENDED_EARLY = "ENDED_EARLY";
    static final String COMPLETED = "COMPLETED";

    String agencyOf(Role role) {
        return role == Role.ADEPT ? adeptAgency : mentorAgency;
    }
}
