package se.agencynetwork.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One delivery job per step: collects the ids of the mails a transaction writes to the outbox and, just
 * before that transaction commits, inserts one engine job ({@link MailJobHandler}) for all of them - in the
 * same transaction, so the job exists exactly when the mails do. No process instance: the job's
 * configuration is the list of mail ids (at most {@link #MAILS_PER_JOB} per job, to stay within the job
 * table's 4000-character configuration column; a step that mails more people gets one job per hundred).
 *
 * <p>The job remembers where its step was (process definition and activity), when the mails were written
 * inside a process step, so that a failed-job incident appears on that step's process in Cockpit.
 */
@Component
public class MailJobs {

    /** 36-character ids and a comma each: 100 ids are 3 700 characters, with room for the step's activity id. */
    static final int MAILS_PER_JOB = 100;

    private final ObjectProvider<ProcessEngine> processEngine;
    private final NotificationProperties properties;

    public MailJobs(ObjectProvider<ProcessEngine> processEngine, NotificationProperties properties) {
        this.processEngine = processEngine;
        this.properties = properties;
    }

    /** Where the mails were written: the process definition and activity of the step, each possibly null. */
    record Step(String processDefinitionId, String processDefinitionKey, String activityId) {

        static final Step UNKNOWN = new Step(null, null, null);

        /** The step the engine is executing on this thread right now, if any (no database access). */
        static Step current() {
            BpmnExecutionContext context = Context.getBpmnExecutionContext();
            ExecutionEntity execution = context == null ? null : context.getExecution();
            if (execution == null || execution.getProcessDefinitionId() == null) {
                return UNKNOWN;
            }
            return new Step(execution.getProcessDefinitionId(), execution.getProcessDefinition().getKey(),
                    execution.getActivityId());
        }
    }

    /**
     * Has the mails delivered by this transaction's one mail job; called in the transaction that wrote them.
     * Without a transaction (never the case for {@link Notifications#send}, which is transactional) the job is
     * created at once.
     */
    void deliver(List<String> mailIds) {
        if (mailIds.isEmpty()) {
            return;
        }
        Step step = Step.current();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            insertJobs(List.copyOf(mailIds), step);
            return;
        }
        StepMails mails = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(StepMails.class::isInstance).map(StepMails.class::cast).findFirst().orElse(null);
        if (mails == null) {
            mails = new StepMails();
            TransactionSynchronizationManager.registerSynchronization(mails);
        }
        mails.add(mailIds, step);
    }

    /** The mail jobs waiting or failed (for tests and operators' tools). */
    public List<Job> jobs() {
        return engineConfiguration().getCommandExecutorTxRequired().execute(commandContext ->
                commandContext.getJobManager().findJobsByHandlerType(MailJobHandler.TYPE));
    }

    private void insertJobs(List<String> mailIds, Step step) {
        int attempts = MailRetryCycle.parse(properties.retryCycle()).attempts();
        engineConfiguration().getCommandExecutorTxRequired().execute((CommandContext commandContext) -> {
            for (int from = 0; from < mailIds.size(); from += MAILS_PER_JOB) {
                MessageEntity job = MailJobHandler.newJob(new MailJobHandler.MailIds(
                        mailIds.subList(from, Math.min(mailIds.size(), from + MAILS_PER_JOB)), step.activityId()),
                        attempts, step.processDefinitionId(), step.processDefinitionKey());
                commandContext.getJobManager().send(job);
            }
            return null;
        });
    }

    private org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl engineConfiguration() {
        return ((ProcessEngineImpl) processEngine.getObject()).getProcessEngineConfiguration();
    }

    /** The mails of one transaction; their job is inserted when it is about to commit. */
    private final class StepMails implements TransactionSynchronization {

        private final Set<String> mailIds = new LinkedHashSet<>();
        private Step step = Step.UNKNOWN;

        void add(List<String> ids, Step where) {
            mailIds.addAll(ids);
            if (step.processDefinitionId() == null) {
                step = where;
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!mailIds.isEmpty()) {
                insertJobs(new ArrayList<>(mailIds), step);
                mailIds.clear();
            }
        }
    }
}
