package se.agencynetwork.process;

import java.util.List;
import java.util.Map;

/**
 * Starts an {@code idea} ("Idé till beslut") from another process, with the values its start form
 * would submit, so the idea's form rules apply as for a person's idea. The idea capability
 * implements it; a process that proposes ideas (the needs inventory's plan, an evaluation's
 * follow-up) depends on this interface, not on the idea's variables.
 */
public interface IdeaProposals {

    /**
     * An idea as its start form would submit it. {@code workingGroup}, {@code originatingAgency} and
     * {@code proposedAgencies} may be null (left out); {@code source} names where the idea came from
     * as process variables of the new idea (e.g. {@code needsInventoryKey}).
     *
     * @param originType          {@code "agency"} or {@code "working-group"}, as the start form's choice
     * @param expectedParticipants at most the start form's 2 000; more is cut to it
     */
    record Proposal(String title, String description, String kind, String targetGroup, String originType,
            String workingGroup, String originatingAgency, long expectedParticipants, List<String> proposedAgencies,
            Map<String, String> source) {
    }

    /** Starts the idea under a new business key (e.g. {@code IDEA-2026-0042}) and returns the key. */
    String propose(Proposal proposal);
}
