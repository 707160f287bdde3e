package se.agencynetwork.directory;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.agencynetwork.directory.DirectoryGrants.Grant;
import se.agencynetwork.directory.DirectoryOwnership.Kind;

/**
 * Makes Camunda's users, groups, memberships, shared Tasklist filters and authorizations what the
 * directory file says, once every bean exists (before the web server takes requests and before
 * any test runs). Same file, same state: running it again changes nothing.
 *
 * <p>The directory changes and removes only what it created itself (table {@code directory_owned}).
 * The {@code admin} user, {@code camunda-admin} and whatever an administrator made by hand in
 * Camunda Admin are left alone. A new person gets the password {@code demo} only with
 * {@code network.directory.demo-passwords=true}; otherwise a random one nobody knows, and an
 * administrator sets a real one in Camunda Admin. A password is never changed once the user exists.
 *
 * <p>Everything runs in one transaction: a failure leaves Camunda as it was and stops start-up.
 */
@Component
public class DirectorySynchronizer implements SmartInitializingSingleton {

    static final String DEMO_PASSWORD = "demo";
    static final String GROUP_TYPE = "WORKFLOW";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = LoggerFactory.getLogger(DirectorySynchronizer.class);

    private final NetworkDirectory directory;
    private final DirectoryProperties properties;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final DirectoryOwnership ownership;
    private final TransactionTemplate transaction;
    private final List<GrantContribution> contributions;

    public DirectorySynchronizer(NetworkDirectory directory, DirectoryProperties properties,
            IdentityService identityService, AuthorizationService authorizationService, FilterService filterService,
            TaskService taskService, JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
            List<GrantContribution> contributions) {
        this.directory = directory;
        this.properties = properties;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.ownership = new DirectoryOwnership(jdbc, clock);
        this.transaction = new TransactionTemplate(transactionManager);
        this.contributions = List.copyOf(contributions);
    }

    @Override
    public void afterSingletonsInstantiated() {
        synchronize(directory.definition());
    }

    /** Applies a definition (normally the file's) and returns what changed. */
    public Changes synchronize(NetworkDefinition definition) {
        Changes changes = transaction.execute(status -> apply(definition));
        LOG.info("Directory '{}' synchronised: {}", definition.network() == null ? "" : definition.network().name(),
                changes);
        return changes;
    }

    /** What one run changed, by kind. */
    public record Changes(Count users, Count groups, Count memberships, Count filters, Count authorizations) {

        public boolean none() {
            return users.none() && groups.none() && memberships.none() && filters.none() && authorizations.none();
        }

        @Override
        public String toString() {
            return "users " + users + ", groups " + groups + ", memberships " + memberships + ", filters " + filters
                    + ", authorizations " + authorizations;
        }
    }

    public static final class Count {
        private int created;
        private int updated;
        private int removed;

        public int created() {
            return created;
        }

        public int updated() {
            return updated;
        }

        public int removed() {
            return removed;
        }

        boolean none() {
            return created == 0 && updated == 0 && removed == 0;
        }

        @Override
        public String toString() {
            return created + " created/" + updated + " updated/" + removed + " removed";
        }
    }

    private Changes apply(NetworkDefinition definition) {
        Changes changes = new Changes(new Count(), new Count(), new Count(), new Count(), new Count());
        Map<String, String> groups = groupsOf(definition);
        Set<String> memberships = membershipsOf(definition);

        syncGroups(groups, changes.groups());
        if (memberships.stream().anyMatch(m -> groupOf(m).equals(Groups.CAMUNDA_ADMIN))) {
            ensureCamundaAdminGroup();
        }
        syncUsers(definition.people(), changes.users());
        syncMemberships(memberships, changes.memberships());
        removeUsers(definition.people(), changes.users());
        Map<String, String> filterIds = syncFilters(changes.filters());
        syncAuthorizations(groups.keySet(), filterIds, changes.authorizations());
        removeGroups(groups.keySet(), changes.groups());
        return changes;
    }

    /** Group id to Swedish name: the role groups, two groups per agency, the working groups. */
    static Map<String, String> groupsOf(NetworkDefinition definition) {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put(Groups.NETWORK_COORDINATORS, "Nätverkskoordinatorer");
        groups.put(Groups.TRAINING_ADMINISTRATORS, "Utbildningsadministratörer");
        groups.put(Groups.EDUCATION_COUNCIL, "Utbildningsrådet");
        groups.put(Groups.STEERING_GROUP, "Styrgruppen");
        for (Agency agency : definition.agencies()) {
            groups.put(agency.headsGroup(), agency.name() + " – chefer");
            groups.put(agency.trainingCoordinatorsGroup(), agency.name() + " – utbildningssamordnare");
        }
        for (WorkingGroup group : definition.workingGroups()) {
            groups.put(group.id(), group.name());
        }
        return groups;
    }

