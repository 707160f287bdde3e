package se.agencynetwork.notification;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

import se.agencynetwork.forms.DelegateContract;

/**
 * {@code ${mailDelivery}}: the asynchronous service task of the {@code mail-delivery} process. Its
 * job sends one outbox mail; a failure propagates so that the job is retried by the model's
 * {@code failedJobRetryTimeCycle} and, when the retries are spent, becomes a Cockpit incident.
 */
@Component("mailDelivery")
@DelegateContract(reads = {Notifications.MAIL_ID_VARIABLE})
class MailDeliveryDelegate implements JavaDelegate {

    private final MailDispatcher dispatcher;
    private final IdentityService identityService;

    MailDeliveryDelegate(MailDispatcher dispatcher, IdentityService identityService) {
        this.dispatcher = dispatcher;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String mailId = (String) execution.getVariable(Notifications.MAIL_ID_VARIABLE);
        dispatcher.deliver(mailId, isLastAttempt(execution));
    }

    /** The job runs with its retries not yet decremented: one left means this is the last try. */
    private boolean isLastAttempt(DelegateExecution execution) {
        Job job = SystemAuthentication.call(identityService, () -> execution.getProcessEngineServices().getManagementService()
                .createJobQuery().executionId(execution.getId()).singleResult());
        return job != null && job.getRetries() <= 1;
    }
}
