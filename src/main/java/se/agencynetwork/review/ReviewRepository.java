package se.agencynetwork.review;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The review's own tables ({@code V3__network_review.sql}); runs in the engine's transaction. */
@Repository
class ReviewRepository {

    private static final RowMapper<ReviewAnswer> ANSWER = (rs, row) -> new ReviewAnswer(
            rs.getString("business_key"),
            rs.getString("agency_code"),
            rs.getInt("rating"),
            rs.getBoolean("wants_to_continue"),
            rs.getString("most_useful"),
            rs.getString("should_change"),
            rs.getString("answered_by"),
            rs.getTimestamp("answered_at").toInstant());

    private final JdbcTemplate jdbc;

    ReviewRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertRound(ReviewRound round, String processInstanceId, Instant startedAt) {
        jdbc.update("""
                insert into network_review (business_key, process_instance_id, review_year, response_deadline,
                                            agency_count, started_at)
                values (?, ?, ?, ?, ?, ?)""",
                round.businessKey(), processInstanceId, round.reviewYear(),
                Timestamp.from(round.responseDeadline()), round.agencyCodes().size(), Timestamp.from(startedAt));
    }

    void insertAnswer(ReviewAnswer answer) {
        jdbc.update("""
                insert into network_review_answer (business_key, agency_code, rating, wants_to_continue,
                                                   most_useful, should_change, answered_by, answered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                answer.businessKey(), answer.agencyCode(), answer.rating(), answer.wantsToContinue(),
                answer.mostUseful(), answer.shouldChange(), answer.answeredBy(), Timestamp.from(answer.answeredAt()));
    }

    List<ReviewAnswer> answers(String businessKey) {
        return jdbc.query("select * from network_review_answer where business_key = ? order by agency_code",
                ANSWER, businessKey);
    }

    void updateFigures(String businessKey, ReviewFigures figures, Instant compiledAt) {
        jdbc.update("""
                update network_review
                   set answer_count = ?, average_rating = ?, continue_count = ?, compiled_at = ?
                 where business_key = ?""",
                figures.answerCount(), figures.averageRating(), figures.continueCount(),
                Timestamp.from(compiledAt), businessKey);
    }

    void updateDecision(ReviewDecision decision) {
        int updated = jdbc.update("""
                update network_review
                   set summary = ?, next_year_proposal = ?, decision = ?, decision_notes = ?,
                       decided_by = ?, decided_at = ?
                 where business_key = ?""",
                decision.summary(), decision.nextYearProposal(), decision.decision().name(),
                decision.decisionNotes(), decision.decidedBy(), Timestamp.from(decision.decidedAt()),
                decision.businessKey());
        if (updated != 1) {
            throw new IllegalStateException("No network review " + decision.businessKey() + " to record the decision on");
        }
    }

    Optional<BigDecimal> storedAverage(String businessKey) {
        return Optional.ofNullable(jdbc.queryForObject(
                "select average_rating from network_review where business_key = ?", BigDecimal.class, businessKey));
    }
}
