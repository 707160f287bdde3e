package se.agencynetwork.notification;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricJobLogEventEntity;
import org.camunda.bpm.engine.runtime.Job;

import se.agencynetwork.process.NetworkTime;

/**
 * The engine's history as usual, except that the job log of a mail job ({@link MailJobHandler}) gets a
 * removal time: such a job belongs to no process instance, so the engine, which takes a job log's removal
 * time from its root process instance, would give it none and the history cleanup would never remove it.
 * It is removed {@code jobLogTimeToLive} after it was written (created, failed or succeeded).
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
            Date written = log.getTimestamp() != null ? log.getTimestamp() : NetworkTime.nowAsDate();
            log.setRemovalTime(Date.from(written.toInstant().plus(jobLogTimeToLive)));
        }
        return event;
    }
}
