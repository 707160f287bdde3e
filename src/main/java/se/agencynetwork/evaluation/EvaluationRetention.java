package se.agencynetwork.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.agencynetwork.delivery.CourseParticipants;

/**
 * Removes participants' names and e-mail addresses from the evaluation tables once the retention
 * period (network.evaluation.retention-period) has passed since the course's last day. Runs daily
 * (network.evaluation.retention-cron). The answers are anonymous and stay; the process history
 * (which holds participantsJson) is removed by the engine's history cleanup after the process's
 * historyTimeToLive, which is set to the same period. The course's registration lists
 * (course_participant, written by course-delivery) are deleted at the same time.
 */
@Component
public class EvaluationRetention {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationRetention.class);

    private final SurveyRepository repository;
    private final EvaluationProperties properties;
    private final CourseParticipants courseParticipants;
    private final Clock clock;

    public EvaluationRetention(SurveyRepository repository, EvaluationProperties properties,
            CourseParticipants courseParticipants, Clock clock) {
        this.repository = repository;
        this.courseParticipants = courseParticipants;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${network.evaluation.retention-cron:0 30 3 * * *}")
    public void scheduled() {
        anonymise(LocalDate.now(clock));
    }

    /** Anonymises courses that ended more than the retention period before {@code today}. */
    @Transactional
    public int anonymise(LocalDate today) {
        LocalDate cutoff = today.minus(properties.retentionPeriod());
        int n = repository.anonymiseCoursesEndedBefore(cutoff, LocalDateTime.now(clock));
        int lists = courseParticipants.removeCoursesEndedBefore(cutoff);
        if (n > 0 || lists > 0) {
            LOG.info("Retention: names and e-mail addresses of {} surveyed participants and {} registration rows removed",
                    n, lists);
        }
        return n;
    }
}
