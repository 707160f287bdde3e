package se.agencynetwork.review;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the yearly start of the review on the configured schedule.
 *
 * <p>The engine computes a timer start event's due date when the model is deployed. A restart with
 * unchanged models deploys nothing, so a changed {@code network.review.yearly-start} would not reach
 * the existing timer. After the models are deployed (ModelDeployer runs before the context is
 * refreshed) this re-evaluates the timer from the current configuration.
 */
@Component
class YearlyReviewTimer {

    private static final Logger LOG = LoggerFactory.getLogger(YearlyReviewTimer.class);

    private final ManagementService managementService;

    YearlyReviewTimer(ManagementService managementService) {
        this.managementService = managementService;
    }

    @EventListener(ContextRefreshedEvent.class)
    void onStart() {
        recalculate();
    }

    /** Re-evaluates every yearly start timer of the review; returns the due dates now in force. */
    List<Date> recalculate() {
        List<Job> timers = timers();
        for (Job timer : timers) {
            try {
                managementService.recalculateJobDuedate(timer.getId(), false);
            } catch (OptimisticLockingException e) {
                // another node of the cluster started at the same moment and did the same
                LOG.info("Yearly review timer {} was recalculated concurrently by another node", timer.getId());
            }
        }
        List<Date> dueDates = timers().stream().map(Job::getDuedate).toList();
        LOG.info("Yearly network review starts next at {}", dueDates);
        return dueDates;
    }

    List<Job> timers() {
        return managementService.createJobQuery()
                .processDefinitionKey(NetworkReviewProcess.KEY)
                .activityId(NetworkReviewProcess.START)
                .timers()
                .list();
    }
}
