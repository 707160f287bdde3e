package se.agencynetwork.evaluation;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The evaluation tables (Flyway V10). */
@Repository
public class SurveyRepository {

    /** What a link leads to: no personal data, only the course it belongs to and its state (used or not, never when). */
    public record Invitation(String courseKey, String courseTitle, LocalDateTime expiresAt, boolean used) {
    }

    /** One anonymous answer. */
    public record Answer(int relevance, int trainer, int overall, int nps, String learned, String comment) {
    }

    private final JdbcTemplate jdbc;

    public SurveyRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void createSurvey(String courseKey, String processInstanceId, String title, LocalDate endDate,
            LocalDateTime closesAt, int invited) {
        jdbc.update("delete from evaluation_survey where course_key = ?", courseKey);
        jdbc.update("insert into evaluation_survey (course_key, process_instance_id, course_title, course_end_date, "
                + "closes_at, invited) values (?, ?, ?, ?, ?, ?)", courseKey, processInstanceId, title, endDate,
                Timestamp.valueOf(closesAt), invited);
    }

    public void insertInvitation(String tokenHash, String courseKey, String name, String email, String agency,
            LocalDateTime expiresAt, LocalDateTime now) {
        jdbc.update("insert into evaluation_invitation (token_hash, course_key, participant_name, participant_email, "
                + "agency, expires_at, created_at) values (?, ?, ?, ?, ?, ?, ?)", tokenHash, courseKey, name, email,
                agency, Timestamp.valueOf(expiresAt), Timestamp.valueOf(now));
    }

    public Optional<Invitation> invitation(String tokenHash) {
        return jdbc.query("select i.course_key, s.course_title, i.expires_at, i.used from evaluation_invitation i "
                + "join evaluation_survey s on s.course_key = i.course_key where i.token_hash = ?",
                (rs, n) -> new Invitation(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime(),
                        rs.getBoolean(4)),
                tokenHash).stream().findFirst();
    }

    /**
     * Marks the link used if it is still open; false if it was used or has expired meanwhile. Only
     * the fact is stored, not the time: next to the participant's name it would tell whose answer
     * came in at that moment.
     */
    public boolean markUsed(String tokenHash, LocalDateTime now) {
        return jdbc.update("update evaluation_invitation set used = ? where token_hash = ? and used = ? "
                + "and expires_at > ?", true, tokenHash, false, Timestamp.valueOf(now)) == 1;
    }

    /** Stores an answer with its course only: no time, no reference to the link or the person (a random id). */
    public void insertAnswer(String courseKey, Answer a) {
        jdbc.update("insert into evaluation_response (id, course_key, relevance, trainer, overall, nps, learned, "
                + "comment_text) values (?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(),
                courseKey, a.relevance(), a.trainer(), a.overall(), a.nps(), a.learned(), a.comment());
    }

    public List<Answer> answers(String courseKey) {
        return jdbc.query("select relevance, trainer, overall, nps, learned, comment_text from evaluation_response "
                + "where course_key = ? order by id", (rs, n) -> new Answer(rs.getInt(1), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), rs.getString(5), rs.getString(6)), courseKey);
    }

    public int invited(String courseKey) {
        Integer n = jdbc.queryForObject("select count(*) from evaluation_invitation where course_key = ?",
                Integer.class, courseKey);
        return n == null ? 0 : n;
    }

    public void storeResults(String courseKey, SurveyResults r, LocalDateTime now) {
        jdbc.update("update evaluation_survey set responses = ?, relevance_avg = ?, trainer_avg = ?, overall_avg = ?, "
                + "nps = ?, compiled_at = ? where course_key = ?", r.responses(), r.relevanceAverage(),
                r.trainerAverage(), r.overallAverage(), r.nps(), Timestamp.valueOf(now), courseKey);
    }

    public void recordFollowUp(String courseKey, String agency, String workChanged, String notes, String by,
            LocalDateTime now) {
        jdbc.update("delete from evaluation_follow_up where course_key = ? and agency = ?", courseKey, agency);
        jdbc.update("insert into evaluation_follow_up (course_key, agency, work_changed, notes, recorded_by, "
                + "recorded_at) values (?, ?, ?, ?, ?, ?)", courseKey, agency, workChanged, notes, by,
                Timestamp.valueOf(now));
    }

    /**
     * Removes names and e-mail addresses of participants of courses that ended before the given day
     * (the links stop working too: they expire at closing anyway). Answers stay, they are anonymous.
     *
     * @return the number of invitations anonymised now
     */
    /** Courses that ended before the day whose participants' data is still in the engine's history. */
    public List<String> coursesWithHistoryEndedBefore(LocalDate day) {
        return jdbc.queryForList("select course_key from evaluation_survey where course_end_date < ? "
                + "and history_removed_at is null order by course_key", String.class, day);
    }

    public void markHistoryRemoved(String courseKey, LocalDateTime now) {
        jdbc.update("update evaluation_survey set history_removed_at = ? where course_key = ?",
                Timestamp.valueOf(now), courseKey);
    }

    /**
     * Deletes the mails sent to the course's participants (invitations, updates, reminders,
     * cancellations, survey links): they hold names and addresses. A year after the course a mail
     * still waiting to be sent has no purpose left either.
     */
    public int deleteParticipantMails(String courseKey, List<String> kinds) {
        return jdbc.update("delete from notification_mail where business_key = ? and kind in ("
                + String.join(", ", kinds.stream().map(k -> "?").toList()) + ")",
                java.util.stream.Stream.concat(java.util.stream.Stream.of(courseKey), kinds.stream()).toArray());
    }

    public int anonymiseCoursesEndedBefore(LocalDate day, LocalDateTime now) {
        return jdbc.update("update evaluation_invitation set participant_name = null, participant_email = null, "
                + "anonymised_at = ? where anonymised_at is null and course_key in (select course_key from "
                + "evaluation_survey where course_end_date < ?)", Timestamp.valueOf(now), day);
    }
}
