package se.agencynetwork.recruitment;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import se.agencynetwork.process.Money;

/** The recruitment activities' own tables ({@code V19__recruitment_activity.sql}); runs in the engine's transaction. */
@Repository
class RecruitmentRepository {

    /** An agency's answer in the sign-up round. */
    record SignUp(String agencyCode, boolean takesPart, String contribution, String answeredBy) {
    }

    /** An agency's line in the follow-up: {@code hires} is null when it did not answer. */
    record HiresLine(String agencyCode, boolean answered, Integer hires, String comment) {
    }

    private static final RowMapper<SignUp> SIGN_UP = (rs, row) -> new SignUp(rs.getString("agency_code"),
            rs.getBoolean("takes_part"), rs.getString("contribution"), rs.getString("answered_by"));
    private static final RowMapper<HiresLine> HIRES = (rs, row) -> new HiresLine(rs.getString("agency_code"),
            rs.getBoolean("answered"), (Integer) rs.getObject("hires", Integer.class), rs.getString("hires_comment"));

    private final JdbcTemplate jdbc;

    RecruitmentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertActivity(String businessKey, String processInstanceId, String ideaKey, String title, Instant at) {
        jdbc.update("""
                insert into recruitment_activity (business_key, process_instance_id, idea_key, title, status, registered_at)
                values (?, ?, ?, ?, 'PLANNING', ?)""",
                businessKey, processInstanceId, ideaKey, title, Timestamp.from(at));
    }

    boolean exists(String businessKey) {
        Integer count = jdbc.queryForObject("select count(*) from recruitment_activity where business_key = ?",
                Integer.class, businessKey);
        return count != null && count > 0;
    }

    void updatePlan(String businessKey, ActivityKind kind, LocalDate date, String place, String contributions,
            Money plannedCost, String costKey, LocalDate signUpDeadline) {
        update("""
                update recruitment_activity
                   set status = 'SIGN_UP', activity_kind = ?, activity_date = ?, place = ?, planned_contributions = ?,
                       planned_cost = ?, cost_key = ?, sign_up_deadline = ?
                 where business_key = ?""",
                kind.value(), Date.valueOf(date), place, contributions, Money.kronorOrNull(plannedCost), costKey,
                Date.valueOf(signUpDeadline), businessKey);
    }

    void insertSignUp(String businessKey, SignUp signUp, Instant at) {
        jdbc.update("""
                insert into recruitment_activity_sign_up (business_key, agency_code, takes_part, contribution,
                                                          answered_by, answered_at)
                values (?, ?, ?, ?, ?, ?)""",
                businessKey, signUp.agencyCode(), signUp.takesPart(), signUp.contribution(), signUp.answeredBy(),
                Timestamp.from(at));
    }

    List<SignUp> signUps(String businessKey) {
        return jdbc.query("select * from recruitment_activity_sign_up where business_key = ? order by agency_code",
                SIGN_UP, businessKey);
    }

    void updateParticipants(String businessKey, int participantCount) {
        update("update recruitment_activity set participant_count = ? where business_key = ?", participantCount,
                businessKey);
    }

    void closeWithoutParticipants(String businessKey, Instant at) {
        update("update recruitment_activity set status = 'NO_PARTICIPANTS', closed_at = ? where business_key = ?",
                Timestamp.from(at), businessKey);
    }

    void recordCancelled(String businessKey, String reason, String notes, String reportedBy, Instant at) {
        update("""
                update recruitment_activity
                   set status = 'CANCELLED', cancellation_reason = ?, event_notes = ?, event_reported_by = ?,
                       event_reported_at = ?, closed_at = ?
                 where business_key = ?""",
                reason, notes, reportedBy, Timestamp.from(at), Timestamp.from(at), businessKey);
    }

    void recordHeld(String businessKey, Money actualCost, String notes, String allocationId, String reportedBy,
            Instant at) {
        update("""
                update recruitment_activity
                   set status = 'HELD', actual_cost = ?, event_notes = ?, allocation_id = ?, event_reported_by = ?,
                       event_reported_at = ?
                 where business_key = ?""",
                actualCost.kronor(), notes, allocationId, reportedBy, Timestamp.from(at), businessKey);
    }

    void insertHires(String businessKey, String agency, long hires, String comment, String answeredBy, Instant at) {
        jdbc.update("""
                insert into recruitment_activity_hires (business_key, agency_code, answered, hires, hires_comment,
                                                        answered_by, answered_at)
                values (?, ?, true, ?, ?, ?, ?)""",
                businessKey, agency, hires, comment, answeredBy, Timestamp.from(at));
    }

    /** An agency that let the deadline pass: not answered, no figure. */
    void insertSilence(String businessKey, String agency) {
        jdbc.update("""
                insert into recruitment_activity_hires (business_key, agency_code, answered)
                values (?, ?, false)""", businessKey, agency);
    }

    List<HiresLine> hires(String businessKey) {
        return jdbc.query("select * from recruitment_activity_hires where business_key = ? order by agency_code",
                HIRES, businessKey);
    }

    void updateFollowUp(String businessKey, int answeredCount, int totalHires) {
        update("update recruitment_activity set answered_count = ?, total_hires = ? where business_key = ?",
                answeredCount, totalHires, businessKey);
    }

    void close(String businessKey, String lessonsLearned, Instant at) {
        update("""
                update recruitment_activity set status = 'FOLLOWED_UP', lessons_learned = ?, closed_at = ?
                 where business_key = ?""", lessonsLearned, Timestamp.from(at), businessKey);
    }

    private void update(String sql, Object... args) {
        if (jdbc.update(sql, args) != 1) {
            throw new IllegalStateException("No recruitment activity " + args[args.length - 1] + " to update");
        }
    }
}
