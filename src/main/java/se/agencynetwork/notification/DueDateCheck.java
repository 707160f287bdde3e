package se.agencynetwork.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds open tasks whose due date is near (reminder to whoever must act) or past (escalation to
 * the network coordinators) and writes those mails. Idempotent: the dedup key holds the task and
 * its due date, so each task gets one reminder and one escalation per due date however often and
 * on however many nodes the check runs; a new due date earns a new reminder. Each task is handled
 * in a transaction of its own, so a duplicate raced in by another node costs only that task's turn.
 * <p>
 * A user task whose process reminds its own people in words of its own ("silence means not taking
 * part") says so in the model, {@code <camunda:property name="reminder" value="process" />}: it gets
 * no second, generic reminder from here, only the escalation when it is overdue.
 */
@Component
public class DueDateCheck {

    private static final Logger LOG = LoggerFactory.getLogger(DueDateCheck.class);
    private static final int PAGE = 100;

    /** The user task property that hands the reminder to the process: {@code reminder = process}. */
    public static final String REMINDER_PROPERTY = "reminder";
    public static final String REMINDED_BY_PROCESS = "process";

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final TaskMails taskMails;
    private final NotificationProperties properties;
    private final RepositoryService repositoryService;
    private final TransactionTemplate transaction;
    /** Per process definition id, the user tasks whose process sends its own reminder (a definition never changes). */
    private final Map<String, Set<String>> remindedByProcess = new ConcurrentHashMap<>();

    DueDateCheck(TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService,
            TaskMails taskMails, NotificationProperties properties, PlatformTransactionManager transactionManager) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.taskMails = taskMails;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Runs the check as of {@code now}; returns the number of mails written. */
    public int check(Instant now) {
        Date nowDate = Date.from(now);
        Date horizon = Date.from(now.plus(properties.reminderLeadTime()));
        int written = 0;
        for (Task task : all(() -> taskService.createTaskQuery().active().dueAfter(nowDate).dueBefore(horizon))) {
            if (!remindedByItsProcess(task)) {
                written += inOwnTransaction(task, true);
            }
        }
        for (Task task : all(() -> taskService.createTaskQuery().active().dueBefore(nowDate))) {
            written += inOwnTransaction(task, false);
        }
        if (written > 0) {
            LOG.info("Due date check as of {}: {} reminder/escalation mails written", now, written);
        }
        return written;
    }

    private int inOwnTransaction(Task task, boolean reminder) {
        try {
            Integer count = transaction.execute(status -> {
                TaskMails.TaskFacts facts = facts(task);
                return (reminder ? taskMails.reminder(facts) : taskMails.escalation(facts)).size();
            });
            return count == null ? 0 : count;
        } catch (DuplicateKeyException raced) {
            LOG.debug("Task {}: mail written by another node meanwhile", task.getId());
            return 0;
        }
    }

    private boolean remindedByItsProcess(Task task) {
        return task.getProcessDefinitionId() != null && task.getTaskDefinitionKey() != null
                && remindedByProcess.computeIfAbsent(task.getProcessDefinitionId(), this::tasksRemindedByProcess)
                        .contains(task.getTaskDefinitionKey());
    }

    private Set<String> tasksRemindedByProcess(String processDefinitionId) {
        return repositoryService.getBpmnModelInstance(processDefinitionId).getModelElementsByType(UserTask.class).stream()
                .filter(DueDateCheck::remindsItself).map(UserTask::getId).collect(Collectors.toUnmodifiableSet());
    }

    private static boolean remindsItself(UserTask task) {
        return task.getExtensionElements() != null && task.getExtensionElements().getElementsQuery()
                .filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .anyMatch(property -> REMINDER_PROPERTY.equals(property.getCamundaName())
                        && REMINDED_BY_PROCESS.equals(property.getCamundaValue()));
    }

    private static List<Task> all(java.util.function.Supplier<TaskQuery> query) {
        List<Task> tasks = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<Task> page = query.get().orderByTaskId().asc().listPage(first, PAGE);
            tasks.addAll(page);
            if (page.size() < PAGE) {
                return tasks;
            }
        }
    }

    private TaskMails.TaskFacts facts(Task task) {
        String businessKey = null;
        if (task.getProcessInstanceId() != null) {
            ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId()).singleResult();
            businessKey = instance == null ? null : instance.getBusinessKey();
        }
        return TaskMails.TaskFacts.of(task.getId(), task.getName(), task.getAssignee(), task.getDueDate(),
                task.getProcessDefinitionId(), task.getProcessInstanceId(), businessKey,
                taskService.getIdentityLinksForTask(task.getId()));
    }
}
