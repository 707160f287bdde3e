package se.agencynetwork.notification;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.Groups;
import se.agencynetwork.process.NetworkTime;

/** The mails about user tasks: new task, reminder before the due date, escalation when overdue. */
@Component
class TaskMails {

    static final DateTimeFormatter SWEDISH_DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH:mm", MailTemplates.SWEDISH).withZone(NetworkTime.ZONE);

    /** What the mails need to know about a task, from a DelegateTask or a Task of a query. */
    record TaskFacts(String taskId, String name, String assignee, Date due, String processDefinitionId,
            String processInstanceId, String businessKey, List<String> candidateUsers, List<String> candidateGroups) {

        /** The facts with the candidate users and groups among the task's identity links. */
        static TaskFacts of(String taskId, String name, String assignee, Date due, String processDefinitionId,
                String processInstanceId, String businessKey, Collection<? extends IdentityLink> links) {
            List<String> users = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            for (IdentityLink link : links) {
                if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    continue;
                }
                if (link.getUserId() != null) {
                    users.add(link.getUserId());
                }
                if (link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                }
            }
            return new TaskFacts(taskId, name, assignee, due, processDefinitionId, processInstanceId, businessKey,
                    users, groups);
        }

        MailContext context() {
            return new MailContext(taskId, processInstanceId, businessKey);
        }

        /** Occasion of reminder and escalation: one per task and due date. */
        String dueOccasion() {
            return taskId + ":" + due.getTime();
        }
    }

    private final Notifications notifications;
    private final Recipients recipients;
    private final NotificationProperties properties;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;

    TaskMails(Notifications notifications, Recipients recipients, NotificationProperties properties,
            RepositoryService repositoryService, IdentityService identityService) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.properties = properties;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
    }

    /** A task was created: to its assignee, or else to its candidate users and the members of its candidate groups. */
    List<String> created(TaskFacts task) {
        if (!notifications.isEnabled(MailKind.NEW_TASK)) {
            return List.of();
        }
        if (task.assignee() != null) {
            return assigned(task);
        }
        return newTask(task, responsible(task), false);
    }

    /** A task was assigned to someone: to them (the same person is told about a task once). */
    List<String> assigned(TaskFacts task) {
        if (task.assignee() == null || !notifications.isEnabled(MailKind.NEW_TASK)) {
            return List.of();
        }
        return newTask(task, recipients.user(task.assignee()).stream().toList(), true);
    }

    private List<String> newTask(TaskFacts task, List<Recipient> to, boolean personal) {
        Map<String, Object> model = model(task);
        model.put("personal", personal);
        return notifications.send(MailKind.NEW_TASK, to, model, task.context(), task.taskId(), null);
    }

    List<String> reminder(TaskFacts task) {
        if (!notifications.isEnabled(MailKind.TASK_REMINDER)) {
            return List.of();
        }
        return notifications.send(MailKind.TASK_REMINDER, responsible(task), model(task), task.context(),
                task.dueOccasion(), null);
    }

    /** A task is overdue: to the network coordinators, naming who holds the task. */
    List<String> escalation(TaskFacts task) {
        if (!notifications.isEnabled(MailKind.TASK_ESCALATION)) {
            return List.of();
        }
        Map<String, Object> model = model(task);
        model.put("holder", task.assignee() != null ? task.assignee() : String.join(", ", task.candidateGroups()));
        return notifications.send(MailKind.TASK_ESCALATION, recipients.group(Groups.NETWORK_COORDINATORS), model,
                task.context(), task.dueOccasion(), null);
    }

    /** Who must act on the task: the assignee, else the candidates. */
    private List<Recipient> responsible(TaskFacts task) {
        if (task.assignee() != null) {
            return recipients.user(task.assignee()).stream().toList();
        }
        List<Recipient> all = new ArrayList<>(recipients.users(task.candidateUsers()));
        task.candidateGroups().forEach(group -> all.addAll(recipients.group(group)));
        return Recipients.distinct(all);
    }

    private Map<String, Object> model(TaskFacts task) {
        Map<String, Object> model = new HashMap<>();
        model.put("taskId", task.taskId());
        model.put("taskName", task.name() == null ? "(namnlös uppgift)" : task.name());
        model.put("taskLink", properties.taskLink(task.taskId()));
        model.put("processName", processName(task.processDefinitionId()));
        model.put("businessKey", task.businessKey());
        model.put("dueDate", task.due() == null ? null : SWEDISH_DATE_TIME.format(task.due().toInstant()));
        model.put("candidateGroups", task.candidateGroups());
        return model;
    }

    private String processName(String processDefinitionId) {
        if (processDefinitionId == null) {
            return null;
        }
        ProcessDefinition definition = SystemAuthentication.call(identityService,
                () -> repositoryService.getProcessDefinition(processDefinitionId));
        return definition.getName() != null ? definition.getName() : definition.getKey();
    }

    static String format(Instant instant) {
        return SWEDISH_DATE_TIME.format(instant);
    }
}
