package se.agencynetwork.process;

import java.util.Map;

/**
 * What an idea's interest round found, for the processes the idea calls (procurement, course
 * delivery), which run under the idea's business key. The idea capability implements it.
 */
public interface IdeaInterest {

    /**
     * The participants each agency stated in the interest round of the idea with this business key,
     * by agency code in code order; an agency that did not answer by the deadline has 0, one that
     * was never asked is absent. Empty when the idea had no interest round.
     */
    Map<String, Integer> participantsByAgency(String ideaKey);

    /** How many agencies must take part before the council may approve an idea ({@code network.idea.min-agencies}). */
    int minAgencies();
}
