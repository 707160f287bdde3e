package se.agencynetwork.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.agencynetwork.process.RegistrationLists;
import se.agencynetwork.notification.MailKind;

/**
 * Removes the participants' data of a course once the retention period
 * (network.evaluation.retention-period, 365 days) has passed since its last day. Runs daily
 * (network.evaluation.retention-cron):
 *
 * <ul>
 * <li>the survey keeps no names or addresses (its links and answers, in the survey package's tables,
 * have none), so its answers and compiled figures stay;</li>
 * <li>the registration lists ({@code course_participant}) and the mails sent to participants
 * ({@code notification_mail} of the participant kinds) are deleted;</li>
 * <li>in the engine's history, the variables of the course's {@code course-delivery} and
 * {@code course-evaluation} instances (participant lists, names, addresses, attendance) are
 * deleted and the instances' removal time is set to now, so that the next history cleanup removes
 * the rest. The engine alone would not do it in time: a called instance inherits the removal time
 * of its root process instance (the root's end plus the root's historyTimeToLive, e.g. idea's
 * 1 825 days), whatever its own definition says (docs/EVALUATION.md, Retention). An instance still
 * running is left for a later day.</li>
 * </ul>
 */
@Component
public class EvaluationRetention {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationRetention.class);

    static final List<String> PROCESSES_WITH_PARTICIPANTS = List.of("course-delivery", "course-evaluation");

    static final List<String> PARTICIPANT_MAILS = List.of(MailKind.COURSE_INVITATION, MailKind.COURSE_UPDATE,
            MailKind.COURSE_CANCELLED, MailKind.COURSE_REMINDER, MailKind.COURSE_SURVEY).stream()
            .map(MailKind::id).toList();

    private final SurveyRepository repository;
    private final EvaluationProperties properties;
    private final RegistrationLists courseParticipants;
    private final HistoryService historyService;
    private final Clock clock;

    public EvaluationRetention(SurveyRepository repository, EvaluationProperties properties,
            RegistrationLists courseParticipants, HistoryService historyService, Clock clock) {
        this.repository = repository;
        this.courseParticipants = courseParticipants;
        this.properties = properties;
        this.historyService = historyService;
        this.clock = clock;
    }

    @Scheduled(cron = "${network.evaluation.retention-cron:0 30 3 * * *}")
    public void scheduled() {
        anonymise(LocalDate.now(clock));
    }

    /**
     * Removes the participants' data of courses that ended more than the retention period before
     * {@code today}.
     *
     * @return the number of courses some of whose participants' data was removed now (mails, history,
     *         registration list)
     */
    @Transactional
    public int anonymise(LocalDate today) {
        LocalDate cutoff = today.minus(properties.retentionPeriod());
        LocalDateTime now = LocalDateTime.now(clock);
        List<String> surveyed = repository.coursesWithHistoryEndedBefore(cutoff);
        Set<String> courses = new LinkedHashSet<>(surveyed);
        courses.addAll(courseParticipants.coursesEndedBefore(cutoff));
        int mails = 0;
        int instances = 0;
        int lists = 0;
        int handled = 0;
        for (String course : courses) {
            int deleted = repository.deleteParticipantMails(course, PARTICIPANT_MAILS);
            mails += deleted;
            int removed = removeFromHistory(course, now);
            if (removed < 0) {
                handled += deleted > 0 ? 1 : 0;
                continue; // a running instance may still read its list; both go on a later day
            }
            instances += removed;
            int rows = courseParticipants.removeCourse(course);
            lists += rows;
            if (surveyed.contains(course)) {
                repository.markHistoryRemoved(course, now);
            }
            handled += deleted > 0 || removed > 0 || rows > 0 ? 1 : 0;
        }
        if (lists > 0 || mails > 0 || instances > 0) {
            LOG.info("Retention: {} registration rows, {} participant mails and the variables of {} process"
                    + " instances of {} courses removed", lists, mails, instances, handled);
        }
        return handled;
    }

    /**
     * Deletes the history variables of the course's delivery and evaluation instances and sets
     * their removal time to now (a batch the job executor runs).
     *
     * @return the number of instances handled, or -1 if one of them still runs (try again later)
     */
    private int removeFromHistory(String courseKey, LocalDateTime now) {
        List<HistoricProcessInstance> found = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(courseKey)
                .processDefinitionKeyIn(PROCESSES_WITH_PARTICIPANTS.toArray(String[]::new)).list();
        if (found.stream().anyMatch(i -> i.getEndTime() == null)) {
            LOG.warn("Retention: course {} has a running delivery or evaluation; its history is handled once it ends",
                    courseKey);
            return -1;
        }
        if (found.isEmpty()) {
            return 0;
        }
        for (HistoricProcessInstance instance : found) {
            historyService.deleteHistoricVariableInstancesByProcessInstanceId(instance.getId());
        }
        Date removal = Date.from(now.atZone(clock.getZone()).toInstant());
        historyService.setRemovalTimeToHistoricProcessInstances().absoluteRemovalTime(removal)
                .byIds(found.stream().map(HistoricProcessInstance::getId).toArray(String[]::new)).executeAsync();
        return found.size();
    }
}
