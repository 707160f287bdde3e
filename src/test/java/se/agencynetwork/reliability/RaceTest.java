package se.agencynetwork.reliability;

import se.agencynetwork.models.ids.IdeaModel;
import se.agencynetwork.models.ids.ProcurementModel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import se.agencynetwork.costsharing.AllocationKind;
import se.agencynetwork.costsharing.AllocationStatus;
import se.agencynetwork.costsharing.ApprovalStatus;
import se.agencynetwork.costsharing.BookedAllocation;
import se.agencynetwork.costsharing.CostLedger;
import se.agencynetwork.forms.FormSamples;
import se.agencynetwork.forms.FormSamples.FormUse;
import se.agencynetwork.idea.IdeaRepository;
import se.agencynetwork.idea.IdeaRepository.InterestAnswer;
import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.idea.IdeaVariables;
import se.agencynetwork.procurement.ProcurementVariables;

/**
 * Two people doing the same thing at the same moment through the engine REST API, released
 * together by a latch, several rounds each: exactly one succeeds, the other gets a clear 4xx with a
 * message (409 when the engine's optimistic locking or the claim check stopped it, 404/400 when the
 * first had already finished), never a 500, and nothing happens twice - one assignee, one
 * completion, one booking in the cost ledger, one correlated message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RaceTest {

    static final int ROUNDS = 4;
    /** The co-funders of the procurement: spv and csn race, bolagsverket approves afterwards. */
    static final List<String> AGENCIES = List.of("spv", "csn", "bolagsverket");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    CostLedger ledger;
    @Autowired
    IdeaRepository ideas;
    @Autowired
    JdbcTemplate jdbc;

    FormSamples samples;
    ExecutorService threads;
    /** Rounds in which the two requests really collided inside the engine (409), per race. */
    final Map<String, Integer> collisions = new HashMap<>();

    @BeforeAll
    void setUp() {
        samples = new FormSamples(repositoryService, runtimeService, taskService);
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    void tearDown() {
        threads.shutdownNow();
        System.out.println("Race rounds that collided inside the engine (409): " + collisions);
    }

    @Test
    void twoCouncilMembersClaimTheSameTaskAndOneGetsIt() {
        FormUse shape = samples.use("idea", IdeaModel.USER_TASK_SHAPE_IDEA);
        for (int round = 0; round < ROUNDS; round++) {
            Task task = samples.taskBefore(shape, Map.of());
            List<ResponseEntity<String>> answers = race(
                    () -> post("koordinator", "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"koordinator\"}"),
                    () -> post("utbildningsadmin", "/engine-rest/task/" + task.getId() + "/claim",
                            "{\"userId\":\"utbildningsadmin\"}"));

            int winner = oneWinner("claim", answers);
            String assignee = taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
            assertThat(assignee).isEqualTo(winner == 0 ? "koordinator" : "utbildningsadmin");
            assertThat(answers.get(1 - winner).getBody()).containsAnyOf("redan tagits av", "samma ögonblick");
            runtimeService.deleteProcessInstance(task.getProcessInstanceId(), "race test", true, true);
        }
    }

    @Test
    void twoCouncilMembersCompleteTheSameTaskAndItIsCompletedOnce() {
        FormUse shape = samples.use("idea", IdeaModel.USER_TASK_SHAPE_IDEA);
        String body = FormSamples.restBody(samples.validValues(shape)).toString();
        for (int round = 0; round < ROUNDS; round++) {
            Task task = samples.taskBefore(shape, Map.of());
            String instance = task.getProcessInstanceId();
            List<ResponseEntity<String>> answers = race(
                    () -> post("koordinator", "/engine-rest/task/" + task.getId() + "/complete", body),
                    () -> post("utbildningsadmin", "/engine-rest/task/" + task.getId() + "/complete", body));

            oneWinner("complete", answers);
            assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance)
                    .taskDefinitionKey(IdeaModel.USER_TASK_SHAPE_IDEA).finished().count()).isOne();
            assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
                    .activityId(IdeaModel.SERVICE_TASK_PREPARE_INTEREST_ROUND).count()).as("interest round opened once").isOne();
            List<Object> agencies = taskService.createTaskQuery().processInstanceId(instance)
                    .taskDefinitionKey(IdeaModel.USER_TASK_STATE_INTEREST).list().stream()
                    .map(t -> taskService.getVariable(t.getId(), IdeaVariables.Names.AGENCY)).toList();
            assertThat(agencies).as("one interest task per member agency").isNotEmpty().doesNotHaveDuplicates();
            assertThat(jdbc.queryForObject("select count(*) - count(distinct coalesce(task_id, '') || '|' || recipient_address"
                    + " || '|' || kind) from notification_mail where process_instance_id = ?", Long.class, instance))
                    .as("no mail twice").isZero();
            runtimeService.deleteProcessInstance(instance, "race test", true, true);
        }
    }

    @Test
    void twoHeadsApproveTheirSharesAtTheSameMomentAndTheLedgerBooksEachOnce() {
        for (int round = 0; round < ROUNDS; round++) {
            ProcessInstance procurement = procurementAwaitingTheHeads("IDEA-2026-" + (9100 + round));
            String activityKey = procurement.getBusinessKey();
            Task spv = headTask(procurement, "spv");
            Task csn = headTask(procurement, "csn");
            assertThat(java.util.Arrays.asList(spv, csn)).as("approval tasks of " + taskService.createTaskQuery()
                    .processInstanceId(procurement.getId()).list()).doesNotContainNull();
            String approve = "{\"variables\":{\"costShareApproved\":{\"value\":true,\"type\":\"Boolean\"}}}";

            List<ResponseEntity<String>> answers = race(
                    () -> post("chef-spv", "/engine-rest/task/" + spv.getId() + "/complete", approve),
                    () -> post("chef-csn", "/engine-rest/task/" + csn.getId() + "/complete", approve));

            for (ResponseEntity<String> answer : answers) {
                assertThat(answer.getStatusCode().value()).as(answer.getBody()).isIn(204, 409);
            }
            if (answers.stream().anyMatch(a -> a.getStatusCode().value() == 409)) {
                collisions.merge("approvals", 1, Integer::sum);
                // the loser's whole step was rolled back: the ledger does not hold its approval
                int loser = answers.get(0).getStatusCode().value() == 409 ? 0 : 1;
                String loserAgency = loser == 0 ? "spv" : "csn";
                assertThat(line(activityKey, loserAgency).approvalStatus()).isEqualTo(ApprovalStatus.PENDING);
                ResponseEntity<String> retry = post("chef-" + loserAgency, "/engine-rest/task/"
                        + (loser == 0 ? spv : csn).getId() + "/complete", approve);
                assertThat(retry.getStatusCode().value()).as(retry.getBody()).isEqualTo(204);
            }
            ResponseEntity<String> last = post("chef-bolagsverket", "/engine-rest/task/"
                    + headTask(procurement, "bolagsverket").getId() + "/complete", approve);
            assertThat(last.getStatusCode().value()).as(last.getBody()).isEqualTo(204);
            List<BookedAllocation> allocations = ledger.forActivity(activityKey);
            assertThat(allocations).as("booked once, not recomputed").hasSize(1);
            assertThat(allocations.get(0).kind()).isEqualTo(AllocationKind.PRELIMINARY);
            assertThat(allocations.get(0).status()).isEqualTo(AllocationStatus.APPROVED);
            assertThat(line(activityKey, "spv").decidedBy()).isEqualTo("chef-spv");
            assertThat(line(activityKey, "csn").decidedBy()).isEqualTo("chef-csn");
            assertThat(jdbc.queryForObject("select count(*) from cost_allocation_line l join cost_allocation a"
                    + " on a.id = l.allocation_id where a.activity_key = ?", Integer.class, activityKey))
                    .as("one line per agency").isEqualTo(AGENCIES.size());
            assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(procurement.getId())
                    .activityId(ProcurementModel.SERVICE_TASK_CHECK_START_APPROVALS).count()).as("checked before the round and once after")
                    .isEqualTo(2);
            assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(procurement.getId())
                    .taskDefinitionKey(ProcurementModel.USER_TASK_APPROVE_START).finished().count()).as("one approval per agency")
                    .isEqualTo(AGENCIES.size());
            // after the last approval the process goes on once: one round of powers of attorney (issue 20.4)
            assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(procurement.getId())
                    .activityId(ProcurementModel.SERVICE_TASK_PREPARE_POWERS_OF_ATTORNEY).count()).as("went on once").isOne();
            runtimeService.deleteProcessInstance(procurement.getId(), "race test", true, true);
        }
    }

    @Test
    void aReviewApplicationMessageSentTwiceAtOnceIsCorrelatedOnce() {
        for (int round = 0; round < ROUNDS; round++) {
            String key = "RACE-MESSAGE-" + System.nanoTime();
            ProcessInstance instance = runtimeService.createProcessInstanceByKey("procurement").businessKey(key)
                    .startBeforeActivity(ProcurementModel.GATEWAY_STANDSTILL).setVariable(ProcurementVariables.STANDSTILL_ENDS_AT, "2099-01-01T00:00:00")
                    .execute();
            String message = "{\"messageName\":\"ReviewApplicationReceived\",\"businessKey\":\"" + key + "\"}";

            List<ResponseEntity<String>> answers = race(() -> post("admin", "/engine-rest/message", message),
                    () -> post("admin", "/engine-rest/message", message));

            oneWinner("message", answers);
            assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                    .activityId(ProcurementModel.INTERMEDIATE_EVENT_REVIEW_APPLIED).finished().count()).isOne();
            assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                    .taskDefinitionKey(ProcurementModel.USER_TASK_REGISTER_COURT_DECISION).count()).as("one court decision task").isOne();
            runtimeService.deleteProcessInstance(instance.getId(), "race test", true, true);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** Runs both calls released together by a latch and returns their answers in order. */
    List<ResponseEntity<String>> race(Supplier<ResponseEntity<String>> first, Supplier<ResponseEntity<String>> second) {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ResponseEntity<String>>> futures = new ArrayList<>();
        for (Supplier<ResponseEntity<String>> call : List.of(first, second)) {
            futures.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                return call.get();
            }));
        }
        try {
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<ResponseEntity<String>> answers = new ArrayList<>();
            for (Future<ResponseEntity<String>> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } catch (Exception e) {
            throw new AssertionError("race did not finish", e);
        }
    }

    /** Exactly one answer is 2xx, the other a 4xx with a message; returns the index of the winner. */
    int oneWinner(String race, List<ResponseEntity<String>> answers) {
        List<Integer> statuses = answers.stream().map(a -> a.getStatusCode().value()).toList();
        assertThat(statuses).as(race + ": " + answers).noneMatch(s -> s >= 500);
        assertThat(statuses.stream().filter(s -> s / 100 == 2).count()).as(race + ": " + answers).isOne();
        int winner = statuses.get(0) / 100 == 2 ? 0 : 1;
        ResponseEntity<String> loser = answers.get(1 - winner);
        assertThat(loser.getStatusCode().value()).as(race + ": " + loser.getBody()).isIn(400, 404, 409);
        assertThat(loser.getBody()).as(race).contains("\"message\"");
        if (loser.getStatusCode().value() == 409) {
            collisions.merge(race, 1, Integer::sum);
        }
        return winner;
    }

    ResponseEntity<String> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    /** A procurement after its requirement was described and the preliminary shares booked: one approval per head. */
    ProcessInstance procurementAwaitingTheHeads(String ideaKey) {
        for (String agency : AGENCIES) {
            ideas.saveAnswer(ideaKey, new InterestAnswer(agency, true, agency.equals("spv") ? 10 : 5, true, null,
                    "utbkoord-" + agency), new Date());
        }
        Map<String, Object> in = new HashMap<>();
        in.put("ideaKey", ideaKey);
        in.put(ProcurementVariables.TITLE, "Klarspråk för handläggare");
        in.put(IdeaVariables.DESCRIPTION, "Grundkurs i klarspråk.");
        in.put(IdeaVariables.KIND, "course");
        in.put(IdeaVariables.TARGET_GROUP, "Handläggare");
        in.put("format", "course");
        in.put("delivery", "external");
        in.put(CostSharingVariables.COST_KEY, "participants");
        in.put(ProcurementVariables.Names.ESTIMATED_COST, 150000L);
        in.put(IdeaVariables.Names.INTEREST_DEADLINE, "2026-03-20");
        in.put(ProcurementVariables.CO_FUNDING_AGENCIES, new ArrayList<>(AGENCIES));
        in.put(IdeaVariables.Names.TOTAL_PARTICIPANTS, 20);
        in.put(IdeaVariables.Names.INTEREST_SUMMARY, Spin.JSON("[]"));
        in.put(IdeaVariables.Names.ORIGINATING_AGENCY, "spv");
        in.put(IdeaVariables.Names.INITIATOR, "utbkoord-spv");
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("procurement", ideaKey, in);
        Task describe = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(ProcurementModel.USER_TASK_DESCRIBE_REQUIREMENT).singleResult();
        Map<String, Object> values = new HashMap<>();
        values.put(ProcurementVariables.Names.SUBJECT, "Klarspråk för handläggare");
        values.put(ProcurementVariables.REQUIREMENT, "Två kursdagar för 15 handläggare, på plats i Sundsvall.");
        values.put(ProcurementVariables.Names.CPV_CODE, "79632000-3");
        values.put(ProcurementVariables.Names.ESTIMATED_VALUE, 500_000L);
        values.put(ProcurementVariables.AGENCY_PARTICIPANTS, Spin.JSON(runtimeService.getVariable(instance.getId(), ProcurementVariables.AGENCY_PARTICIPANTS)
                .toString()));
        taskService.complete(describe.getId(), values);
        Job book = managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(ProcurementModel.SERVICE_TASK_BOOK_PRELIMINARY_ALLOCATION).singleResult();
        managementService.executeJob(book.getId());
        return instance;
    }

    Task headTask(ProcessInstance instance, String agency) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(ProcurementModel.USER_TASK_APPROVE_START)
                .taskCandidateGroup(agency + "-heads").singleResult();
    }

    BookedAllocation.Line line(String activityKey, String agency) {
        return ledger.forActivity(activityKey).get(0).line(agency).orElseThrow();
    }
}
