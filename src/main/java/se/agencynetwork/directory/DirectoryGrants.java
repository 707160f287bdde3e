package se.agencynetwork.directory;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.SystemPermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;

/**
 * Who may do what: the authorizations the directory grants, as one table. The synchronisation
 * creates what is missing and removes the grants it made that are no longer in the table;
 * {@code camunda-admin} is never touched (the Camunda starter grants it everything).
 *
 * <p>Not in the table, because the engine grants them itself: a user task's candidate group gets
 * READ and TASK_WORK on that one task (default-user-permission-name-for-task), its assignee the
 * same. So an agency's group sees and completes the tasks offered to it and nothing else.
 *
 * <p>The table holds what concerns every process; what concerns one process (who may start it,
 * who may correlate its messages) its capability contributes as a {@link GrantContribution} bean,
 * e.g. who may start {@code idea}: {@code grant(EVERY_DIRECTORY_GROUP, PROCESS_DEFINITION, "idea",
 * ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE)} (the
 * {@code PROCESS_INSTANCE * CREATE} that starting needs is in the table). The directory imports no
 * capability. Keep docs/DIRECTORY.md in step.
 */
public final class DirectoryGrants {

    /** Stands for every group the directory manages (all groups of the file except camunda-admin). */
    public static final String EVERY_DIRECTORY_GROUP = "(every directory group)";

    /** Stands for the heads' group of every agency of the file ({@code <agency>-heads}), as the file is now. */
    public static final String EVERY_HEADS_GROUP = "(every agency's heads)";

    /**
     * One row: a group (or {@link #EVERY_DIRECTORY_GROUP}) may do these things on a resource. For
     * {@code FILTER} the resource id is the filter's name; it is resolved to the filter's id.
     */
    public record Grant(String group, Resource resource, String resourceId, List<Permission> permissions) {
    }

    static final List<Grant> TABLE = List.of(
            // Everyone in the network works in Tasklist, with the two shared filters.
            grant(EVERY_DIRECTORY_GROUP, APPLICATION, "tasklist", Permissions.ACCESS),
            grant(EVERY_DIRECTORY_GROUP, FILTER, TasklistFilters.MY_TASKS, Permissions.READ),
            grant(EVERY_DIRECTORY_GROUP, FILTER, TasklistFilters.MY_GROUP_TASKS, Permissions.READ),
            // ... and sees which process a task belongs to (its name and diagram in Tasklist);
            // the models are no secret, their instances and tasks stay protected.
            grant(EVERY_DIRECTORY_GROUP, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ),

            // Whoever may start a process (its capability's GrantContribution says which) may create the
            // instance: anyone submits an idea, any time (README "Who may do what") ...
            grant(EVERY_DIRECTORY_GROUP, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE),
            // ... the network coordinator starts processes by hand and reads their instances ...
            grant(Groups.NETWORK_COORDINATORS, PROCESS_INSTANCE, ANY,
                    ProcessInstancePermissions.CREATE, ProcessInstancePermissions.READ),
            // ... and follows every process in Cockpit, read-only.
            grant(Groups.NETWORK_COORDINATORS, APPLICATION, "cockpit", Permissions.ACCESS),
            grant(Groups.NETWORK_COORDINATORS, PROCESS_DEFINITION, ANY,
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                    ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK),
            grant(Groups.NETWORK_COORDINATORS, DEPLOYMENT, ANY, Permissions.READ),
            // ... including the decision tables (the procurement procedure) and their evaluations.
            grant(Groups.NETWORK_COORDINATORS, DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY));

    private DirectoryGrants() {
    }

    /** The table followed by what the capabilities contribute, in their order. */
    static List<Grant> all(List<? extends GrantContribution> contributions) {
        return Stream.concat(TABLE.stream(), contributions.stream().flatMap(c -> c.grants().stream())).toList();
    }

    /** A row of the table or of a {@link GrantContribution}. */
    public static Grant grant(String group, Resource resource, String resourceId, Permission... permissions) {
        return new Grant(group, resource, resourceId, List.of(permissions));
    }

    /**
     * Every permission that exists for a resource type (except NONE and ALL), to compare an
     * authorization with what should be granted using the public API only.
     */
    static List<Permission> permissionsOf(int resourceType) {
        return Stream.<Permission[]>of(Permissions.values(), ProcessDefinitionPermissions.values(),
                        ProcessInstancePermissions.values(), TaskPermissions.values(), BatchPermissions.values(),
                        HistoricTaskPermissions.values(), HistoricProcessInstancePermissions.values(),
                        SystemPermissions.values(), UserOperationLogCategoryPermissions.values())
                .flatMap(Arrays::stream)
                .map(Permission.class::cast)
                .filter(p -> p.getValue() != 0 && p.getValue() != Integer.MAX_VALUE)
                .filter(p -> Arrays.stream(p.getTypes()).anyMatch(r -> r.resourceType() == resourceType))
                .toList();
    }

    /** The names of the permissions an authorization grants, e.g. {@code [ACCESS]}. */
    static Set<String> grantedNames(Authorization authorization) {
        return permissionsOf(authorization.getResourceType()).stream()
                .filter(authorization::isPermissionGranted)
                .map(Permission::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
