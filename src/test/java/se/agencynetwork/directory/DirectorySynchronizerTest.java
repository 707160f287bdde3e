package se.agencynetwork.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import se.agencynetwork.directory.DirectorySynchronizer.Changes;

@DirectorySpringTest
class DirectorySynchronizerTest {

    @Autowired
    private DirectorySynchronizer synchronizer;
    @Autowired
    private List<GrantContribution> contributions;
    @Autowired
    private NetworkDirectory directory;
    @Autowired
    private IdentityService identityService;
    @Autowired
    private AuthorizationService authorizationService;
    @Autowired
    private FilterService filterService;
    @Autowired
    private TaskService taskService;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactionManager;

    @BeforeEach
    void noOneLoggedIn() {
        identityService.clearAuthentication();
    }

    /** Whatever a test changed, the demo directory is back afterwards (and what was made by hand is gone). */
    @AfterEach
    void restoreTheDemoDirectory() {
        identityService.clearAuthentication();
        if (identityService.createUserQuery().userId("handmade").count() > 0) {
            identityService.deleteUser("handmade");
        }
        if (identityService.createGroupQuery().groupId("handmade-group").count() > 0) {
            identityService.deleteGroup("handmade-group");
        }
        synchronizer.synchronize(directory.definition());
    }

    @Test
    void theDemoDirectoryIsInCamunda() {
        assertThat(groupsOf("chef-spv")).containsExactlyInAnyOrder("spv-heads", Groups.STEERING_GROUP);
        assertThat(groupsOf("chef-lansstyrelsen")).containsExactly("lansstyrelsen-heads");
        assertThat(groupsOf("utbkoord-csn")).containsExactlyInAnyOrder(
                "csn-training-coordinators", Groups.EDUCATION_COUNCIL, Groups.WG_HR_MANAGERS);
        assertThat(groupsOf("koordinator")).containsExactlyInAnyOrder(
                Groups.NETWORK_COORDINATORS, Groups.EDUCATION_COUNCIL);
        assertThat(groupsOf("utbildningsadmin")).containsExactlyInAnyOrder(
                Groups.TRAINING_ADMINISTRATORS, Groups.EDUCATION_COUNCIL);
        assertThat(membersOf(Groups.STEERING_GROUP)).containsExactlyInAnyOrder("chef-bolagsverket", "chef-csn",
                "chef-spv", "chef-forsakringskassan", "chef-miun", "chef-msb");

        User user = identityService.createUserQuery().userId("utbkoord-csn").singleResult();
        assertThat(user.getFirstName()).isEqualTo("Nils");
        assertThat(user.getLastName()).isEqualTo("Wallin");
        assertThat(user.getEmail()).isEqualTo("utbkoord-csn@csn.example");
        assertThat(identityService.createUserQuery().count()).isEqualTo(34 + 1); // the people of the file + admin

        List<Group> workflowGroups = identityService.createGroupQuery().groupType(DirectorySynchronizer.GROUP_TYPE).list();
        assertThat(workflowGroups).hasSize(4 + 16 * 2 + 5);
        for (Agency agency : directory.agencies()) {
            assertThat(nameOf(agency.headsGroup())).isEqualTo(agency.name() + " – chefer");
            assertThat(nameOf(agency.trainingCoordinatorsGroup())).isEqualTo(agency.name() + " – utbildningssamordnare");
        }
        assertThat(nameOf("spv-heads")).isEqualTo("Statens tjänstepensionsverk (SPV) – chefer");
        assertThat(nameOf(Groups.NETWORK_COORDINATORS)).isEqualTo("Nätverkskoordinatorer");
        assertThat(nameOf(Groups.TRAINING_ADMINISTRATORS)).isEqualTo("Utbildningsadministratörer");
        assertThat(nameOf(Groups.EDUCATION_COUNCIL)).isEqualTo("Utbildningsrådet");
        assertThat(nameOf(Groups.STEERING_GROUP)).isEqualTo("Styrgruppen");
        assertThat(nameOf(Groups.WG_LEGAL)).isEqualTo("Juristnätverket");
    }

    @Test
    void demoPasswordWorks() {
        assertThat(identityService.checkPassword("utbkoord-csn", "demo")).isTrue();
        assertThat(identityService.checkPassword("chef-spv", "demo")).isTrue();
        assertThat(identityService.checkPassword("chef-spv", "wrong")).isFalse();
    }

    @Test
    void runningTwiceChangesNothing() {
        Snapshot before = snapshot();

        Changes changes = synchronizer.synchronize(directory.definition());

        assertThat(changes.none()).as("changes of a second run: %s", changes).isTrue();
        assertThat(snapshot()).isEqualTo(before);
        assertThat(before.memberships()).contains("chef-spv:spv-heads", "admin:camunda-admin");
        assertThat(before.filters()).hasSize(2);
    }

