package se.agencynetwork.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The record of what the directory created in Camunda (table {@code directory_owned}). The
 * synchronisation removes only what is recorded here, so that whatever an administrator made by
 * hand, and what the Camunda starter made (the {@code admin} user, {@code camunda-admin}), stays.
 */
class DirectoryOwnership {

    enum Kind { USER, GROUP, MEMBERSHIP, FILTER, AUTHORIZATION }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DirectoryOwnership(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Set<String> owned(Kind kind) {
        return new LinkedHashSet<>(jdbc.queryForList(
                "select owned_id from directory_owned where kind = ? order by owned_id", String.class, kind.name()));
    }

    boolean owns(Kind kind, String id) {
        Integer count = jdbc.queryForObject("select count(*) from directory_owned where kind = ? and owned_id = ?",
                Integer.class, kind.name(), id);
        return count != null && count > 0;
    }

    void own(Kind kind, String id) {
        if (!owns(kind, id)) {
            jdbc.update("insert into directory_owned (kind, owned_id, created_at) values (?, ?, ?)",
                    kind.name(), id, Timestamp.from(Instant.now(clock)));
        }
    }

    void disown(Kind kind, String id) {
        jdbc.update("delete from directory_owned where kind = ? and owned_id = ?", kind.name(), id);
    }
}