    /** Memberships as {@code user:group}, from the roles and working groups of every person. */
    static Set<String> membershipsOf(NetworkDefinition definition) {
        Set<String> memberships = new LinkedHashSet<>();
        for (Person person : definition.people()) {
            for (Role role : person.roles()) {
                memberships.add(membership(person.username(), role.groupFor(person.agency())));
            }
            for (String workingGroup : person.workingGroups()) {
                memberships.add(membership(person.username(), workingGroup));
            }
        }
        return memberships;
    }

    private void syncGroups(Map<String, String> wanted, Count count) {
        Set<String> owned = ownership.owned(Kind.GROUP);
        Map<String, Group> existing = new HashMap<>();
        identityService.createGroupQuery().list().forEach(g -> existing.put(g.getId(), g));
        wanted.forEach((id, name) -> {
            Group group = existing.get(id);
            if (group == null) {
                group = identityService.newGroup(id);
                group.setName(name);
                group.setType(GROUP_TYPE);
                identityService.saveGroup(group);
                ownership.own(Kind.GROUP, id);
                count.created++;
            } else if (owned.contains(id) && (!name.equals(group.getName()) || !GROUP_TYPE.equals(group.getType()))) {
                group.setName(name);
                group.setType(GROUP_TYPE);
                identityService.saveGroup(group);
                count.updated++;
            } else if (!owned.contains(id)) {
                LOG.debug("Group '{}' was not created by the directory: left as it is", id);
            }
        });
    }

    private void removeGroups(Set<String> wanted, Count count) {
        for (String id : ownership.owned(Kind.GROUP)) {
            if (!wanted.contains(id)) {
                if (identityService.createGroupQuery().groupId(id).count() > 0) {
                    identityService.deleteGroup(id);
                    count.removed++;
                }
                ownership.disown(Kind.GROUP, id);
            }
        }
    }

    /** camunda-admin is the starter's: created here only when it is missing, and never owned. */
    private void ensureCamundaAdminGroup() {
        if (identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(Groups.CAMUNDA_ADMIN);
        group.setName("camunda BPM Administrators");
        group.setType(org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM);
        identityService.saveGroup(group);
        for (Resources resource : Resources.values()) {
            boolean granted = authorizationService.createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN)
                    .resourceType(resource).resourceId(Authorization.ANY).count() > 0;
            if (!granted) {
                Authorization all = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                all.setGroupId(Groups.CAMUNDA_ADMIN);
                all.setResource(resource);
                all.setResourceId(Authorization.ANY);
                all.addPermission(Permissions.ALL);
                authorizationService.saveAuthorization(all);
            }
        }
        LOG.info("Created the missing group '{}' with all permissions", Groups.CAMUNDA_ADMIN);
    }

    private void syncUsers(List<Person> people, Count count) {
        Set<String> owned = ownership.owned(Kind.USER);
        Map<String, User> existing = new HashMap<>();
        identityService.createUserQuery().list().forEach(u -> existing.put(u.getId(), u));
        for (Person person : people) {
            User user = existing.get(person.username());
            if (user == null) {
                user = identityService.newUser(person.username());
                copyProfile(person, user);
                user.setPassword(properties.demoPasswords() ? DEMO_PASSWORD : unusablePassword());
                identityService.saveUser(user);
                ownership.own(Kind.USER, person.username());
                count.created++;
            } else if (owned.contains(person.username()) && !sameProfile(person, user)) {
                copyProfile(person, user);
                identityService.saveUser(user);
                count.updated++;
            } else if (!owned.contains(person.username())) {
                LOG.info("User '{}' exists but was not created by the directory: its profile and password are left "
                        + "as they are", person.username());
            }
        }
    }

    private void removeUsers(List<Person> people, Count count) {
        Set<String> wanted = new HashSet<>();
        people.forEach(p -> wanted.add(p.username()));
        for (String id : ownership.owned(Kind.USER)) {
            if (!wanted.contains(id)) {
                if (identityService.createUserQuery().userId(id).count() > 0) {
                    identityService.deleteUser(id);
                    count.removed++;
                }
                ownership.disown(Kind.USER, id);
            }
        }
    }

