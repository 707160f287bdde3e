package se.agencynetwork.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine job that delivers the mails of one step ({@link MailJobs}): every mail of the step not yet
 * SENT is handed to the SMTP server, each marked SENT on its own ({@link MailDispatcher}). When some could not
 * be sent the job fails naming them, so the engine retries it ({@link MailJobRetry}) - and a retry sends only
 * those - until the retries are spent and the job is a failed-job incident that Cockpit's "Retry" runs again.
 */
class MailJobHandler implements JobHandler<MailJobHandler.MailIds> {

    static final String TYPE = "agency-network-mail";

    private static final Logger LOG = LoggerFactory.getLogger(MailJobHandler.class);

    /**
     * The job's configuration: the ids of its mails, comma-separated, and the BPMN id of the step that wrote
     * them after an {@code @} when known ({@code id1,id2@SendTask_NotifyRecipients}; BPMN ids have no
     * {@code @}). The engine keeps no activity for a job without an execution, so the step travels here to
     * the incident.
     */
    record MailIds(List<String> ids, String activityId) implements JobHandlerConfiguration {

        static MailIds parse(String raw) {
            String text = raw == null ? "" : raw;
            int at = text.indexOf('@');
            String activity = at < 0 || at == text.length() - 1 ? null : text.substring(at + 1);
            String list = at < 0 ? text : text.substring(0, at);
            return new MailIds(list.isBlank() ? List.of()
                    : Arrays.stream(list.split(",")).map(String::trim).filter(id -> !id.isEmpty()).toList(), activity);
        }

        @Override
        public String toCanonicalString() {
            return String.join(",", ids) + (activityId == null ? "" : "@" + activityId);
        }
    }

    /** A step's mails that the SMTP server did not take; the job fails with it and is retried. */
    static final class MailsNotSent extends RuntimeException {
        MailsNotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final MailDispatcher dispatcher;
    private final Supplier<Duration> timeBudget;

    /** With the time budget of half the job executor's lock time. */
    MailJobHandler(MailDispatcher dispatcher) {
        this(dispatcher, () -> Duration.ofMillis(Context.getProcessEngineConfiguration().getJobExecutor().getLockTimeInMillis() / 2));
    }

    /**
     * @param timeBudget how long one run may go on starting mails: the job must end well within its lock
     *        (one mail takes at most the SMTP timeouts), or a second node could take the job and send too
     */
    MailJobHandler(MailDispatcher dispatcher, Supplier<Duration> timeBudget) {
        this.dispatcher = dispatcher;
        this.timeBudget = timeBudget;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void execute(MailIds configuration, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
        MailDispatcher.Outcome outcome = dispatcher.deliver(configuration.ids(), System.nanoTime() + timeBudget.get().toNanos());
        if (!outcome.notTried().isEmpty()) {
            continueInNewJob(configuration, outcome, commandContext, tenantId);
            return;
        }
        if (!outcome.failed().isEmpty()) {
            throw new MailsNotSent(outcome.failed().size() + " of " + configuration.ids().size()
                    + " mails of this step not sent (the others are sent and are not sent again): "
                    + String.join(", ", outcome.failed()) + ". First error: " + MailDispatcher.describe(outcome.firstError()),
                    outcome.firstError());
        }
    }

    /** A new mail job (not yet inserted) for these mails, on the given process definition (null when not known). */
    static MessageEntity newJob(MailIds mails, int retries, String processDefinitionId, String processDefinitionKey) {
        MessageEntity job = new MessageEntity();
        job.setJobHandlerType(TYPE);
        job.setJobHandlerConfigurationRaw(mails.toCanonicalString());
        job.setRetries(retries);
        job.setProcessDefinitionId(processDefinitionId);
        job.setProcessDefinitionKey(processDefinitionKey);
        return job;
    }

    /**
     * The time was up before every mail was tried: this job ends (what it sent stays sent) and a new job of the
     * same step, inserted in this job's transaction, takes the mails not tried and those that failed now.
     */
    private static void continueInNewJob(MailIds configuration, MailDispatcher.Outcome outcome, CommandContext commandContext,
            String tenantId) {
        List<String> rest = new ArrayList<>(outcome.failedIds());
        rest.addAll(outcome.notTried());
        JobEntity current = commandContext.getJobManager()
                .findJobsByConfiguration(TYPE, configuration.toCanonicalString(), tenantId).stream().findFirst().orElse(null);
        commandContext.getJobManager().send(newJob(new MailIds(rest, configuration.activityId()),
                current == null ? 1 : Math.max(1, current.getRetries()),
                current == null ? null : current.getProcessDefinitionId(), current == null ? null : current.getProcessDefinitionKey()));
        LOG.info("Mail job ran out of its time ({} sent, {} failed): {} mails go on in a new job", outcome.sent(),
                outcome.failedIds().size(), rest.size());
    }

    @Override
    public MailIds newConfiguration(String canonicalString) {
        return MailIds.parse(canonicalString);
    }

    @Override
    public void onDelete(MailIds configuration, JobEntity jobEntity) {
        // the outbox rows stay: they are the record of what was (not) sent
    }
}
