package se.agencynetwork.delivery;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The participants each agency registered for a course occasion (table course_participant). */
@Repository
public class CourseParticipants {

    public record Participant(String agency, String name, String email, String title) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CourseParticipants(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Replaces what an agency registered for the course (a repeated submission never doubles it). */
    void register(String businessKey, String agency, List<Participant> participants, String registeredBy) {
        jdbc.update("delete from course_participant where business_key = ? and agency_code = ?", businessKey, agency);
        for (Participant p : participants) {
            jdbc.update("insert into course_participant (business_key, agency_code, name, email, title, registered_by,"
                    + " registered_at) values (?, ?, ?, ?, ?, ?, ?)", businessKey, agency, p.name(), p.email(), p.title(),
                    registeredBy, Timestamp.from(clock.instant()));
        }
    }

    public List<Participant> of(String businessKey) {
        return jdbc.query("select agency_code, name, email, title from course_participant where business_key = ?"
                + " order by agency_code, name", (rs, row) -> new Participant(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4)), businessKey);
    }
}
