package se.agencynetwork.system;

import java.time.Clock;
import java.time.Year;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out readable business keys such as {@code IDEA-2026-0042}: a prefix, the year and a
 * number that counts per prefix and year. The counter lives in the application's own table and
 * is incremented under a row lock, so two nodes on one database never hand out the same key.
 */
@Service
public class BusinessKeys {

    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,20}");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public BusinessKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The next key for the prefix in the current year, e.g. {@code next("REVIEW")}. */
    @Transactional(propagation = Propagation.REQUIRED)
    public String next(String prefix) {
        return next(prefix, Year.now(clock).getValue());
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public String next(String prefix, int year) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("Business key prefix must be 2-20 capital letters: " + prefix);
        }
        int updated = jdbc.update(
                "update business_key_sequence set last_value = last_value + 1 where prefix = ? and key_year = ?",
                prefix, year);
        if (updated == 0) {
            try {
                jdbc.update("insert into business_key_sequence (prefix, key_year, last_value) values (?, ?, 1)",
                        prefix, year);
            } catch (DuplicateKeyException raced) {
                // another transaction created the row first; it holds the lock until it commits
                jdbc.update("update business_key_sequence set last_value = last_value + 1 where prefix = ? and key_year = ?",
                        prefix, year);
            }
        }
        Integer value = jdbc.queryForObject(
                "select last_value from business_key_sequence where prefix = ? and key_year = ?",
                Integer.class, prefix, year);
        return String.format("%s-%d-%04d", prefix, year, value);
    }
}
