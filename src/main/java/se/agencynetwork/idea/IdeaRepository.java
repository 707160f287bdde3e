package se.agencynetwork.idea;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The interest answers and outcomes of ideas (tables {@code idea_interest}, {@code idea_outcome}). */
@Repository
public class IdeaRepository {

    /** One agency's answer in an interest round. */
    public record InterestAnswer(String agencyCode, boolean answered, int participants, boolean coFunding,
            String comment, String answeredBy) {
    }

    /** How an idea ended without going on. */
    public record Outcome(String businessKey, String outcome, String reason, String originator, String relatedKey) {
    }

    private final JdbcTemplate jdbc;

    public IdeaRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores an agency's answer; a second answer of the same agency (a re-opened round) replaces the first. */
    public void saveAnswer(String businessKey, InterestAnswer answer, Date at) {
        jdbc.update("delete from idea_interest where business_key = ? and agency_code = ?", businessKey,
                answer.agencyCode());
        jdbc.update("insert into idea_interest (business_key, agency_code, answered, participants, co_funding,"
                + " comment_text, answered_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                businessKey, answer.agencyCode(), answer.answered(), answer.participants(), answer.coFunding(),
                answer.comment(), answer.answeredBy(), new Timestamp(at.getTime()));
    }

    public List<InterestAnswer> answers(String businessKey) {
        return jdbc.query("select agency_code, answered, participants, co_funding, comment_text, answered_by"
                + " from idea_interest where business_key = ? order by agency_code",
                (rs, row) -> new InterestAnswer(rs.getString(1), rs.getBoolean(2), rs.getInt(3), rs.getBoolean(4),
                        rs.getString(5), rs.getString(6)), businessKey);
    }

    public void saveOutcome(Outcome outcome, Date at) {
        jdbc.update("delete from idea_outcome where business_key = ?", outcome.businessKey());
        jdbc.update("insert into idea_outcome (business_key, outcome, reason, originator, related_key, decided_at)"
                + " values (?, ?, ?, ?, ?, ?)", outcome.businessKey(), outcome.outcome(), outcome.reason(),
                outcome.originator(), outcome.relatedKey(), new Timestamp(at.getTime()));
    }

    public List<Outcome> outcomes(String businessKey) {
        return jdbc.query("select business_key, outcome, reason, originator, related_key from idea_outcome"
                + " where business_key = ?", (rs, row) -> new Outcome(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)), businessKey);
    }
}
