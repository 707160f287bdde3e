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

    int reviewYear(String businessKey) {
        Integer year = jdbc.queryForObject("select review_year from network_review where business_key = ?",
                Integer.class, businessKey);
        if (year == null) {
            throw new IllegalStateException("No network review " + businessKey);
        }
        return year;
    }

    /**
     * The evaluations of the staff loans whose last day is in the year, per side. Staff-loan's own table
     * ({@code staff_loan_evaluation}, V24), read by SQL as the overview reads other capabilities' tables.
     */
    StaffLoanEvaluationFigures staffLoanEvaluations(int year) {
        java.sql.Date from = java.sql.Date.valueOf(java.time.LocalDate.of(year, 1, 1));
        java.sql.Date to = java.sql.Date.valueOf(java.time.LocalDate.of(year + 1, 1, 1));
        String loans = " from staff_loan_evaluation e join staff_loan s on s.business_key = e.business_key"
                + " where s.loan_end >= ? and s.loan_end < ?";
        Integer evaluated = jdbc.queryForObject("select count(distinct e.business_key)" + loans, Integer.class, from, to);
        java.util.Map<String, StaffLoanEvaluationFigures.Side> sides = new java.util.HashMap<>();
        jdbc.query("select e.party, count(*), sum(e.purpose_rating), sum(e.cooperation_rating),"
                + " sum(case when e.would_repeat then 1 else 0 end)" + loans + " group by e.party", rs -> {
                    sides.put(rs.getString(1), new StaffLoanEvaluationFigures.Side(rs.getInt(2), rs.getLong(3),
                            rs.getLong(4), rs.getInt(5)));
                }, from, to);
        return new StaffLoanEvaluationFigures(year, evaluated == null ? 0 : evaluated,
                sides.getOrDefault("BORROWER", StaffLoanEvaluationFigures.Side.NONE),
                sides.getOrDefault("LENDER", StaffLoanEvaluationFigures.Side.NONE), StaffLoanEvaluationFigures.Persons.NONE);
    }

    /** The survey rounds of the persons lent in the staff loans whose last day is in the year ({@code <key>:person}). */
    java.util.List<String> staffLoanPersonRounds(int year) {
        return jdbc.queryForList("select business_key || ':person' from staff_loan where loan_end >= ? and loan_end < ?",
                String.class, java.sql.Date.valueOf(java.time.LocalDate.of(year, 1, 1)),
                java.sql.Date.valueOf(java.time.LocalDate.of(year + 1, 1, 1)));
    }

    Optional<BigDecimal> storedAverage(String businessKey) {
        return Optional.ofNullable(jdbc.queryForObject(
                "select average_rating from network_review where business_key = ?", BigDecimal.class, businessKey));
    }
}
