package se.agencynetwork.notification;


import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Covers every user task of every model without the model naming it: the Camunda Spring Boot
 * starter publishes each task event as a Spring event ({@code camunda.bpm.eventing.task}, on by
 * default), synchronously, inside the engine's transaction. On {@code create} the task's group or
 * assignee gets a "new task" mail, on {@code assignment} the new assignee (unless they claimed the
 * task themselves). The outbox rows are part of the step's transaction.
 */
@Component
class TaskMailListener {

    private static final Logger LOG = LoggerFactory.getLogger(TaskMailListener.class);

    private final TaskMails taskMails;
    private final IdentityService identityService;

    TaskMailListener(TaskMails taskMails, IdentityService identityService,
            @Value("${camunda.bpm.eventing.task:true}") boolean taskEventing) {
        this.taskMails = taskMails;
        this.identityService = identityService;
        if (!taskEventing) {
            LOG.warn("camunda.bpm.eventing.task is off: no 'new task' mails will be sent for user tasks");
        }
    }

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        String event = task.getEventName();
        if (TaskListener.EVENTNAME_CREATE.equals(event)) {
            taskMails.created(facts(task));
        } else if (TaskListener.EVENTNAME_ASSIGNMENT.equals(event) && task.getAssignee() != null
                && !task.getAssignee().equals(currentUserId())) {
            taskMails.assigned(facts(task));
        }
    }

    private String currentUserId() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    private static TaskMails.TaskFacts facts(DelegateTask task) {
        String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        return TaskMails.TaskFacts.of(task.getId(), task.getName(), task.getAssignee(), task.getDueDate(),
                task.getProcessDefinitionId(), task.getProcessInstanceId(), businessKey, task.getCandidates());
    }
}
