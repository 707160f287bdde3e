package se.agencynetwork.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
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
 */
@Component
public class DueDateCheck {

    private static final Logger LOG = LoggerFactory.getLogger(DueDateCheck.class);
    private static final int PAGE = 100;

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final TaskMails taskMails;
    private final NotificationProperties properties;
    private final TransactionTemplate transaction;

    DueDateCheck(TaskService taskService, RuntimeService runtimeService, TaskMails taskMails,
            NotificationProperties properties, PlatformTransactionManager transactionManager) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
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
            written += inOwnTransaction(task, true);
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
