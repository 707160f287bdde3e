package se.agencynetwork.notification;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricJobLogEventEntity;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The engine's history as usual, except that the job log of a mail job ({@link MailJobHandler}) gets a
 * removal time: such a job belongs to no process instance, so the engine, which takes a job log's removal
 * time from its root process instance, would give it none and the history cleanup would never remove it.
 * It is removed {@code jobLogTimeToLive} after it was written (created, failed or succeeded).
 *
 * <p>It extends the engine's own default producer, {@link CacheAwareHistoryEventProducer}, which updates
 * a history entity still in the command's cache in place: a plain {@code DefaultHistoryEventProducer}
 * loses the end of every activity that starts and ends in one transaction (service tasks, events).
 */
class MailJobHistory extends CacheAwareHistoryEventProducer {

    private final Duration jobLogTimeToLive;

    MailJobHistory(Duration jobLogTimeToLive) {
        this.jobLogTimeToLive = jobLogTimeToLive;
    }

    @Override
    protected HistoryEvent createHistoricJobLogEvt(Job job, HistoryEventType eventType) {
        HistoryEvent event = super.createHistoricJobLogEvt(job, eventType);
        if (event instanceof HistoricJobLogEventEntity log && log.getRemovalTime() == null
                && MailJobHandler.TYPE.equals(log.getJobDefinitionType())) {
            // the engine stamps every job log with its clock's time before this
            log.setRemovalTime(Date.from(log.getTimestamp().toInstant().plus(jobLogTimeToLive)));
        }
        return event;
    }
}
