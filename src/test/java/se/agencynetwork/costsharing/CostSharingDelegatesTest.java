package se.agencynetwork.costsharing;

import se.agencynetwork.models.ids.ProcurementModel;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.agencynetwork.process.Money;

/**
 * The delegates and the decision listener in a small fixture process (src/test/resources/costsharing),
 * wired the way the journey processes use them: path and ledger effects are asserted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CostSharingDelegatesTest {

    private static final String FIXTURE = "costSharingFixture";

    @Autowired
    ProcessEngine engine;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    CostLedger ledger;

    @BeforeEach
    void deployFixture() {
        BpmnAwareTests.init(engine);
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(FIXTURE).count() == 0) {
            repositoryService.createDeployment().name("cost-sharing-fixture")
                    .addClasspathResource("costsharing/cost-sharing-fixture.bpmn").deploy();
        }
    }

    @AfterEach
    void reset() {
        BpmnAwareTests.reset();
    }

    private ProcessInstance start(String businessKey, Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey(FIXTURE, businessKey, variables);
    }

    private static Map<String, Object> interest(Object totalCost, boolean bookAgain) {
        return Variables.createVariables()
                .putValue(CostSharingVariables.TOTAL_COST, totalCost)
                .putValue(CostSharingVariables.PARTICIPANTS_BY_AGENCY,
                        Spin.JSON("{\"spv\": 1, \"csn\": 2, \"bolagsverket\": 1}"))
                .putValue(CostSharingVariables.IN_KIND_CONTRIBUTIONS,
                        Spin.JSON("[{\"agency\": \"spv\", \"kind\": \"TRAINER_HOURS\", \"quantity\": 2}]"))
                .putValue("bookAgain", bookAgain);
    }

    private Task decide(ProcessInstance pi, String expectedAgency, boolean approved, String comment) {
        Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        Assertions.assertThat(runtimeService.getVariable(task.getExecutionId(), CostSharingVariables.AGENCY_CODE))
                .isEqualTo(expectedAgency);
        Assertions.assertThat(taskService.createTaskQuery().taskId(task.getId())
                .taskCandidateGroup(expectedAgency + "-heads").count()).isEqualTo(1);
        taskService.setAssignee(task.getId(), "chef-" + expectedAgency);
        taskService.complete(task.getId(), Variables.createVariables()
                .putValue(CostSharingVariables.COST_SHARE_APPROVED, approved)
                .putValue(CostSharingVariables.COST_SHARE_COMMENT, comment));
        return task;
    }

    @Test
    void preliminaryAllocationIsBookedOnceEvenWhenTheStepRunsTwiceThenApprovedThenSupersededByTheFinalOne() {
        String businessKey = "IDEA-TEST-" + UUID.randomUUID();
        ProcessInstance pi = start(businessKey, interest("12000.00", true));

        assertThat(pi).isWaitingAt("UserTask_ApproveCostShare");
        assertThat(pi).hasPassedInOrder(ProcurementModel.SERVICE_TASK_BOOK_PRELIMINARY_ALLOCATION, "Gateway_BookAgain",
                ProcurementModel.SERVICE_TASK_BOOK_PRELIMINARY_ALLOCATION, "Gateway_BookAgain");
        List<BookedAllocation> booked = ledger.forActivity(businessKey);
        Assertions.assertThat(booked).hasSize(1);
        BookedAllocation preliminary = booked.get(0);
        Assertions.assertThat(preliminary.idempotencyKey()).isEqualTo(pi.getId() + ":ServiceTask_BookPreliminaryAllocation");
        Assertions.assertThat(runtimeService.getVariable(pi.getId(), CostSharingVariables.ALLOCATION_ID))
                .isEqualTo(preliminary.id());
        SpinJsonNode shares = (SpinJsonNode) runtimeService.getVariable(pi.getId(), CostSharingVariables.SHARES_BY_AGENCY);
        // 12 000 + 2 400 in kind by 1:2:1 -> 3 600 / 7 200 / 3 600; spv pays 3 600 - 2 400
        Assertions.assertThat(shares.prop("bolagsverket").numberValue().doubleValue()).isEqualTo(3600.00);
        Assertions.assertThat(shares.prop("csn").numberValue().doubleValue()).isEqualTo(7200.00);
        Assertions.assertThat(shares.prop("spv").numberValue().doubleValue()).isEqualTo(1200.00);

        decide(pi, "bolagsverket", true, null);
        decide(pi, "csn", true, "Godkänt");
        decide(pi, "spv", true, null);

        assertThat(pi).isEnded().hasPassed("ServiceTask_BookFinalAllocation", "EndEvent_Booked");
        List<BookedAllocation> after = ledger.forActivity(businessKey);
        Assertions.assertThat(after).extracting(BookedAllocation::kind, BookedAllocation::status).containsExactly(
                Assertions.tuple(AllocationKind.PRELIMINARY, AllocationStatus.SUPERSEDED),
                Assertions.tuple(AllocationKind.FINAL, AllocationStatus.FINAL));
        BookedAllocation approvedPreliminary = after.get(0);
        Assertions.assertThat(approvedPreliminary.lines()).allSatisfy(l ->
                Assertions.assertThat(l.approvalStatus()).isEqualTo(ApprovalStatus.APPROVED));
        Assertions.assertThat(approvedPreliminary.line("csn").orElseThrow().decidedBy()).isEqualTo("chef-csn");
        Assertions.assertThat(approvedPreliminary.line("csn").orElseThrow().decisionComment()).isEqualTo("Godkänt");
        Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(CostSharingVariables.ALLOCATION_ID).singleResult().getValue()).isEqualTo(after.get(1).id());
    }

    @Test
    void aDeclineRecomputesAndTheNextHeadDecidesOnTheNewVersion() {
        String businessKey = "IDEA-TEST-" + UUID.randomUUID();
        ProcessInstance pi = start(businessKey, interest(12000L, false));
        String first = (String) runtimeService.getVariable(pi.getId(), CostSharingVariables.ALLOCATION_ID);

        decide(pi, "bolagsverket", true, null);
        decide(pi, "csn", false, "Ingen budget");

        String second = (String) runtimeService.getVariable(pi.getId(), CostSharingVariables.ALLOCATION_ID);
        Assertions.assertThat(second).isNotEqualTo(first);
        Assertions.assertThat(runtimeService.getVariable(pi.getId(), CostSharingVariables.COST_SHARE_RECOMPUTED))
                .isEqualTo(true);
        BookedAllocation recomputed = ledger.find(second).orElseThrow();
        Assertions.assertThat(recomputed.lines()).extracting(BookedAllocation.Line::agency)
                .containsExactly("bolagsverket", "spv");
        // 12 000 + 2 400 by 1:1 -> 7 200 each; spv pays 7 200 - 2 400
        Assertions.assertThat(recomputed.sharesByAgency().get("bolagsverket")).isEqualTo(Money.of(new BigDecimal("7200.00")));
        Assertions.assertThat(recomputed.sharesByAgency().get("spv")).isEqualTo(Money.of(new BigDecimal("4800.00")));

        decide(pi, "spv", true, null);

        Assertions.assertThat(ledger.find(second).orElseThrow().line("spv").orElseThrow().approvalStatus())
                .isEqualTo(ApprovalStatus.APPROVED);
        Assertions.assertThat(ledger.find(first).orElseThrow().line("csn").orElseThrow().approvalStatus())
                .isEqualTo(ApprovalStatus.DECLINED);
        assertThat(pi).isEnded().hasPassed("EndEvent_Booked");
    }

    @Test
    void whenTheOnlyCoFunderDeclinesTheProcessCatchesTheError() {
        String businessKey = "IDEA-TEST-" + UUID.randomUUID();
        ProcessInstance pi = start(businessKey, Variables.createVariables()
                .putValue(CostSharingVariables.TOTAL_COST, 1500.5d)
                .putValue(CostSharingVariables.COST_KEY, "EQUAL_SHARES")
                .putValue(CostSharingVariables.PARTICIPANTS_BY_AGENCY, Map.of("msb", 4))
                .putValue("bookAgain", false));
        Assertions.assertThat(ledger.forActivity(businessKey)).singleElement()
                .satisfies(a -> Assertions.assertThat(a.total()).isEqualTo(Money.of(new BigDecimal("1500.50"))));

        decide(pi, "msb", false, "Vi avstår");

        assertThat(pi).isEnded().hasPassed("EndEvent_NoCoFunderLeft").hasNotPassed("ServiceTask_BookFinalAllocation");
        Assertions.assertThat(ledger.forActivity(businessKey)).singleElement()
                .satisfies(a -> Assertions.assertThat(a.status()).isEqualTo(AllocationStatus.SUPERSEDED));
    }

    /**
     * The journey models catch no BPMN error: an error nobody catches must not end the instance as if
     * it had finished (Camunda's default), but fail the step (camunda.bpm.generic-properties:
     * enable-exceptions-after-unhandled-bpmn-error), so the caller sees it and nothing is lost.
     */
    @Test
    void aBpmnErrorThatNoModelCatchesFailsTheStepInsteadOfEndingTheInstance() {
        String businessKey = "IDEA-TEST-" + UUID.randomUUID();
        String deployment = repositoryService.createDeployment().name("uncaught-bpmn-error")
                .addModelInstance("uncaught-bpmn-error.bpmn", Bpmn.createExecutableProcess("uncaughtBpmnError")
                        .camundaHistoryTimeToLive(1)
                        .startEvent().serviceTask().camundaDelegateExpression("${preliminaryCostAllocation}")
                        .endEvent().done())
                .deploy().getId();
        try {
            Assertions.assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("uncaughtBpmnError", businessKey,
                            Variables.createVariables()
                                    .putValue(CostSharingVariables.TOTAL_COST, "12000.00")
                                    .putValue(CostSharingVariables.PARTICIPANTS_BY_AGENCY, "{\"csn\": 2, \"nasa\": 1}")))
                    .isInstanceOf(ProcessEngineException.class).hasMessageContaining("nasa");
            Assertions.assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(businessKey).count()).as("no instance completed silently").isZero();
            Assertions.assertThat(ledger.forActivity(businessKey)).isEmpty();
        } finally {
            repositoryService.deleteDeployment(deployment, true);
        }
    }

    @Test
    void inconsistentInputEndsAtTheCaughtBpmnErrorAndBooksNothing() {
        String businessKey = "IDEA-TEST-" + UUID.randomUUID();
        ProcessInstance pi = start(businessKey, Variables.createVariables()
                .putValue(CostSharingVariables.TOTAL_COST, "12000.00")
                .putValue(CostSharingVariables.PARTICIPANTS_BY_AGENCY, "{\"csn\": 2, \"nasa\": 1}")
                .putValue("bookAgain", false));

        assertThat(pi).isEnded().hasPassed("BoundaryEvent_PreliminaryInputInvalid", "EndEvent_InputInvalid");
        Assertions.assertThat((String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName("costAllocationError").singleResult().getValue())
                .contains("Okänd myndighet 'nasa'");
        Assertions.assertThat(ledger.forActivity(businessKey)).isEmpty();
    }

    @Test
    void anUnknownCostKeyAndAnAmountWithFractionsOfAnÖreAreRefused() {
        ProcessInstance unknownKey = start("IDEA-TEST-" + UUID.randomUUID(), Variables.createVariables()
                .putValue(CostSharingVariables.TOTAL_COST, "100")
                .putValue(CostSharingVariables.COST_KEY, "BY_MOOD")
                .putValue(CostSharingVariables.PARTICIPANTS_BY_AGENCY, Map.of("csn", 1))
                .putValue("bookAgain", false));
        ProcessInstance fractions = start("IDEA-TEST-" + UUID.randomUUID(), Variables.createVariables()
                .putValue(CostSharingVariables.TOTAL_COST, 100.001d)
                .putValue(CostSharingVariables.PARTICIPANTS_BY_AGENCY, Map.of("csn", 1))
                .putValue("bookAgain", false));

        assertThat(unknownKey).isEnded().hasPassed("EndEvent_InputInvalid");
        assertThat(fractions).isEnded().hasPassed("EndEvent_InputInvalid");
        Assertions.assertThat((String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(fractions.getId()).variableName("costAllocationError").singleResult().getValue())
                .contains("Variabeln 'totalCost' är inte ett belopp i kronor med högst två decimaler: '100.001'");
    }
}
