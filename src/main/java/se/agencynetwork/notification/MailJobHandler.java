package se.agencynetwork.notification;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The engine job that delivers the mails of one step ({@link MailJobs}): every mail of the step not yet
 * SENT is handed to the SMTP server, each marked SENT on its own ({@link MailDispatcher}). When some could not
 * be sent the job fails naming them, so the engine retries it ({@link MailJobRetry}) - and a retry sends only
 * those - until the retries are spent and the job is a failed-job incident that Cockpit's "Retry" runs again.
 */
class MailJobHandler implements JobHandler<MailJobHandler.MailIds> {

    static final String TYPE = "agency-network-mail";

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

    MailJobHandler(MailDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void execute(MailIds configuration, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
        MailDispatcher.Outcome outcome = dispatcher.deliver(configuration.ids());
        if (!outcome.failed().isEmpty()) {
            throw new MailsNotSent(outcome.failed().size() + " of " + configuration.ids().size()
                    + " mails of this step not sent (the others are sent and are not sent again): "
                    + String.join(", ", outcome.failed()) + ". First error: " + MailDispatcher.describe(outcome.firstError()),
                    outcome.firstError());
        }
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
