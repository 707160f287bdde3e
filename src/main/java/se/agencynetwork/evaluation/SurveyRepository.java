package se.agencynetwork.evaluation;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import se.agencynetwork.survey.QuestionnaireResults;

/**
 * The course evaluation's own tables: per course its survey's title, last day, invited count and compiled
 * figures ({@code evaluation_survey}), how many attended per agency ({@code evaluation_attendance}) and the
 * level-3 follow-up. The links and answers are the shared survey package's ({@code survey_*}, Flyway V22/V25).
 */
@Repository
public class SurveyRepository {

    private final JdbcTemplate jdbc;

    public SurveyRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void createSurvey(String courseKey, String processInstanceId, String title, LocalDate endDate,
            LocalDateTime closesAt, int invited) {
        jdbc.update("insert into evaluation_survey (course_key, process_instance_id, course_title, course_end_date, "
                + "closes_at, invited) values (?, ?, ?, ?, ?, ?)", courseKey, processInstanceId, title, endDate,
                Timestamp.valueOf(closesAt), invited);
    }

    /** How many of the course's invited participants came from each agency (counts only: no names). */
    public void recordAttendance(String courseKey, Map<String, Integer> attendedPerAgency) {
        attendedPerAgency.forEach((agency, attended) -> jdbc.update("insert into evaluation_attendance (course_key, "
                + "agency, attended) values (?, ?, ?)", courseKey, agency, attended));
    }

    /** How many participants were invited to the course's survey (0 for a course without one). */
    public int invited(String courseKey) {
        return jdbc.queryForList("select invited from evaluation_survey where course_key = ?", Integer.class, courseKey)
                .stream().findFirst().orElse(0);
    }

    /** The compiled figures; averages and NPS stay empty when the results are hidden. */
    public void storeResults(String courseKey, QuestionnaireResults r, LocalDateTime now) {
        jdbc.update("update evaluation_survey set responses = ?, relevance_avg = ?, trainer_avg = ?, overall_avg = ?, "
                + "nps = ?, compiled_at = ? where course_key = ?", r.responses(),
                r.average(CourseQuestionnaire.RELEVANCE), r.average(CourseQuestionnaire.TRAINER),
                r.average(CourseQuestionnaire.OVERALL), r.nps(CourseQuestionnaire.NPS), Timestamp.valueOf(now),
                courseKey);
    }

    public void recordFollowUp(String courseKey, String agency, String workChanged, String notes, String by,
            LocalDateTime now) {
        jdbc.update("delete from evaluation_follow_up where course_key = ? and agency = ?", courseKey, agency);
        jdbc.update("insert into evaluation_follow_up (course_key, agency, work_changed, notes, recorded_by, "
                + "recorded_at) values (?, ?, ?, ?, ?, ?)", courseKey, agency, workChanged, notes, by,
                Timestamp.valueOf(now));
    }

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
}
