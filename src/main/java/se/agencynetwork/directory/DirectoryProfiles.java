package se.agencynetwork.directory;

import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.DirectoryOwnership.Kind;

/**
 * Whose name and e-mail address the network directory owns: the users it created. The directory
 * file is where they change (the next synchronisation would undo any other change), so the
 * engine REST API refuses to change them (see {@code se.agencynetwork.system.UserProfileGuard}).
 */
@Component
public class DirectoryProfiles {

    private final DirectoryOwnership ownership;

    public DirectoryProfiles(JdbcTemplate jdbc, Clock clock) {
        this.ownership = new DirectoryOwnership(jdbc, clock);
    }

    public boolean ownedByDirectory(String userId) {
        return ownership.owns(Kind.USER, userId);
    }
}