    @Test
    void whatLeavesTheFileLeavesCamundaAndWhatWasMadeByHandStays() {
        madeByHand();
        NetworkDefinition original = directory.definition();
        // kriminalvarden leaves the network (with its two people), utbkoord-ons leaves,
        // chef-csn leaves the steering group
        List<Person> people = new ArrayList<>();
        for (Person person : original.people()) {
            if (person.agency().equals("kriminalvarden") || person.username().equals("utbkoord-ons")) {
                continue;
            }
            people.add(person.username().equals("chef-csn")
                    ? new Person(person.username(), person.firstName(), person.lastName(), person.email(),
                            person.agency(), List.of(Role.HEAD), person.workingGroups())
                    : person);
        }
        NetworkDefinition changed = new NetworkDefinition(original.network(),
                original.agencies().stream().filter(a -> !a.code().equals("kriminalvarden")).toList(),
                original.workingGroups(), people);

        Changes changes = synchronizer.synchronize(changed);

        assertThat(changes.users().removed()).isEqualTo(3);
        assertThat(changes.groups().removed()).isEqualTo(2);
        // utbkoord-ons 2, chef-csn steering group 1, chef-kriminalvarden 1, utbkoord-kriminalvarden 2
        assertThat(changes.memberships().removed()).isEqualTo(6);
        // each agency group has six grants: tasklist, two filters, reading the process models,
        // starting an idea (definition and instance); the heads' group one more: starting a staff loan
        assertThat(changes.authorizations().removed()).isEqualTo(2 * 6 + 1);
        assertThat(changes.users().created() + changes.groups().created() + changes.memberships().created()
                + changes.authorizations().created()).isZero();

        assertThat(identityService.createUserQuery().userId("utbkoord-ons").count()).isZero();
        assertThat(identityService.createUserQuery().userId("chef-kriminalvarden").count()).isZero();
        assertThat(identityService.createGroupQuery().groupId("kriminalvarden-heads").count()).isZero();
        assertThat(authorizationService.createAuthorizationQuery().groupIdIn("kriminalvarden-heads").count()).isZero();
        assertThat(groupsOf("chef-csn")).containsExactly("csn-heads");
        // the agency stays: its groups exist although nobody holds the role now
        assertThat(identityService.createGroupQuery().groupId("ons-training-coordinators").count()).isOne();
        assertThat(membersOf("ons-training-coordinators")).isEmpty();

        // made by hand, so not the directory's: untouched
        assertThat(identityService.createUserQuery().userId("handmade").count()).isOne();
        assertThat(groupsOf("handmade")).containsExactlyInAnyOrder("handmade-group", "csn-training-coordinators");
        assertThat(membersOf("handmade-group")).containsExactlyInAnyOrder("handmade", "utbkoord-csn");
        assertThat(authorizationService.createAuthorizationQuery().groupIdIn("handmade-group")
                .resourceType(Resources.APPLICATION).count()).isOne();
        assertThat(groupsOf("admin")).contains(Groups.CAMUNDA_ADMIN);

        Changes back = synchronizer.synchronize(original);
        assertThat(back.users().created()).isEqualTo(3);
        assertThat(back.groups().created()).isEqualTo(2);
        assertThat(back.memberships().created()).isEqualTo(6);
        assertThat(identityService.checkPassword("utbkoord-ons", "demo")).isTrue();
        assertThat(membersOf("handmade-group")).containsExactlyInAnyOrder("handmade", "utbkoord-csn");
    }

    @Test
    void aChangedNameInTheFileUpdatesTheUserButNotThePassword() {
        NetworkDefinition original = directory.definition();
        List<Person> people = original.people().stream()
                .map(p -> p.username().equals("chef-msb") ? new Person(p.username(), "Lena", "Isaksson-Berg",
                        "lena.isaksson-berg@msb.example", p.agency(), p.roles(), p.workingGroups()) : p)
                .toList();

        Changes changes = synchronizer.synchronize(new NetworkDefinition(original.network(), original.agencies(),
                original.workingGroups(), people));

        assertThat(changes.users().updated()).isOne();
        User user = identityService.createUserQuery().userId("chef-msb").singleResult();
        assertThat(user.getLastName()).isEqualTo("Isaksson-Berg");
        assertThat(user.getEmail()).isEqualTo("lena.isaksson-berg@msb.example");
        assertThat(identityService.checkPassword("chef-msb", "demo")).isTrue();
    }

