package se.agencynetwork.delivery;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import se.agencynetwork.process.RegistrationLists;

/**
 * The participants each agency registered for a course occasion, and its reserves on the waiting
 * list (table course_participant). A reserve becomes a participant when a seat is left unused.
 */
@Repository
public class CourseParticipants implements RegistrationLists {

    public enum Status { REGISTERED, RESERVE }

    public record Participant(String agency, String name, String email, String title) {
    }

    private static final String COLUMNS = "select agency_code, name, email, title from course_participant";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CourseParticipants(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Replaces what an agency registered for the course, participants and reserves in the order
     * given (a repeated submission never doubles it).
     */
    void register(String businessKey, String agency, List<Participant> registered, List<Participant> reserves,
            String registeredBy) {
        jdbc.update("delete from course_participant where business_key = ? and agency_code = ?", businessKey, agency);
        insert(businessKey, registered, Status.REGISTERED, registeredBy);
        insert(businessKey, reserves, Status.RESERVE, registeredBy);
    }

    private void insert(String businessKey, List<Participant> people, Status status, String registeredBy) {
        int position = 0;
        for (Participant p : people) {
            jdbc.update("insert into course_participant (business_key, agency_code, name, email, title, registered_by,"
                    + " registered_at, status, position_no) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", businessKey, p.agency(),
                    p.name(), p.email(), p.title(), registeredBy, Timestamp.from(clock.instant()), status.name(), ++position);
        }
    }

    /** The registered participants (reserves given a seat included), by agency and name. */
    public List<Participant> of(String businessKey) {
        return jdbc.query(COLUMNS + " where business_key = ? and status = ? order by agency_code, name",
                this::map, businessKey, Status.REGISTERED.name());
    }

    /** The reserves still waiting, by agency in the order the agency listed them. */
    public List<Participant> reserves(String businessKey) {
        return jdbc.query(COLUMNS + " where business_key = ? and status = ? order by agency_code, position_no",
                this::map, businessKey, Status.RESERVE.name());
    }

    /** Everyone on the course's lists, participants and reserves. */
    public List<Participant> everyone(String businessKey) {
        return jdbc.query(COLUMNS + " where business_key = ? order by agency_code, status, position_no", this::map,
                businessKey);
    }

    /** Registered participants per agency (agencies without any are absent). */
    Map<String, Long> countByAgency(String businessKey) {
        Map<String, Long> counts = new TreeMap<>();
        of(businessKey).forEach(p -> counts.merge(p.agency(), 1L, Long::sum));
        return counts;
    }

    /** A reserve takes a seat left unused. */
    void promote(String businessKey, String email) {
        jdbc.update("update course_participant set status = ? where business_key = ? and email = ? and status = ?",
                Status.REGISTERED.name(), businessKey, email, Status.RESERVE.name());
    }

    /** Whether another agency has already put this address on the course's lists. */
    boolean listedByAnotherAgency(String businessKey, String agency, String email) {
        Integer n = jdbc.queryForObject("select count(*) from course_participant where business_key = ?"
                + " and agency_code <> ? and lower(email) = ?", Integer.class, businessKey, agency, email.toLowerCase());
        return n != null && n > 0;
    }

    /** The course's last day, from which the retention period counts. */
    void setCourseEnd(String businessKey, LocalDate end) {
        jdbc.update("update course_participant set course_end = ? where business_key = ?", Date.valueOf(end), businessKey);
    }

    /** The business keys of the courses with registration lists that ended before the day. */
    @Override
    public List<String> coursesEndedBefore(LocalDate day) {
        return jdbc.queryForList("select distinct business_key from course_participant where course_end < ?"
                + " order by business_key", String.class, Date.valueOf(day));
    }

    /** Deletes the course's registration list (participants and reserves): after the retention period, or at once for a cancelled course. */
    @Override
    public int removeCourse(String businessKey) {
        return jdbc.update("delete from course_participant where business_key = ?", businessKey);
    }


    private Participant map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Participant(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }
}
