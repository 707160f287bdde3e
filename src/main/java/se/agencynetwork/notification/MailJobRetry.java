package se.agencynetwork.notification;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

import se.agencynetwork.process.NetworkTime;

/**
 * What the engine does when a mail job failed: the engine's own handling for every other job; for a mail job
 * the waits of {@code network.notification.retry-cycle} (the job is due again after the next wait), and after
 * the last attempt retries 0, which makes the engine raise the failed-job incident Cockpit shows, and the
 * step's unsent mails FAILED in the outbox. Before that, a job that did not know its step's process (mails
 * written outside a process step, e.g. by the due-date check) is given the process of its mails, so that the
 * incident is found on that process in Cockpit.
 */
final class MailJobRetry implements FailedJobCommandFactory {

    private final FailedJobCommandFactory engineDefault;
    private final MailOutbox outbox;
    private final NotificationProperties properties;

    MailJobRetry(FailedJobCommandFactory engineDefault, MailOutbox outbox, NotificationProperties properties) {
        this.engineDefault = engineDefault;
        this.outbox = outbox;
        this.properties = properties;
    }

    @Override
    public Command<Object> getCommand(String jobId, Throwable exception) {
        Command<Object> other = engineDefault.getCommand(jobId, exception);
        return commandContext -> {
            JobEntity job = commandContext.getJobManager().findJobById(jobId);
            if (job == null || !MailJobHandler.TYPE.equals(job.getJobHandlerType())) {
                return other.execute(commandContext);
            }
            return new MailFailure(jobId, exception).execute(commandContext);
        };
    }

    private final class MailFailure extends JobRetryCmd {

        MailFailure(String jobId, Throwable exception) {
            super(jobId, exception);
        }

        @Override
        public Object execute(CommandContext commandContext) {
            JobEntity job = getJob();
            job.unlock();
            logException(job);
            if (exception instanceof OptimisticLockingException) {
                // not the mails' fault (another node touched the job): try again at once, no retry spent
                notifyAcquisition(commandContext);
                return null;
            }
            MailJobHandler.MailIds configuration = MailJobHandler.MailIds.parse(job.getJobHandlerConfigurationRaw());
            List<String> mailIds = configuration.ids();
            if (configuration.activityId() != null) {
                job.setActivityId(configuration.activityId()); // the incident's activity: Cockpit marks the step
            }
            if (job.getProcessDefinitionId() == null) {
                placeOnProcessOfMails(commandContext, job, mailIds);
            }
            int left = Math.max(0, job.getRetries() - 1);
            if (left > 0) {
                Duration wait = MailRetryCycle.parse(properties.retryCycle()).waitWith(left);
                job.setDuedate(Date.from(NetworkTime.now().plus(wait)));
            } else {
                outbox.markFailed(mailIds);
            }
            job.setRetries(left); // 0: the engine creates the failed-job incident
            notifyAcquisition(commandContext);
            return null;
        }

        private void placeOnProcessOfMails(CommandContext commandContext, JobEntity job, List<String> mailIds) {
            String processInstanceId = outbox.processInstanceOf(mailIds);
            if (processInstanceId == null) {
                return;
            }
            ExecutionEntity instance = commandContext.getExecutionManager().findExecutionById(processInstanceId);
            if (instance != null) {
                job.setProcessDefinitionId(instance.getProcessDefinitionId());
                job.setProcessDefinitionKey(instance.getProcessDefinition().getKey());
                return;
            }
            HistoricProcessInstance ended = commandContext.getHistoricProcessInstanceManager()
                    .findHistoricProcessInstance(processInstanceId);
            if (ended != null) {
                job.setProcessDefinitionId(ended.getProcessDefinitionId());
                job.setProcessDefinitionKey(ended.getProcessDefinitionKey());
            }
        }
    }
}
