package se.agencynetwork.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import se.agencynetwork.idea.IdeaVariables;
import se.agencynetwork.needs.NeedsVariables;
import se.agencynetwork.review.NetworkReviewProcess;

/**
 * A user of one agency neither sees nor completes another agency's task: through the Java API
 * and through the engine REST API, with a test-only model that offers one task per agency to
 * {@code <agency>-training-coordinators}.
 */
@DirectorySpringTest
class DirectoryAuthorizationTest {

    private static final String TEST_PROCESS = "directoryAgencyRoundTest";

    @Autowired
    private ProcessEngine processEngine;
    @Autowired
    private RepositoryService repositoryService;
    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private TaskService taskService;
    @Autowired
    private HistoryService historyService;
    @Autowired
    private IdentityService identityService;
    @Autowired
    private AuthorizationService authorizationService;
    @Autowired
    private FilterService filterService;
    @Autowired
    private TestRestTemplate rest;

    private String processInstanceId;
    private Task csnTask;
    private Task spvTask;

    @BeforeEach
    void startOneTaskForCsnAndOneForSpv() {
        identityService.clearAuthentication();
        repositoryService.createDeployment()
                .name("directory-test")
                .enableDuplicateFiltering(false)
                .addClasspathResource("directory/agency-round-test.bpmn")
                .addClasspathResource("directory/directory-test-interest.form")
                .deploy();
        processInstanceId = runtimeService.startProcessInstanceByKey(TEST_PROCESS, "DIRTEST-" + UUID.randomUUID(),
                Map.of("agencies", List.of("csn", "spv"))).getId();
        for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
            String agency = (String) taskService.getVariable(task.getId(), "agency");
            if (agency.equals("csn")) {
                csnTask = task;
            } else if (agency.equals("spv")) {
                spvTask = task;
            }
        }
        assertThat(csnTask).isNotNull();
        assertThat(spvTask).isNotNull();
    }

    @AfterEach
    void removeTheInstance() {
        identityService.clearAuthentication();
        if (runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
            runtimeService.deleteProcessInstance(processInstanceId, "test finished");
        }
    }

    @Test
    void theEngineGivesTheCandidateGroupReadAndTaskWorkOnItsTaskOnly() {
        Authorization csn = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(csnTask.getId()).groupIdIn("csn-training-coordinators").singleResult();

        assertThat(csn).isNotNull();
        assertThat(DirectoryGrants.grantedNames(csn)).containsExactlyInAnyOrder("READ", "TASK_WORK");
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(spvTask.getId()).groupIdIn("csn-training-coordinators").count()).isZero();
    }

    @Test
    void aTrainingCoordinatorSeesAndCompletesOnlyTheTaskOfItsAgency() {
        logIn("utbkoord-csn");

        assertThat(taskService.createTaskQuery().list()).extracting(Task::getId).containsExactly(csnTask.getId());
        assertThatThrownBy(() -> taskService.complete(spvTask.getId())).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.claim(spvTask.getId(), "utbkoord-csn"))
                .isInstanceOf(AuthorizationException.class);

        taskService.claim(csnTask.getId(), "utbkoord-csn");
        taskService.complete(csnTask.getId(), Map.of("expectedParticipants", 4));

        identityService.clearAuthentication();
        assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).list())
                .extracting(Task::getId).containsExactly(spvTask.getId());
        assertThat(taskService.createTaskQuery().taskId(spvTask.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void aUsersGroupsAreCheckedAsTheyAreWithoutReadingEveryGroupThatHoldsAGrant() {
        Logger authorizationSql = (Logger) LoggerFactory.getLogger(AuthorizationManager.class.getPackageName()
                + ".AuthorizationEntity");
        ListAppender<ILoggingEvent> statements = new ListAppender<>();
        statements.start();
        Level level = authorizationSql.getLevel();
        authorizationSql.setLevel(Level.DEBUG);
        authorizationSql.addAppender(statements);
        try {
            // an extra group that holds no grant anywhere changes nothing: the task of the agency's group, no other
            identityService.setAuthentication("utbkoord-csn", List.of("csn-training-coordinators", "no-grants-anywhere"));
            assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).list())
                    .extracting(Task::getId).containsExactly(csnTask.getId());
            identityService.setAuthentication("someone", List.of("no-grants-anywhere"));
            assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).count()).isZero();
            assertThat(authorizationService.isUserAuthorized("someone", List.of("no-grants-anywhere", "spv-training-coordinators"),
                    Permissions.READ, Resources.TASK, spvTask.getId())).isTrue();
        } finally {
            identityService.clearAuthentication();
            authorizationSql.detachAppender(statements);
            authorizationSql.setLevel(level);
        }

        assertThat(statements.list).as("the authorization statements were logged")
                .anyMatch(event -> event.getLoggerName().endsWith(".isUserAuthorizedForResource"));
        assertThat(statements.list).as("no scan of every grant's group (docs/BENCHMARKS.md, AuthorizationGroupsPlugin)")
                .noneMatch(event -> event.getLoggerName().endsWith(".selectAuthorizedGroupIds"));
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        List<String> checked = configuration.getCommandExecutorTxRequired().execute(commandContext -> commandContext
                .getAuthorizationManager().filterAuthenticatedGroupIds(Arrays.asList("b", null, "a", "b")));
        assertThat(checked).containsExactly("b", "a");
    }

    @Test
    void everyDirectoryGroupUsesTasklistAndOnlyTheCoordinatorCockpit() {
        for (String user : List.of("utbkoord-csn", "chef-ons", "utbildningsadmin", "koordinator")) {
            assertThat(authorizationService.isUserAuthorized(user, groupIdsOf(user), Permissions.ACCESS,
                    Resources.APPLICATION, "tasklist")).as("%s in Tasklist", user).isTrue();
            assertThat(authorizationService.isUserAuthorized(user, groupIdsOf(user), Permissions.ACCESS,
                    Resources.APPLICATION, "cockpit")).as("%s in Cockpit", user)
                    .isEqualTo(user.equals("koordinator"));
            assertThat(authorizationService.isUserAuthorized(user, groupIdsOf(user), Permissions.ACCESS,
                    Resources.APPLICATION, "admin")).as("%s in Admin", user).isFalse();
        }
        // a working group alone is enough for Tasklist
        assertThat(authorizationService.isUserAuthorized("someone", List.of(Groups.WG_LEGAL), Permissions.ACCESS,
                Resources.APPLICATION, "tasklist")).isTrue();
    }

    @Test
    void onlyTheNetworkCoordinatorMayStartTheNetworkReview() {
        assertThat(authorizationService.isUserAuthorized("koordinator", groupIdsOf("koordinator"),
                ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
                NetworkReviewProcess.KEY)).isTrue();
        assertThat(authorizationService.isUserAuthorized("utbkoord-csn", groupIdsOf("utbkoord-csn"),
                ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
                NetworkReviewProcess.KEY)).isFalse();
        assertThat(authorizationService.isUserAuthorized("chef-spv", groupIdsOf("chef-spv"),
                ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
                NetworkReviewProcess.KEY)).isFalse();
    }

    @Test
    void everyoneInTheNetworkMaySubmitAnIdeaButOnlyTheCoordinatorStartsTheNeedsInventory() {
        for (String user : List.of("utbkoord-csn", "chef-spv", "utbildningsadmin", "koordinator")) {
            assertThat(authorizationService.isUserAuthorized(user, groupIdsOf(user),
                    ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
                    IdeaVariables.PROCESS_KEY)).as(user + " may start idea").isTrue();
            assertThat(authorizationService.isUserAuthorized(user, groupIdsOf(user),
                    ProcessInstancePermissions.CREATE, Resources.PROCESS_INSTANCE, Authorization.ANY))
                    .as(user + " may create instances").isTrue();
        }
        assertThat(authorizationService.isUserAuthorized("koordinator", groupIdsOf("koordinator"),
                ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
                NeedsVariables.PROCESS_KEY)).isTrue();
        assertThat(authorizationService.isUserAuthorized("chef-spv", groupIdsOf("chef-spv"),
                ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
                NeedsVariables.PROCESS_KEY)).isFalse();
    }

    @Test
    void onlyTheCoordinatorReadsTasksOfWholeProcessDefinitionsAndNobodyUpdatesThem() {
        List<Authorization> definitionGrants = authorizationService.createAuthorizationQuery()
                .resourceType(Resources.PROCESS_DEFINITION).list().stream()
                .filter(a -> !Groups.CAMUNDA_ADMIN.equals(a.getGroupId()))
                .toList();

        assertThat(definitionGrants).isNotEmpty();
        for (Authorization grant : definitionGrants) {
            assertThat(grant.isPermissionGranted(ProcessDefinitionPermissions.UPDATE_TASK)).isFalse();
            if (grant.isPermissionGranted(ProcessDefinitionPermissions.READ_TASK)) {
                assertThat(grant.getGroupId()).isEqualTo(Groups.NETWORK_COORDINATORS);
                assertThat(grant.getResourceId()).isEqualTo(Authorization.ANY);
            }
        }
        assertThat(authorizationService.isUserAuthorized("koordinator", groupIdsOf("koordinator"),
                ProcessDefinitionPermissions.READ_TASK, Resources.PROCESS_DEFINITION, TEST_PROCESS)).isTrue();
    }

    @Test
    void theCoordinatorFollowsEveryInstanceReadOnlyAndATrainingCoordinatorDoesNot() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        // so HISTORIC_PROCESS_INSTANCE / HISTORIC_TASK grants are not needed: history follows PROCESS_DEFINITION
        assertThat(configuration.isEnableHistoricInstancePermissions()).isFalse();

        logIn("koordinator");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isOne();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count())
                .isOne();
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).count())
                .isEqualTo(2);
        assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).count()).isEqualTo(2);
        assertThatThrownBy(() -> taskService.complete(csnTask.getId())).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> runtimeService.deleteProcessInstance(processInstanceId, "no"))
                .isInstanceOf(AuthorizationException.class);

        logIn("utbkoord-csn");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count())
                .isZero();
    }

    @Test
    void everyMemberHasTheTwoSharedFilters() {
        logIn("utbkoord-csn");
        Map<String, Filter> filters = filtersByName();
        assertThat(filters).containsOnlyKeys(TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUP_TASKS);
        String myTasks = filters.get(TasklistFilters.MY_TASKS).getId();
        String myGroupTasks = filters.get(TasklistFilters.MY_GROUP_TASKS).getId();
        assertThat(filters.get(TasklistFilters.MY_TASKS).getProperties()).containsEntry("priority", -20)
                .containsKey("description");
        // the case of every task as a column (issue 17): the variable each process instance carries
        assertThat(filters.get(TasklistFilters.MY_GROUP_TASKS).getProperties().get("variables"))
                .isEqualTo(List.of(Map.of("name", "caseLabel", "label", "Ärende")));

        assertThat(filterService.<Task>list(myGroupTasks)).extracting(Task::getId).containsExactly(csnTask.getId());
        assertThat(filterService.count(myTasks)).isZero();
        taskService.claim(csnTask.getId(), "utbkoord-csn");
        assertThat(filterService.<Task>list(myTasks)).extracting(Task::getId).containsExactly(csnTask.getId());
        assertThat(filterService.count(myGroupTasks)).as("claimed tasks stay in the group's list").isOne();

        logIn("chef-ons");
        assertThat(filtersByName()).containsOnlyKeys(TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUP_TASKS);
        assertThat(filterService.count(myGroupTasks)).isZero();
    }

    // ---- the same through the engine REST API (HTTP Basic) ----

    @Test
    void restATrainingCoordinatorListsOnlyTheTaskOfItsAgency() {
        ResponseEntity<JsonNode> mine = as("utbkoord-csn")
                .getForEntity(engineRest() + "/task?processInstanceId=" + processInstanceId, JsonNode.class);
        ResponseEntity<JsonNode> all = as("utbkoord-csn").getForEntity(engineRest() + "/task", JsonNode.class);

        assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(mine.getBody()).hasSize(1);
        assertThat(mine.getBody().get(0).get("id").asText()).isEqualTo(csnTask.getId());
        assertThat(all.getBody().findValuesAsText("id")).containsExactly(csnTask.getId());
    }

    @Test
    void restCompletingAnotherAgencysTaskIsForbiddenAndTheTaskStays() {
        ResponseEntity<String> response = as("utbkoord-csn").postForEntity(
                engineRest() + "/task/" + spvTask.getId() + "/complete", json("{}"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(spvTask.getId()).count()).isOne();
    }

    @Test
    void restATrainingCoordinatorCompletesTheTaskOfItsAgency() {
        ResponseEntity<String> response = as("utbkoord-csn").postForEntity(
                engineRest() + "/task/" + csnTask.getId() + "/complete",
                json("{\"variables\": {\"expectedParticipants\": {\"value\": 3, \"type\": \"Integer\"}}}"),
                String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(csnTask.getId()).count()).isZero();
    }

    @Test
    void restTheDeployedFormIsServedForOwnTasksOnly() {
        ResponseEntity<String> form = as("utbkoord-csn")
                .getForEntity(engineRest() + "/task/" + csnTask.getId() + "/deployed-form", String.class);
        ResponseEntity<String> otherForm = as("utbkoord-csn")
                .getForEntity(engineRest() + "/task/" + spvTask.getId() + "/deployed-form", String.class);

        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("directoryTestInterestForm");
        assertThat(otherForm.getStatusCode().is4xxClientError()).isTrue();
    }

    @Test
    void restAnonymousAndWrongPasswordAreUnauthorized() {
        // a wrong password delays that user's next logins (Camunda's login throttling): use a user no other test needs
        assertThat(rest.getForEntity(engineRest() + "/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("chef-fba", "wrong").getForEntity(engineRest() + "/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("nobody", "demo").getForEntity(engineRest() + "/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<JsonNode> profile = as("utbkoord-csn")
                .getForEntity(engineRest() + "/user/utbkoord-csn/profile", JsonNode.class);
        assertThat(profile.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(profile.getBody().get("lastName").asText()).isEqualTo("Wallin");
    }

    /**
     * Tasklist lists tasks as HAL and shows the process name from the embedded process definition,
     * which the engine embeds only for a user with READ on that definition. Every directory group
     * has that READ, so a training coordinator sees which process their task belongs to - and
     * still only their own agency's task.
     */
    @Test
    void restTheHalTaskListShowsTheProcessOfEveryOwnTask() {
        assertThat(halTasks("utbkoord-csn").path("_embedded").path("processDefinition").get(0).path("name").asText())
                .isEqualTo("Testrunda per myndighet");
        assertThat(halTasks("utbkoord-csn").path("_embedded").path("task")).hasSize(1);
        assertThat(halTasks("koordinator").path("_embedded").path("processDefinition").get(0).path("name").asText())
                .isEqualTo("Testrunda per myndighet");
    }

    private JsonNode halTasks(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        ResponseEntity<JsonNode> response = as(user).exchange(
                engineRest() + "/task?processInstanceId=" + processInstanceId, HttpMethod.GET,
                new HttpEntity<>(headers), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /**
     * The engine REST API of this context's engine. Tests give every engine a unique name
     * (application-test.yaml), so the default-engine paths (/engine-rest/task) would not find it;
     * /engine-rest/engine/{name}/task is the same resource for a named engine.
     */
    private String engineRest() {
        return "/engine-rest/engine/" + processEngine.getName();
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private void logIn(String userId) {
        identityService.clearAuthentication();
        identityService.setAuthentication(userId, groupIdsOf(userId));
    }

    private List<String> groupIdsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private Map<String, Filter> filtersByName() {
        Map<String, Filter> filters = new TreeMap<>();
        filterService.createFilterQuery().list().forEach(f -> filters.put(f.getName(), f));
        return filters;
    }
}