    @Test
    void withoutDemoPasswordsANewPersonCannotLogInAndExistingPasswordsStay() {
        DirectorySynchronizer production = new DirectorySynchronizer(directory, new DirectoryProperties(null, false),
                identityService, authorizationService, filterService, taskService, jdbc, transactionManager,
                Clock.systemUTC(), contributions);
        NetworkDefinition original = directory.definition();
        List<Person> people = new ArrayList<>(original.people());
        people.add(new Person("ny-samordnare", "Nina", "Ny", "ny-samordnare@csn.example", "csn",
                List.of(Role.TRAINING_COORDINATOR), List.of()));

        production.synchronize(new NetworkDefinition(original.network(), original.agencies(),
                original.workingGroups(), people));

        assertThat(identityService.createUserQuery().userId("ny-samordnare").count()).isOne();
        assertThat(identityService.checkPassword("ny-samordnare", "demo")).isFalse();
        assertThat(identityService.checkPassword("utbkoord-csn", "demo")).isTrue();
        assertThat(groupsOf("ny-samordnare")).containsExactly("csn-training-coordinators");
    }

    @Test
    void theAdminRoleGivesCamundaAdminWhichTheDirectoryNeverRemoves() {
        NetworkDefinition original = directory.definition();
        List<Person> people = original.people().stream()
                .map(p -> p.username().equals("koordinator") ? new Person(p.username(), p.firstName(), p.lastName(),
                        p.email(), p.agency(), List.of(Role.NETWORK_COORDINATOR, Role.ADMIN), p.workingGroups()) : p)
                .toList();
        Set<String> adminGrants = grantsOf(Groups.CAMUNDA_ADMIN);

        synchronizer.synchronize(new NetworkDefinition(original.network(), original.agencies(),
                original.workingGroups(), people));
        assertThat(groupsOf("koordinator")).containsExactlyInAnyOrder(Groups.NETWORK_COORDINATORS, Groups.CAMUNDA_ADMIN);

        synchronizer.synchronize(original);
        assertThat(groupsOf("koordinator")).doesNotContain(Groups.CAMUNDA_ADMIN);
        assertThat(identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count()).isOne();
        assertThat(membersOf(Groups.CAMUNDA_ADMIN)).containsExactly("admin");
        assertThat(grantsOf(Groups.CAMUNDA_ADMIN)).isEqualTo(adminGrants).isNotEmpty();
    }

    private void madeByHand() {
        User user = identityService.newUser("handmade");
        user.setFirstName("Hand");
        user.setLastName("Gjord");
        identityService.saveUser(user);
        Group group = identityService.newGroup("handmade-group");
        group.setName("Gjord för hand");
        identityService.saveGroup(group);
        identityService.createMembership("handmade", "handmade-group");
        identityService.createMembership("handmade", "csn-training-coordinators");
        identityService.createMembership("utbkoord-csn", "handmade-group");
        Authorization access = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        access.setGroupId("handmade-group");
        access.setResource(Resources.APPLICATION);
        access.setResourceId("tasklist");
        access.addPermission(Permissions.ACCESS);
        authorizationService.saveAuthorization(access);
    }

    private Set<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> membersOf(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private String nameOf(String groupId) {
        return identityService.createGroupQuery().groupId(groupId).singleResult().getName();
    }

    private Set<String> grantsOf(String groupId) {
        return authorizationService.createAuthorizationQuery().groupIdIn(groupId).list().stream()
                .map(DirectorySynchronizerTest::describe).collect(Collectors.toCollection(TreeSet::new));
    }

    record Snapshot(Set<String> users, Set<String> groups, Set<String> memberships, Set<String> authorizations,
            Set<String> filters, Set<String> owned) {
    }

    private Snapshot snapshot() {
        Set<String> users = identityService.createUserQuery().list().stream()
                .map(u -> String.join("|", u.getId(), u.getFirstName(), u.getLastName(), u.getEmail()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> groups = new TreeSet<>();
        Set<String> memberships = new TreeSet<>();
        for (Group group : identityService.createGroupQuery().list()) {
            groups.add(String.join("|", group.getId(), group.getName(), group.getType()));
            identityService.createUserQuery().memberOfGroup(group.getId()).list()
                    .forEach(u -> memberships.add(u.getId() + ":" + group.getId()));
        }
        Set<String> authorizations = authorizationService.createAuthorizationQuery().list().stream()
                .map(a -> a.getId() + "|" + describe(a)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> filters = filterService.createFilterQuery().list().stream()
                .map(f -> f.getId() + "|" + f.getName() + "|" + f.getProperties())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> owned = new TreeSet<>(jdbc.queryForList(
                "select kind || ' ' || owned_id from directory_owned", String.class));
        return new Snapshot(users, groups, memberships, authorizations, filters, owned);
    }

    static String describe(Authorization a) {
        return a.getAuthorizationType() + "|" + a.getUserId() + "|" + a.getGroupId() + "|"
                + DirectorySynchronizer.resourceName(a.getResourceType()) + "|" + a.getResourceId() + "|"
                + DirectoryGrants.grantedNames(a);
    }
}
