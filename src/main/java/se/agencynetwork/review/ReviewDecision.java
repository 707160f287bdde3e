package se.agencynetwork.review;

import java.time.Instant;

/** The steering group's decision on next year, with the coordinator's summary it was based on. */
record ReviewDecision(
        String businessKey,
        String summary,
        String nextYearProposal,
        Decision decision,
        String decisionNotes,
        String decidedBy,
        Instant decidedAt) {

    /** The steering group's choices; the Swedish labels are those of the decision form. */
    enum Decision {
        CONTINUE("Fortsätta som i dag"),
        CONTINUE_WITH_CHANGES("Fortsätta med förändringar"),
        WIND_DOWN("Avveckla nätverket");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}