    /**
     * A long random password nobody knows, so the user cannot log in until an administrator sets
     * one in Camunda Admin. (A user stored with no password at all makes Camunda's password check
     * fail with a NullPointerException, which Tasklist and the REST API answer with a 500.) It has
     * every character class, so it passes the password policy; its random part is digits only,
     * because the policy also refuses a password that contains the user's name, and random letters
     * now and then spelled a short first name such as "Eva" or "Per".
     */
    static String unusablePassword() {
        StringBuilder password = new StringBuilder(48);
        for (int i = 0; i < 44; i++) {
            password.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return password.append("Qx!#").toString();
    }

    private static void copyProfile(Person person, User user) {
        user.setFirstName(person.firstName());
        user.setLastName(person.lastName());
        user.setEmail(person.email());
    }

    private static boolean sameProfile(Person person, User user) {
        return Objects.equals(person.firstName(), user.getFirstName())
                && Objects.equals(person.lastName(), user.getLastName())
                && Objects.equals(person.email(), user.getEmail());
    }

    private void syncMemberships(Set<String> wanted, Count count) {
        Set<String> owned = ownership.owned(Kind.MEMBERSHIP);
        Set<String> groupIds = new TreeSet<>();
        wanted.forEach(m -> groupIds.add(groupOf(m)));
        owned.forEach(m -> groupIds.add(groupOf(m)));
        Set<String> existing = new HashSet<>();
        for (String groupId : groupIds) {
            identityService.createUserQuery().memberOfGroup(groupId).list()
                    .forEach(u -> existing.add(membership(u.getId(), groupId)));
        }
        for (String membership : owned) {
            if (!wanted.contains(membership)) {
                if (existing.contains(membership)) {
                    identityService.deleteMembership(userOf(membership), groupOf(membership));
                    count.removed++;
                }
                ownership.disown(Kind.MEMBERSHIP, membership);
            }
        }
        for (String membership : wanted) {
            if (!existing.contains(membership)) {
                identityService.createMembership(userOf(membership), groupOf(membership));
                ownership.own(Kind.MEMBERSHIP, membership);
                count.created++;
            }
        }
    }

    /** The shared filters by name, created when missing; returns name to filter id. */
    private Map<String, String> syncFilters(Count count) {
        Set<String> owned = ownership.owned(Kind.FILTER);
        Map<String, String> ids = new LinkedHashMap<>();
        for (TasklistFilters.Definition definition : TasklistFilters.ALL) {
            List<Filter> found = filterService.createFilterQuery().filterName(definition.name()).list();
            if (!found.isEmpty()) {
                Filter existing = found.get(0);
                ids.put(definition.name(), existing.getId());
                if (definition.addColumnsTo(existing)) {
                    filterService.saveFilter(existing);
                    count.updated++;
                }
                continue;
            }
            Filter filter = filterService.newTaskFilter(definition.name())
                    .setQuery(definition.query().apply(taskService))
                    .setProperties(definition.properties());
            filterService.saveFilter(filter);
            ownership.own(Kind.FILTER, filter.getId());
            ids.put(definition.name(), filter.getId());
            count.created++;
        }
        for (String id : owned) {
            if (!ids.containsValue(id)) {
                if (filterService.getFilter(id) != null) {
                    filterService.deleteFilter(id);
                    count.removed++;
                }
                ownership.disown(Kind.FILTER, id);
            }
        }
        return ids;
    }

    /**
     * Grants every row of {@link DirectoryGrants#TABLE} and of the capabilities' contributions; removes
     * the directory's grants that are no longer there.
     */
    private void syncAuthorizations(Set<String> directoryGroups, Map<String, String> filterIds, Count count) {
        Map<String, List<Permission>> wanted = wantedAuthorizations(DirectoryGrants.all(contributions),
                directoryGroups, filterIds);
        Set<String> owned = ownership.owned(Kind.AUTHORIZATION);

        Set<Integer> resourceTypes = new TreeSet<>();
        wanted.keySet().forEach(k -> resourceTypes.add(resourceTypeOf(k)));
        owned.forEach(k -> resourceTypes.add(resourceTypeOf(k)));
        Map<String, Authorization> existing = new HashMap<>();
        for (int resourceType : resourceTypes) {
            authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                    .resourceType(resourceType).list().stream()
                    .filter(a -> a.getGroupId() != null && !Groups.CAMUNDA_ADMIN.equals(a.getGroupId()))
                    .forEach(a -> existing.put(authorizationKey(a.getGroupId(), a.getResourceType(), a.getResourceId()), a));
        }

        for (String key : owned) {
            if (!wanted.containsKey(key)) {
                Authorization authorization = existing.get(key);
                if (authorization != null) {
                    authorizationService.deleteAuthorization(authorization.getId());
                    count.removed++;
                }
                ownership.disown(Kind.AUTHORIZATION, key);
            }
        }
        wanted.forEach((key, permissions) -> {
            Authorization authorization = existing.get(key);
            if (authorization == null) {
                authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                authorization.setGroupId(groupOfKey(key));
                authorization.setResourceType(resourceTypeOf(key));
                authorization.setResourceId(resourceIdOf(key));
                authorization.setPermissions(permissions.toArray(Permission[]::new));
                authorizationService.saveAuthorization(authorization);
                ownership.own(Kind.AUTHORIZATION, key);
                count.created++;
            } else if (owned.contains(key)) {
                if (!grantsExactly(authorization, permissions)) {
                    authorization.setPermissions(permissions.toArray(Permission[]::new));
                    authorizationService.saveAuthorization(authorization);
                    count.updated++;
                }
            } else if (!permissions.stream().allMatch(authorization::isPermissionGranted)) {
                // made by hand: add what the table grants, keep what the administrator granted
                permissions.forEach(authorization::addPermission);
                authorizationService.saveAuthorization(authorization);
                count.updated++;
            }
        });
    }

    /** The grants expanded to one entry per group, resource and resource id, permissions merged. */
    static Map<String, List<Permission>> wantedAuthorizations(List<Grant> grants, Set<String> directoryGroups,
            Map<String, String> filterIds) {
        Map<String, List<Permission>> wanted = new LinkedHashMap<>();
        for (Grant grant : grants) {
            List<String> groups = DirectoryGrants.EVERY_DIRECTORY_GROUP.equals(grant.group())
                    ? List.copyOf(directoryGroups)
                    : DirectoryGrants.EVERY_HEADS_GROUP.equals(grant.group())
                            ? directoryGroups.stream().filter(group -> group.endsWith(Groups.HEADS_SUFFIX)).toList()
                            : List.of(grant.group());
            String resourceId = grant.resourceId();
            if (grant.resource().resourceType() == Resources.FILTER.resourceType()) {
                resourceId = filterIds.get(grant.resourceId());
                if (resourceId == null) {
                    throw new IllegalStateException("The grants name the filter '" + grant.resourceId()
                            + "', which TasklistFilters does not define");
                }
            }
            for (String group : groups) {
                List<Permission> permissions = wanted.computeIfAbsent(
                        authorizationKey(group, grant.resource().resourceType(), resourceId), k -> new ArrayList<>());
                grant.permissions().stream().filter(p -> permissions.stream()
                        .noneMatch(q -> q.getValue() == p.getValue())).forEach(permissions::add);
            }
        }
        return wanted;
    }

    private static boolean grantsExactly(Authorization authorization, List<Permission> permissions) {
        int wanted = permissions.stream().mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
        return DirectoryGrants.permissionsOf(authorization.getResourceType()).stream()
                .allMatch(p -> authorization.isPermissionGranted(p) == ((wanted & p.getValue()) == p.getValue()));
    }

    static String membership(String userId, String groupId) {
        return userId + ":" + groupId;
    }

    private static String userOf(String membership) {
        return membership.substring(0, membership.indexOf(':'));
    }

    private static String groupOf(String membership) {
        return membership.substring(membership.indexOf(':') + 1);
    }

    static String authorizationKey(String groupId, int resourceType, String resourceId) {
        return groupId + ":" + resourceType + ":" + resourceId;
    }

    private static String groupOfKey(String key) {
        return key.split(":", 3)[0];
    }

    private static int resourceTypeOf(String key) {
        return Integer.parseInt(key.split(":", 3)[1]);
    }

    private static String resourceIdOf(String key) {
        return key.split(":", 3)[2];
    }

    /** For messages and tests: a resource type number as its name. */
    static String resourceName(int resourceType) {
        for (Resource resource : Resources.values()) {
            if (resource.resourceType() == resourceType) {
                return resource.resourceName();
            }
        }
        return String.valueOf(resourceType);
    }
}
