package se.agencynetwork.review;

import java.time.Instant;
import java.util.List;

/** A review round as prepared: which year, until when the agencies may answer, and who is asked. */
record ReviewRound(String businessKey, int reviewYear, Instant responseDeadline, List<String> agencyCodes) {

    ReviewRound {
        agencyCodes = List.copyOf(agencyCodes);
    }
}
