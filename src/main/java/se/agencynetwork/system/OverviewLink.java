package se.agencynetwork.system;

import java.util.Optional;

/**
 * Which overview the start page offers a person. The overview capability implements it; the start
 * page depends on this interface, not on the overview.
 */
public interface OverviewLink {

    /** The path of the overview this user may open (the network's or their agency's), if any. */
    Optional<String> pathFor(String userId);
}
