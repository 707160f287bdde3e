package se.agencynetwork.notification;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.springframework.stereotype.Component;

/**
 * Registers the mail job ({@link MailJobHandler}), its retry rules ({@link MailJobRetry}) and the removal time of
 * its job log ({@link MailJobHistory}) with the engine.
 */
@Component
class MailJobPlugin extends AbstractProcessEnginePlugin {

    private final MailDispatcher dispatcher;
    private final MailOutbox outbox;
    private final NotificationProperties properties;

    MailJobPlugin(MailDispatcher dispatcher, MailOutbox outbox, NotificationProperties properties) {
        this.dispatcher = dispatcher;
        this.outbox = outbox;
        this.properties = properties;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<JobHandler> handlers = configuration.getCustomJobHandlers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomJobHandlers());
        handlers.add(new MailJobHandler(dispatcher));
        configuration.setCustomJobHandlers(handlers);
        FailedJobCommandFactory engineDefault = configuration.getFailedJobCommandFactory() != null
                ? configuration.getFailedJobCommandFactory() : new DefaultFailedJobCommandFactory();
        configuration.setFailedJobCommandFactory(new MailJobRetry(engineDefault, outbox, properties));
        if (configuration.getHistoryEventProducer() != null) {
            // nothing else in the application sets one; a second one would silently keep the mail job logs forever
            throw new IllegalStateException("a history event producer is configured already ("
                    + configuration.getHistoryEventProducer().getClass().getName() + "): the mail job logs need "
                    + MailJobHistory.class.getName());
        }
        configuration.setHistoryEventProducer(new MailJobHistory(properties.jobLogTimeToLive()));
    }
}
