package se.agencynetwork.mentorship;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The programme's own tables ({@code V18__mentorship.sql}); runs in the engine's transaction. */
@Repository
class MentorshipRepository {

    private static final RowMapper<Person> PERSON = (rs, row) -> new Person(
            rs.getString("agency_code"),
            Role.valueOf(rs.getString("person_role")),
            rs.getString("name"),
            rs.getString("email"),
            rs.getString("area"),
            rs.getBoolean("leadership"),
            rs.getString("languages").isEmpty() ? List.of() : Arrays.asList(rs.getString("languages").split(",")),
            rs.getString("description"),
            rs.getString("status"));

    private static final RowMapper<Pair> PAIR = (rs, row) -> new Pair(
            rs.getLong("id"),
            rs.getInt("matching_round"),
            rs.getString("adept_agency"),
            rs.getString("mentor_agency"),
            rs.getInt("score"),
            rs.getString("reasons"),
            rs.getString("status"),
            (Boolean) rs.getObject("adept_accepts"),
            (Boolean) rs.getObject("mentor_accepts"),
            rs.getInt("meetings"));

    private final JdbcTemplate jdbc;

    MentorshipRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertProgramme(String businessKey, String processInstanceId, String title, LocalDate periodStart,
            LocalDate periodEnd, long pairCount, BigDecimal costPerPair, Instant participationDeadline, Instant now) {
        jdbc.update("""
                insert into mentorship_programme (business_key, process_instance_id, title, period_start, period_end,
                                                  pair_count, cost_per_pair, participation_deadline, started_at, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')""",
                businessKey, processInstanceId, title, Date.valueOf(periodStart), Date.valueOf(periodEnd), pairCount,
                costPerPair, Timestamp.from(participationDeadline), Timestamp.from(now));
    }

    void updateProgramme(String businessKey, String status, String allocationId, Instant closedAt) {
        jdbc.update("""
                update mentorship_programme
                   set status = ?, allocation_id = coalesce(?, allocation_id), closed_at = coalesce(?, closed_at)
                 where business_key = ?""",
                status, allocationId, closedAt == null ? null : Timestamp.from(closedAt), businessKey);
    }

    void insertPerson(String businessKey, Person person, String nominatedBy, Instant at) {
        jdbc.update("""
                insert into mentorship_person (business_key, agency_code, person_role, name, email, area, leadership,
                                               languages, description, status, nominated_by, nominated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                businessKey, person.agency(), person.role().name(), person.name(), person.email(), person.area(),
                person.leadership(), String.join(",", person.languages()), person.description(), person.status(),
                nominatedBy, Timestamp.from(at));
    }

    List<Person> persons(String businessKey) {
        return jdbc.query("select * from mentorship_person where business_key = ? order by agency_code, person_role",
                PERSON, businessKey);
    }

    List<Person> persons(String businessKey, String agency) {
        return jdbc.query("""
                select * from mentorship_person where business_key = ? and agency_code = ?
                 order by person_role""", PERSON, businessKey, agency);
    }

    void approve(String businessKey, String agency, boolean approved, String by, Instant at, String comment) {
        jdbc.update("""
                update mentorship_person
                   set status = ?, approved_by = ?, approved_at = ?, head_comment = ?
                 where business_key = ? and agency_code = ? and status = ?""",
                approved ? Person.APPROVED : Person.NOT_APPROVED, by, Timestamp.from(at), comment, businessKey, agency,
                Person.NOMINATED);
    }

    void updatePersonStatus(String businessKey, String party, String status) {
        String[] parts = party.split(":");
        jdbc.update("update mentorship_person set status = ? where business_key = ? and agency_code = ? and person_role = ?",
                status, businessKey, parts[0], parts[1]);
    }

    int nextRound(String businessKey) {
        Integer last = jdbc.queryForObject("select max(matching_round) from mentorship_pair where business_key = ?",
                Integer.class, businessKey);
        return last == null ? 1 : last + 1;
    }

    long insertPair(String businessKey, int round, Matching.Proposal pair, String confirmedBy, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    insert into mentorship_pair (business_key, matching_round, adept_agency, mentor_agency, score, reasons,
                                                 status, confirmed_by, confirmed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            statement.setString(1, businessKey);
            statement.setInt(2, round);
            statement.setString(3, pair.adept().agency());
            statement.setString(4, pair.mentor().agency());
            statement.setInt(5, pair.score());
            statement.setString(6, pair.reasons());
            statement.setString(7, Pair.CONFIRMED);
            statement.setString(8, confirmedBy);
            statement.setTimestamp(9, Timestamp.from(at));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    List<Pair> pairs(String businessKey) {
        return jdbc.query("select * from mentorship_pair where business_key = ? order by id", PAIR, businessKey);
    }

    List<Pair> pairs(String businessKey, String status) {
        return jdbc.query("select * from mentorship_pair where business_key = ? and status = ? order by id", PAIR,
                businessKey, status);
    }

    Pair pair(String businessKey, long id) {
        return jdbc.queryForObject("select * from mentorship_pair where business_key = ? and id = ?", PAIR,
                businessKey, id);
    }

    void recordAnswer(long pairId, Role role, boolean accepts, String declineReason) {
        String column = role == Role.ADEPT ? "adept_accepts" : "mentor_accepts";
        jdbc.update("update mentorship_pair set " + column + " = ?,"
                + " decline_reason = coalesce(decline_reason, ?) where id = ?", accepts, declineReason, pairId);
    }

    void updatePairStatus(long pairId, String status) {
        jdbc.update("update mentorship_pair set status = ? where id = ?", status, pairId);
    }

    void recordCheckIn(long pairId, long meetings, String status, String endReason, Instant endedAt) {
        jdbc.update("""
                update mentorship_pair
                   set meetings = ?, status = ?, end_reason = ?, ended_at = ?
                 where id = ?""",
                meetings, status, endReason, endedAt == null ? null : Timestamp.from(endedAt), pairId);
    }

    /** The evaluation was sent: when it closes and how many adepts and mentors were asked. */
    void recordEvaluationSent(String businessKey, Instant closesAt, int invited) {
        jdbc.update("update mentorship_programme set evaluation_closes_at = ?, evaluation_invited = ? where business_key = ?",
                Timestamp.from(closesAt), invited, businessKey);
    }

    /** The evaluation closed: how many answered (a count; the answers stay anonymous in the survey's tables). */
    void recordEvaluationResponses(String businessKey, int responses) {
        jdbc.update("update mentorship_programme set evaluation_responses = ? where business_key = ?", responses,
                businessKey);
    }

    void recordEvaluationReport(String businessKey, String report) {
        jdbc.update("update mentorship_programme set evaluation_report = ? where business_key = ?", report, businessKey);
    }
}
