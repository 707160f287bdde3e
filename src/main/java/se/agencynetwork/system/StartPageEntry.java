package se.agencynetwork.system;

import java.util.Optional;

/**
 * A service a capability offers on the start page to the people who may use it (the overview, the shared
 * candidate profiles to agencies' HR), listed in the entries' {@code @Order}. The start page lists every such entry a person may use; it
 * depends on this interface, not on the capabilities.
 */
public interface StartPageEntry {

    /** How the start page shows the entry: the link's element id, its Swedish title and description, the path. */
    record Link(String id, String title, String description, String path) {
    }

    /** The entry for this user, if they may use it. */
    Optional<Link> linkFor(String userId);
}
