package se.agencynetwork.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

import se.agencynetwork.process.CaseNames;

/**
 * The two shared Tasklist filters every member of the network sees (read access is granted in
 * {@link DirectoryGrants}). They are created once, found again by name, and never overwritten,
 * so an administrator may adjust them in Tasklist.
 */
final class TasklistFilters {

    static final String MY_TASKS = "Mina uppgifter";
    static final String MY_GROUP_TASKS = "Min grupps uppgifter";

    record Definition(String name, String description, int priority, String color,
            Function<TaskService, TaskQuery> query) {

        Map<String, Object> properties() {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("description", description);
            properties.put("priority", priority);
            properties.put("color", color);
            properties.put("refresh", true);
            properties.put("showUndefinedVariable", false);
            // the case (business key and title) of each task as a column of the list
            properties.put("variables", List.of(Map.of("name", CaseNames.CASE_LABEL, "label", "Ärende")));
            return properties;
        }

        /**
         * Gives a filter made before the case column existed (no columns at all) the columns of
         * this definition; a filter with columns an administrator chose is left as it is.
         */
        boolean addColumnsTo(Filter filter) {
            Map<String, Object> current = filter.getProperties() == null ? new LinkedHashMap<>()
                    : new LinkedHashMap<>(filter.getProperties());
            Object columns = current.get("variables");
            if (columns instanceof List<?> list && !list.isEmpty()) {
                return false;
            }
            current.put("variables", properties().get("variables"));
            filter.setProperties(current);
            return true;
        }
    }

    static final List<Definition> ALL = List.of(
            new Definition(MY_TASKS, "Uppgifter som är tilldelade dig", -20, "#1f6f43",
                    tasks -> tasks.createTaskQuery()
                            .taskAssigneeExpression("${currentUser()}")
                            .orderByDueDate().asc()),
            new Definition(MY_GROUP_TASKS,
                    "Uppgifter för dina grupper (din myndighet, dina roller), både lediga och tilldelade", -10,
                    "#2b5797",
                    tasks -> tasks.createTaskQuery()
                            .taskCandidateGroupInExpression("${currentUserGroups()}")
                            .includeAssignedTasks()
                            .orderByDueDate().asc()));

    private TasklistFilters() {
    }
}
