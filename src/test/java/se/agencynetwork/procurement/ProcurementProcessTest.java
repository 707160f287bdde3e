package se.agencynetwork.procurement;

import se.agencynetwork.models.ids.IdeaModel;
import se.agencynetwork.models.ids.ProcurementModel;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.agencynetwork.procurement.ProcurementVariables.ANSWERS_DEADLINE;
import static se.agencynetwork.procurement.ProcurementVariables.CALL_OFF_REFERENCE;
import static se.agencynetwork.procurement.ProcurementVariables.COURT_DECISION;
import static se.agencynetwork.procurement.ProcurementVariables.CO_FUNDING_AGENCIES;
import static se.agencynetwork.procurement.ProcurementVariables.FRAMEWORK_AGREEMENT;
import static se.agencynetwork.procurement.ProcurementVariables.NOTICE_REFERENCE;
import static se.agencynetwork.procurement.ProcurementVariables.NO_AWARD_REASON;
import static se.agencynetwork.procurement.ProcurementVariables.Names.AGENCY_NAME;
import static se.agencynetwork.procurement.ProcurementVariables.Names.AGENCY_SHARE;
import static se.agencynetwork.procurement.ProcurementVariables.Names.ANNEX_TWO;
import static se.agencynetwork.procurement.ProcurementVariables.Names.CALL_OFF_PRICE;
import static se.agencynetwork.procurement.ProcurementVariables.Names.AWARD_SENT_ON;
import static se.agencynetwork.procurement.ProcurementVariables.Names.CONTRACT_END;
import static se.agencynetwork.procurement.ProcurementVariables.Names.CONTRACT_PRICE;
import static se.agencynetwork.procurement.ProcurementVariables.Names.CONTRACT_START;
import static se.agencynetwork.procurement.ProcurementVariables.Names.CPV_CODE;
import static se.agencynetwork.procurement.ProcurementVariables.Names.DECISION_DATE;
import static se.agencynetwork.procurement.ProcurementVariables.Names.DEVIATION_REASON;
import static se.agencynetwork.procurement.ProcurementVariables.Names.DEVIATION_REPORT;
import static se.agencynetwork.procurement.ProcurementVariables.Names.DEVIATION_REPORTED_ON;
import static se.agencynetwork.procurement.ProcurementVariables.Names.DEVIATION_REPORT_REFERENCE;
import static se.agencynetwork.procurement.ProcurementVariables.Names.DIRECT_AWARD_VALUE;
import static se.agencynetwork.procurement.ProcurementVariables.Names.DOCUMENTATION_REQUIRED;
import static se.agencynetwork.procurement.ProcurementVariables.Names.EARLIER_DIRECT_AWARDS;
import static se.agencynetwork.procurement.ProcurementVariables.Names.ESTIMATED_COST;
import static se.agencynetwork.procurement.ProcurementVariables.Names.ESTIMATED_VALUE;
import static se.agencynetwork.procurement.ProcurementVariables.Names.FRAMEWORK_AGREEMENT_NAME;
import static se.agencynetwork.procurement.ProcurementVariables.Names.MINIMUM_TENDER_PERIOD_DAYS;
import static se.agencynetwork.procurement.ProcurementVariables.Names.MIN_CO_FUNDERS;
import static se.agencynetwork.procurement.ProcurementVariables.Names.POST_AWARD_NOTICE;
import static se.agencynetwork.procurement.ProcurementVariables.Names.POST_AWARD_NOTICE_DUE;
import static se.agencynetwork.procurement.ProcurementVariables.Names.POWERS_OF_ATTORNEY;
import static se.agencynetwork.procurement.ProcurementVariables.Names.PROCEDURE;
import static se.agencynetwork.procurement.ProcurementVariables.Names.PROCURING_AGENCY;
import static se.agencynetwork.procurement.ProcurementVariables.Names.PROCURING_AGENCY_NAME;
import static se.agencynetwork.procurement.ProcurementVariables.Names.RENEWED_COMPETITION;
import static se.agencynetwork.procurement.ProcurementVariables.Names.SENT_ELECTRONICALLY;
import static se.agencynetwork.procurement.ProcurementVariables.Names.STANDSTILL_APPLIES;
import static se.agencynetwork.procurement.ProcurementVariables.Names.STANDSTILL_LAST_DAY;
import static se.agencynetwork.procurement.ProcurementVariables.Names.SUBJECT;
import static se.agencynetwork.procurement.ProcurementVariables.Names.TENDERS_RECEIVED;
import static se.agencynetwork.procurement.ProcurementVariables.Names.THRESHOLDS_MISSING;
import static se.agencynetwork.procurement.ProcurementVariables.Names.VALUE_BASIS;
import static se.agencynetwork.procurement.ProcurementVariables.OUTCOME;
import static se.agencynetwork.procurement.ProcurementVariables.OUTCOME_REASON;
import static se.agencynetwork.procurement.ProcurementVariables.POST_AWARD_NOTICE_PUBLISHED_ON;
import static se.agencynetwork.procurement.ProcurementVariables.POST_AWARD_NOTICE_REFERENCE;
import static se.agencynetwork.procurement.ProcurementVariables.POWER_OF_ATTORNEY_GRANTED;
import static se.agencynetwork.procurement.ProcurementVariables.QUESTIONS_DEADLINE;
import static se.agencynetwork.procurement.ProcurementVariables.REQUIREMENT;
import static se.agencynetwork.procurement.ProcurementVariables.SUPPLIER;
import static se.agencynetwork.procurement.ProcurementVariables.SUPPLIERS_ASKED;
import static se.agencynetwork.procurement.ProcurementVariables.TENDERS;
import static se.agencynetwork.procurement.ProcurementVariables.TENDER_DEADLINE;
import static se.agencynetwork.procurement.ProcurementVariables.THRESHOLDS_ADDED;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.agencynetwork.costsharing.AllocationStatus;
import se.agencynetwork.costsharing.BookedAllocation;
import se.agencynetwork.costsharing.CostLedger;
import se.agencynetwork.forms.FormRefusedException;
import se.agencynetwork.idea.IdeaRepository;
import se.agencynetwork.idea.IdeaRepository.InterestAnswer;
import se.agencynetwork.procurement.ProcurementRepository.Contract;
import se.agencynetwork.testsupport.LoggedIn;
import se.agencynetwork.testsupport.StoredVariables;
import se.agencynetwork.process.Money;
import se.agencynetwork.process.ProcessJson;
import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.idea.IdeaVariables;

/**
 * Every path of {@code procurement} with the real delegates, the deployed decision table, the cost
 * ledger, the mail outbox and form enforcement. Called as idea's CallActivity_Procurement calls it:
 * the idea's variables and business key; the interest answers are in the idea's table.
 */
@SpringBootTest
@Import(ProcurementCoverageConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcurementProcessTest {

    /** Monday 2 March 2026, 10:00 in Stockholm. */
    static final Date NOW = Date.from(Instant.parse("2026-03-02T09:00:00Z"));
    /**
     * Monday 3 March 2025, 10:00 in Stockholm: in the 2024-2025 threshold period, for the cases that need an
     * EU threshold in kronor (the 2026-2027 SEK figures are not in the table, docs/PROCUREMENT.md section 2).
     */
    static final Date IN_2025 = Date.from(Instant.parse("2025-03-03T09:00:00Z"));
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    IdeaRepository ideas;
    @Autowired
    CostLedger ledger;
    @Autowired
    ProcurementRepository contracts;
    @Autowired
    JdbcTemplate jdbc;

    int sequence;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(NOW);
        // each test its own financial year's direct awards: no earlier contract of another test is added to its value
        jdbc.update("delete from procurement_contract");
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        identityService.clearAuthentication();
        BpmnAwareTests.reset();
    }

    // --- driving the process -------------------------------------------------------------------

    /** Starts the procurement the way idea's call activity does, after an interest round with these answers. */
    ProcessInstance start(Map<String, Integer> participants) {
        String key = "IDEA-2026-" + String.format("%04d", 100 + ++sequence);
        participants.forEach((agency, count) -> ideas.saveAnswer(key,
                new InterestAnswer(agency, true, count, true, null, "utbkoord-" + agency), NOW));
        Map<String, Object> in = new HashMap<>();
        in.put("ideaKey", key);
        in.put(ProcurementVariables.TITLE, "Klarspråk för handläggare");
        in.put(IdeaVariables.DESCRIPTION, "Grundkurs i klarspråk.");
        in.put(IdeaVariables.KIND, "course");
        in.put(IdeaVariables.TARGET_GROUP, "Handläggare");
        in.put("format", "course");
        in.put("delivery", "external");
        in.put(CostSharingVariables.COST_KEY, "participants");
        in.put(ESTIMATED_COST, 150000L);
        in.put(IdeaVariables.Names.INTEREST_DEADLINE, "2026-03-20");
        in.put(CO_FUNDING_AGENCIES, ProcessJson.list(participants.keySet())); // as idea hands it over
        in.put(IdeaVariables.Names.TOTAL_PARTICIPANTS, participants.values().stream().mapToInt(Integer::intValue).sum());
        in.put(IdeaVariables.Names.INTEREST_SUMMARY, Spin.JSON("[]"));
        in.put(IdeaVariables.Names.ORIGINATING_AGENCY, "spv");
        in.put(IdeaVariables.Names.INITIATOR, "utbkoord-spv");
        return runtimeService.startProcessInstanceByKey("procurement", key, in);
    }

    static Map<String, Integer> agencies(Object... codeAndCount) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < codeAndCount.length; i += 2) {
            map.put((String) codeAndCount[i], (Integer) codeAndCount[i + 1]);
        }
        return map;
    }

    Task task(ProcessInstance instance, String activity) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).singleResult();
    }

    void complete(ProcessInstance instance, String activity, Map<String, Object> values) {
        taskService.complete(task(instance, activity).getId(), values);
    }

    void executeJob(ProcessInstance instance, String activity) {
        Job job = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activity).singleResult();
        Assertions.assertThat(job).as("job at " + activity).isNotNull();
        managementService.executeJob(job.getId());
    }

    /** The requirement: the pre-filled agencies kept as they are. */
    void describe(ProcessInstance instance, long value, String cpv) throws Exception {
        Object prefilled = runtimeService.getVariable(instance.getId(), ProcurementVariables.AGENCY_PARTICIPANTS);
        Map<String, Object> values = new HashMap<>();
        values.put(SUBJECT, "Klarspråk för handläggare");
        values.put(REQUIREMENT, "Två kursdagar för 20 handläggare, på plats i Sundsvall.");
        values.put(CPV_CODE, cpv);
        values.put(ESTIMATED_VALUE, value);
        values.put(PROCURING_AGENCY, runtimeService.getVariable(instance.getId(), PROCURING_AGENCY));
        values.put(ProcurementVariables.AGENCY_PARTICIPANTS, Spin.JSON(prefilled.toString()));
        values.put(FRAMEWORK_AGREEMENT, "NONE");
        values.putAll(framework);
        framework.clear();
        complete(instance, ProcurementModel.USER_TASK_DESCRIBE_REQUIREMENT, values);
        if (values.get(FRAMEWORK_AGREEMENT).equals("DEVIATION")) {
            return; // the avstegsanmälan comes first
        }
        executeJob(instance, ProcurementModel.SERVICE_TASK_BOOK_PRELIMINARY_ALLOCATION);
    }

    /** The framework agreement answers of the next {@link #describe} (none: "NONE"). */
    final Map<String, Object> framework = new HashMap<>();

    Task headTask(ProcessInstance instance, String activity, String agency) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity)
                .taskCandidateGroup(agency + "-heads").singleResult();
    }

    void decide(ProcessInstance instance, String activity, String agency, boolean approve) {
        Task task = headTask(instance, activity, agency);
        Assertions.assertThat(task).as(activity + " for " + agency).isNotNull();
        taskService.claim(task.getId(), "chef-" + agency);
        Map<String, Object> values = new HashMap<>();
        values.put(CostSharingVariables.COST_SHARE_APPROVED, approve);
        values.put(CostSharingVariables.COST_SHARE_COMMENT, approve ? null : "Ingen budget i år.");
        taskService.complete(task.getId(), values);
    }

    void approveAll(ProcessInstance instance, String activity) {
        for (Task task : taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).list()) {
            String agency = (String) taskService.getVariable(task.getId(), CostSharingVariables.AGENCY_CODE);
            decide(instance, activity, agency, true);
        }
        if (activity.equals(ProcurementModel.USER_TASK_APPROVE_START)) {
            grantPowersOfAttorney(instance);
        }
    }

    /** Every co-funder's head but the procuring agency's gives the procuring agency a power of attorney. */
    List<String> grantPowersOfAttorney(ProcessInstance instance) {
        List<String> granted = new java.util.ArrayList<>();
        for (Task task : taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(ProcurementModel.USER_TASK_GRANT_POWER_OF_ATTORNEY).list()) {
            String agency = (String) taskService.getVariable(task.getId(), CostSharingVariables.AGENCY_CODE);
            taskService.claim(task.getId(), "chef-" + agency);
            taskService.complete(task.getId(), Map.of(POWER_OF_ATTORNEY_GRANTED, true));
            granted.add(agency);
        }
        return granted;
    }

    static Map<String, Object> tender(String supplier, long price, long score, boolean acceptable) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("supplier", supplier);
        row.put("price", price);
        row.put("score", score);
        row.put("acceptable", acceptable);
        return row;
    }

    void evaluate(ProcessInstance instance, List<Map<String, Object>> tenders, String reason) throws Exception {
        executeJob(instance, ProcurementModel.INTERMEDIATE_EVENT_TENDER_DEADLINE);
        Map<String, Object> values = new HashMap<>();
        values.put(TENDERS, Spin.JSON(JSON.writeValueAsString(tenders)));
        values.put(NO_AWARD_REASON, reason);
        complete(instance, ProcurementModel.USER_TASK_EVALUATE_TENDERS, values);
    }

    void registerContract(ProcessInstance instance) {
        complete(instance, ProcurementModel.USER_TASK_REGISTER_CONTRACT, Map.of(CONTRACT_START, "2026-05-01", CONTRACT_END, "2027-04-30"));
    }

    BookedAllocation current(ProcessInstance instance) {
        return ProcurementSupport.currentAllocation(ledger, instance.getBusinessKey()).orElseThrow();
    }

    List<Map<String, Object>> mails(ProcessInstance instance) {
        return jdbc.queryForList("select kind, recipient_user_id, subject, body_text from notification_mail"
                + " where business_key = ? and kind = 'cost-share' order by recipient_user_id", instance.getBusinessKey());
    }

    Object variable(ProcessInstance instance, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).singleResult().getValue();
    }

    // --- paths ---------------------------------------------------------------------------------

    @Test
    void directAwardFrom100000IsDocumentedBeforeTheContractAndTheHeadsAreToldTheirShares() throws Exception {
        ProcessInstance instance = start(agencies("bolagsverket", 2, "csn", 1, "spv", 1));
        assertThat(instance).isWaitingAt(ProcurementModel.USER_TASK_DESCRIBE_REQUIREMENT).task().hasCandidateGroup("training-administrators");
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), ProcurementVariables.AGENCY_PARTICIPANTS).toString())
                .contains("\"agency\":\"bolagsverket\",\"participants\":2");
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), ESTIMATED_VALUE)).isEqualTo(150000L);

        describe(instance, 500_000, "79632000-3");
        Assertions.assertThat(runtimeService.getVariables(instance.getId())).containsEntry(PROCEDURE, "DIRECT_AWARD")
                .containsEntry(ANNEX_TWO, false).containsEntry(DOCUMENTATION_REQUIRED, true)
                .containsEntry(STANDSTILL_APPLIES, false).containsEntry(MINIMUM_TENDER_PERIOD_DAYS, 10)
                .containsEntry(POST_AWARD_NOTICE, false).containsEntry(DECISION_DATE, "2026-03-02")
                .containsEntry(PROCURING_AGENCY, "spv").containsEntry(PROCURING_AGENCY_NAME, "Statens tjänstepensionsverk (SPV)")
                .containsEntry(EARLIER_DIRECT_AWARDS, 0L).containsEntry(DIRECT_AWARD_VALUE, 500_000L);
        // one approval task per co-funder, for its own heads, due in seven days, showing its share
        List<Task> approvals = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(ProcurementModel.USER_TASK_APPROVE_START).list();
        Assertions.assertThat(approvals).hasSize(3).allSatisfy(t -> Assertions.assertThat(t.getDueDate())
                .isEqualTo(Date.from(Instant.parse("2026-03-09T09:00:00Z"))));
        Task csn = headTask(instance, ProcurementModel.USER_TASK_APPROVE_START, "csn");
        Assertions.assertThat(taskService.getVariableLocal(csn.getId(), AGENCY_SHARE)).isEqualTo("125 000,00 kr");
        Assertions.assertThat(taskService.getVariable(csn.getId(), VALUE_BASIS).toString())
                .startsWith("kontraktets värde 500 000 kr; inga tidigare direktupphandlingar av samma slag (CPV-grupp 796");
        Assertions.assertThat(csn.getName()).as("the task tells its case")
                .endsWith(" – " + instance.getBusinessKey() + " Klarspråk för handläggare")
                .startsWith("Godkänn start och preliminär andel");
        Assertions.assertThat(current(instance).total()).isEqualTo(Money.of(new BigDecimal("500000")));
        approveAll(instance, ProcurementModel.USER_TASK_APPROVE_START);
        Assertions.assertThat(current(instance).status()).isEqualTo(AllocationStatus.APPROVED);

        assertThat(instance).isWaitingAt(ProcurementModel.USER_TASK_REQUEST_QUOTES);
        // earlier than the minimum tender period (10 days from 2 March): refused
        Assertions.assertThatThrownBy(() -> complete(instance, ProcurementModel.USER_TASK_REQUEST_QUOTES,
                Map.of(SUPPLIERS_ASKED, "Språkkonsult AB, Klartext HB, Ordverkstan AB", TENDER_DEADLINE, "2026-03-11")))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("tenderDeadline").hasMessageContaining("2026-03-12");
        // a shorter period (as a table row might give) must still leave the suppliers a day for questions
        runtimeService.setVariable(instance.getId(), MINIMUM_TENDER_PERIOD_DAYS, 7);
        Assertions.assertThatThrownBy(() -> complete(instance, ProcurementModel.USER_TASK_REQUEST_QUOTES,
                Map.of(SUPPLIERS_ASKED, "Språkkonsult AB", TENDER_DEADLINE, "2026-03-10")))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("sista dag för frågor 2026-03-02");
        runtimeService.setVariable(instance.getId(), MINIMUM_TENDER_PERIOD_DAYS, 10);
        complete(instance, ProcurementModel.USER_TASK_REQUEST_QUOTES,
                Map.of(SUPPLIERS_ASKED, "Språkkonsult AB, Klartext HB, Ordverkstan AB", TENDER_DEADLINE, "2026-03-12"));
        // answers at the latest 6 days before the deadline; the suppliers' questions 2 days before that
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), ANSWERS_DEADLINE)).isEqualTo("2026-03-06");
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), QUESTIONS_DEADLINE)).isEqualTo("2026-03-04");
        Job deadline = managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(ProcurementModel.INTERMEDIATE_EVENT_TENDER_DEADLINE).singleResult();
        Assertions.assertThat(deadline.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-03-12T22:59:00Z")));

        evaluate(instance, List.of(tender("Språkkonsult AB", 480_000, 80, true), tender("Klartext HB", 450_000, 80, true),
                tender("Ordverkstan AB", 300_000, 95, false)), null);
        Assertions.assertThat(runtimeService.getVariables(instance.getId())).containsEntry(SUPPLIER, "Klartext HB")
                .containsEntry(CONTRACT_PRICE, "450000.00").containsEntry(TENDERS_RECEIVED, 2 + 1);
        executeJob(instance, ProcurementModel.SERVICE_TASK_BOOK_AWARD_ALLOCATION);
        Assertions.assertThat(current(instance).total()).isEqualTo(Money.of(new BigDecimal("450000")));
        Assertions.assertThat(taskService.getVariableLocal(headTask(instance, ProcurementModel.USER_TASK_APPROVE_AWARD, "bolagsverket").getId(),
                AGENCY_SHARE)).isEqualTo("225 000,00 kr");
        approveAll(instance, ProcurementModel.USER_TASK_APPROVE_AWARD);

        assertThat(instance).isWaitingAt(ProcurementModel.USER_TASK_DOCUMENT_DIRECT_AWARD);
        complete(instance, ProcurementModel.USER_TASK_DOCUMENT_DIRECT_AWARD, Map.of(
                "docPurchased", "Kurs i klarspråk, två dagar", "docCompetition", "Tre leverantörer tillfrågades skriftligt.",
                SUPPLIERS_ASKED, "Språkkonsult AB, Klartext HB, Ordverkstan AB"));
        registerContract(instance);

        assertThat(instance).isEnded().hasPassedInOrder(ProcurementModel.BUSINESS_RULE_TASK_CHOOSE_PROCEDURE, ProcurementModel.USER_TASK_REQUEST_QUOTES,
                ProcurementModel.USER_TASK_EVALUATE_TENDERS, ProcurementModel.USER_TASK_APPROVE_AWARD, ProcurementModel.USER_TASK_DOCUMENT_DIRECT_AWARD, ProcurementModel.USER_TASK_REGISTER_CONTRACT,
                ProcurementModel.SERVICE_TASK_NOTIFY_COST_SHARES, ProcurementModel.END_EVENT_CONTRACTED)
                .hasNotPassed(ProcurementModel.USER_TASK_SEND_AWARD_DECISION, ProcurementModel.USER_TASK_POST_AWARD_NOTICE);
        Assertions.assertThat(variable(instance, OUTCOME)).isEqualTo("CONTRACTED");
        Contract contract = contracts.find(instance.getBusinessKey()).orElseThrow();
        Assertions.assertThat(contract.supplier()).isEqualTo("Klartext HB");
        Assertions.assertThat(contract.price()).isEqualTo(Money.of(new BigDecimal("450000")));
        Assertions.assertThat(contract.procedure()).isEqualTo("DIRECT_AWARD");
        Assertions.assertThat(contract.documentation().competition()).isEqualTo("Tre leverantörer tillfrågades skriftligt.");
        Assertions.assertThat(contract.documentation().tendersReceived()).isEqualTo(3);
        Assertions.assertThat(contract.registeredBy()).isNull();
        Assertions.assertThat(contract.procuringAgency()).isEqualTo("spv");
        Assertions.assertThat(contract.documentation().authority()).startsWith("Statens tjänstepensionsverk (SPV) (upphandlande myndighet");
        Assertions.assertThat(contract.earlierDirectAwards()).isEqualTo(Money.of(new BigDecimal("0")));
        Assertions.assertThat(contracts.postAwardNotice(instance.getBusinessKey())).isEmpty();
        // the ledger: the estimate (superseded) and the award price (approved by all three)
        List<BookedAllocation> booked = ledger.forActivity(instance.getBusinessKey());
        Assertions.assertThat(booked).extracting(BookedAllocation::status)
                .containsExactlyInAnyOrder(AllocationStatus.SUPERSEDED, AllocationStatus.APPROVED);
        Assertions.assertThat(current(instance).sharesByAgency()).containsOnlyKeys("bolagsverket", "csn", "spv");
        Assertions.assertThat(current(instance).line("csn").orElseThrow().share()).isEqualTo(Money.of(new BigDecimal("112500")));
        List<Map<String, Object>> mails = mails(instance);
        Assertions.assertThat(mails).extracting(m -> m.get("recipient_user_id"))
                .contains("chef-bolagsverket", "chef-csn", "chef-spv");
        Assertions.assertThat(mails).filteredOn(m -> "chef-csn".equals(m.get("recipient_user_id")))
                .singleElement().satisfies(m -> Assertions.assertThat(m.get("body_text").toString()).contains("112 500,00"));
    }

    /**
     * Issue 17, no dead ends: the last co-funder declining leaves nobody to charge. The head's
     * decision used to fail (an unhandled COST_ALLOCATION_INVALID, a 500 in Tasklist); now the model
     * catches it, the approvals are checked again and the case goes back to the council.
     */
    @Test
    void theLastCoFunderDecliningTheStartOrTheAwardSendsTheCaseBackToTheCouncil() throws Exception {
        ProcessInstance atStart = start(agencies("csn", 3));
        runtimeService.setVariable(atStart.getId(), MIN_CO_FUNDERS, 1); // a network that needs only one co-funder
        describe(atStart, 90_000, "79632000");
        assertThat(atStart).isWaitingAt(ProcurementModel.USER_TASK_APPROVE_START);
        decide(atStart, ProcurementModel.USER_TASK_APPROVE_START, "csn", false);
        assertThat(atStart).hasPassed(ProcurementModel.BOUNDARY_EVENT_START_SHARE_NOT_RECORDED, ProcurementModel.SERVICE_TASK_CHECK_START_APPROVALS,
                ProcurementModel.END_EVENT_START_TOO_FEW_CO_FUNDERS).isEnded();
        Assertions.assertThat(variable(atStart, OUTCOME)).isEqualTo("BACK_TO_COUNCIL");

        ProcessInstance atAward = start(agencies("csn", 3));
        runtimeService.setVariable(atAward.getId(), MIN_CO_FUNDERS, 1);
        describe(atAward, 90_000, "79632000");
        approveAll(atAward, ProcurementModel.USER_TASK_APPROVE_START);
        complete(atAward, ProcurementModel.USER_TASK_REQUEST_QUOTES, Map.of(SUPPLIERS_ASKED, "Klartext HB", TENDER_DEADLINE, "2026-03-20"));
        evaluate(atAward, List.of(tender("Klartext HB", 90_000, 70, true)), null);
        executeJob(atAward, ProcurementModel.SERVICE_TASK_BOOK_AWARD_ALLOCATION);
        decide(atAward, ProcurementModel.USER_TASK_APPROVE_AWARD, "csn", false);
        assertThat(atAward).hasPassed(ProcurementModel.BOUNDARY_EVENT_AWARD_SHARE_NOT_RECORDED, ProcurementModel.SERVICE_TASK_CHECK_AWARD_APPROVALS,
                ProcurementModel.END_EVENT_AWARD_TOO_FEW_CO_FUNDERS).isEnded();
        Assertions.assertThat(variable(atAward, OUTCOME)).isEqualTo("BACK_TO_COUNCIL");
    }

    /**
     * A booking with nobody to charge (the co-funders gone from under the step) is caught in the
     * model, before the heads' approvals and at the award alike: back to the council with the reason,
     * not a job failing until it becomes an incident.
     */
    @Test
    void anAllocationWithNobodyToChargeSendsTheCaseBackToTheCouncilWithTheReason() throws Exception {
        ProcessInstance preliminary = start(agencies("csn", 2, "spv", 2));
        Object prefilled = runtimeService.getVariable(preliminary.getId(), ProcurementVariables.AGENCY_PARTICIPANTS);
        complete(preliminary, ProcurementModel.USER_TASK_DESCRIBE_REQUIREMENT, Map.of(SUBJECT, "Klarspråk för handläggare",
                REQUIREMENT, "Två kursdagar för 20 handläggare, på plats i Sundsvall.", CPV_CODE, "79632000",
                ESTIMATED_VALUE, 90_000L, PROCURING_AGENCY, "spv", FRAMEWORK_AGREEMENT, "NONE",
                ProcurementVariables.AGENCY_PARTICIPANTS, Spin.JSON(prefilled.toString())));
        runtimeService.setVariable(preliminary.getId(), CostSharingVariables.PARTICIPANTS_BY_AGENCY, ProcessJson.map(Map.of()));
        executeJob(preliminary, ProcurementModel.SERVICE_TASK_BOOK_PRELIMINARY_ALLOCATION);
        assertThat(preliminary).hasPassed(ProcurementModel.BOUNDARY_EVENT_PRELIMINARY_ALLOCATION_INVALID, ProcurementModel.END_EVENT_START_TOO_FEW_CO_FUNDERS)
                .isEnded();
        Assertions.assertThat(variable(preliminary, OUTCOME)).isEqualTo("BACK_TO_COUNCIL");
        Assertions.assertThat((String) variable(preliminary, OUTCOME_REASON))
                .contains("Inga medfinansierande myndigheter angivna");

        ProcessInstance award = start(agencies("bolagsverket", 2, "csn", 1, "spv", 1));
        describe(award, 90_000, "79632000");
        approveAll(award, ProcurementModel.USER_TASK_APPROVE_START);
        complete(award, ProcurementModel.USER_TASK_REQUEST_QUOTES, Map.of(SUPPLIERS_ASKED, "Klartext HB", TENDER_DEADLINE, "2026-03-20"));
        evaluate(award, List.of(tender("Klartext HB", 90_000, 70, true)), null);
        runtimeService.setVariable(award.getId(), CostSharingVariables.PARTICIPANTS_BY_AGENCY, ProcessJson.map(Map.of()));
        executeJob(award, ProcurementModel.SERVICE_TASK_BOOK_AWARD_ALLOCATION);
        assertThat(award).hasPassed(ProcurementModel.BOUNDARY_EVENT_AWARD_ALLOCATION_INVALID, ProcurementModel.END_EVENT_AWARD_TOO_FEW_CO_FUNDERS).isEnded();
        Assertions.assertThat((String) variable(award, OUTCOME_REASON))
                .contains("Inga medfinansierande myndigheter angivna");
    }

    @Test
    void directAwardBelow100000NeedsNoDocumentation() throws Exception {
        ProcessInstance instance = start(agencies("bolagsverket", 2, "csn", 1, "spv", 1));
        describe(instance, 99_999, "79632000");
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), DOCUMENTATION_REQUIRED)).isEqualTo(false);
        approveAll(instance, ProcurementModel.USER_TASK_APPROVE_START);
        complete(instance, ProcurementModel.USER_TASK_REQUEST_QUOTES, Map.of(SUPPLIERS_ASKED, "Klartext HB", TENDER_DEADLINE, "2026-03-20"));
        evaluate(instance, List.of(tender("Klartext HB", 90_000, 70, true)), null);
        executeJob(instance, ProcurementModel.SERVICE_TASK_BOOK_AWARD_ALLOCATION);
        approveAll(instance, ProcurementModel.USER_TASK_APPROVE_AWARD);
        assertThat(instance).isWaitingAt(ProcurementModel.USER_TASK_REGISTER_CONTRACT);
        registerContract(instance);
        assertThat(instance).isEnded().hasPassed(ProcurementModel.GATEWAY_READY_FOR_CONTRACT, ProcurementModel.END_EVENT_CONTRACTED)
                .hasNotPassed(ProcurementModel.USER_TASK_DOCUMENT_DIRECT_AWARD);
        Assertions.assertThat(contracts.find(instance.getBusinessKey()).orElseThrow().documentation().competition()).isNull();
    }

    @Test
    void belowThresholdAdvertisedWithAHeadDecliningAndStandstillOverMidsummer() throws Exception {
        ClockUtil.setCurrentTime(IN_2025);
        ProcessInstance instance = start(agencies("bolagsverket", 2, "csn", 2, "msb", 2, "spv", 2));
        describe(instance, 800_000, "79632000");
        Assertions.assertThat(runtimeService.getVariables(instance.getId()))
                .containsEntry(PROCEDURE, "BELOW_THRESHOLD_ADVERTISED").containsEntry(STANDSTILL_APPLIES, true)
                .containsEntry(MINIMUM_TENDER_PERIOD_DAYS, 14);
        Assertions.assertThat(current(instance).line("spv").orElseThrow().share()).isEqualTo(Money.of(new BigDecimal("200000")));
        String first = current(instance).id();

        decide(instance, ProcurementModel.USER_TASK_APPROVE_START, "csn", true);
        decide(instance, ProcurementModel.USER_TASK_APPROVE_START, "msb", false);
        // msb is out, the shares are recomputed and the three remaining heads are asked again
        BookedAllocation recomputed = current(instance);
        Assertions.assertThat(recomputed.id()).isNotEqualTo(first);
        Assertions.assertThat(recomputed.sharesByAgency()).containsOnlyKeys("bolagsverket", "csn", "spv");
        // 800 000 kr over three equal weights: the two left-over öre go to the first codes
        Assertions.assertThat(recomputed.line("csn").orElseThrow().share()).isEqualTo(Money.of(new BigDecimal("266666.67")));
        Assertions.assertThat(recomputed.line("spv").orElseThrow().share()).isEqualTo(Money.of(new BigDecimal("266666.66")));
        Assertions.assertThat(ledger.find(first).orElseThrow().status()).isEqualTo(AllocationStatus.SUPERSEDED);
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(ProcurementModel.USER_TASK_APPROVE_START).list()).hasSize(3);
        Assertions.assertThat(taskService.getVariableLocal(headTask(instance, ProcurementModel.USER_TASK_APPROVE_START, "spv").getId(),
                AGENCY_SHARE)).isEqualTo("266 666,66 kr");
        Assertions.assertThat(headTask(instance, ProcurementModel.USER_TASK_APPROVE_START, "msb")).isNull();
        approveAll(instance, ProcurementModel.USER_TASK_APPROVE_START);

        assertThat(instance).isWaitingAt(ProcurementModel.USER_TASK_ADVERTISE_CALL);
        Assertions.assertThatThrownBy(() -> complete(instance, ProcurementModel.USER_TASK_ADVERTISE_CALL,
                Map.of(NOTICE_REFERENCE, "TED-2025-123", TENDER_DEADLINE, "2025-03-16")))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("tenderDeadline").hasMessageContaining("2025-03-17");
        complete(instance, ProcurementModel.USER_TASK_ADVERTISE_CALL, Map.of(NOTICE_REFERENCE, "TED-2025-123", TENDER_DEADLINE, "2025-03-17"));
        evaluate(instance, List.of(tender("Klartext HB", 750_000, 85, true)), null);
        executeJob(instance, ProcurementModel.SERVICE_TASK_BOOK_AWARD_ALLOCATION);
        approveAll(instance, ProcurementModel.USER_TASK_APPROVE_AWARD);

        assertThat(instance).isWaitingAt(ProcurementModel.USER_TASK_SEND_AWARD_DECISION);
        complete(instance, ProcurementModel.USER_TASK_SEND_AWARD_DECISION, Map.of(AWARD_SENT_ON, "2026-06-09", SENT_ELECTRONICALLY, true));
        // day 10 is midsummer eve (Friday 19 June): the standstill ends on Monday 22 June
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), STANDSTILL_LAST_DAY)).isEqualTo("2026-06-22");
        Job over = managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(ProcurementModel.INTERMEDIATE_EVENT_STANDSTILL_OVER).singleResult();
        Assertions.assertThat(over.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-06-22T22:00:00Z")));
        managementService.executeJob(over.getId());
        registerContract(instance);

        // advertised: the post-award notice is due 30 days after the contract (registered on 3 March 2025)
        assertThat(instance).isWaitingAt(ProcurementModel.USER_TASK_POST_AWARD_NOTICE).task().hasCandidateGroup("training-administrators");
        Assertions.assertThat(task(instance, ProcurementModel.USER_TASK_POST_AWARD_NOTICE).getDueDate())
                .isEqualTo(Date.from(Instant.parse("2025-04-02T21:59:00Z")));
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), POST_AWARD_NOTICE_DUE)).isEqualTo("2025-04-02");
        Assertions.assertThat(mails(instance)).as("the heads hear of their shares once the notice is out").isEmpty();
        complete(instance, ProcurementModel.USER_TASK_POST_AWARD_NOTICE, Map.of(POST_AWARD_NOTICE_REFERENCE, "e-Avrop efterannons 2025-88",
                POST_AWARD_NOTICE_PUBLISHED_ON, "2025-03-10"));
        Assertions.assertThat(contracts.postAwardNotice(instance.getBusinessKey())).contains(
                new ProcurementRepository.PostAwardNotice(java.time.LocalDate.parse("2025-04-02"), "e-Avrop efterannons 2025-88",
                        java.time.LocalDate.parse("2025-03-10")));

        assertThat(instance).isEnded().hasPassedInOrder(ProcurementModel.USER_TASK_ADVERTISE_CALL, ProcurementModel.USER_TASK_SEND_AWARD_DECISION,
                ProcurementModel.INTERMEDIATE_EVENT_STANDSTILL_OVER, ProcurementModel.USER_TASK_REGISTER_CONTRACT, ProcurementModel.USER_TASK_POST_AWARD_NOTICE, ProcurementModel.END_EVENT_CONTRACTED)
                .hasNotPassed(ProcurementModel.INTERMEDIATE_EVENT_REVIEW_APPLIED, ProcurementModel.USER_TASK_DOCUMENT_DIRECT_AWARD);
        Assertions.assertThat(current(instance).total()).isEqualTo(Money.of(new BigDecimal("750000")));
        Assertions.assertThat(current(instance).sharesByAgency()).containsOnlyKeys("bolagsverket", "csn", "spv");
        Assertions.assertThat(mails(instance)).extracting(m -> m.get("recipient_user_id")).doesNotContain("chef-msb")
                .contains("chef-spv");
    }

    @Test
    void openProcedureForAnnexTwoTrainingHeldByAReviewApplicationUntilTheCourtAllowsTheContract() throws Exception {
        ClockUtil.setCurrentTime(IN_2025);
        ProcessInstance instance = start(agencies("bolagsverket", 20, "csn", 20, "spv", 20));
        describe(instance, 9_000_000, "80511000-9");
        Assertions.assertThat(runtimeService.getVariables(instance.getId())).containsEntry(ANNEX_TWO, true)
                .containsEntry(PROCEDURE, "OPEN_PROCEDURE").containsEntry(MINIMUM_TENDER_PERIOD_DAYS, 35);
        approveAll(instance, ProcurementModel.USER_TASK_APPROVE_START);
        Assertions.assertThatThrownBy(() -> complete(instance, ProcurementModel.USER_TASK_ADVERTISE_CALL,
                Map.of(NOTICE_REFERENCE, "TED-2025-555", TENDER_DEADLINE, "2025-04-06")))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("2025-04-07");
        complete(instance, ProcurementModel.USER_TASK_ADVERTISE_CALL, Map.of(NOTICE_REFERENCE, "TED-2025-555", TENDER_DEADLINE, "2025-04-07"));
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), ANSWERS_DEADLINE)).isEqualTo("2025-04-01");
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), QUESTIONS_DEADLINE)).isEqualTo("2025-03-30");
        evaluate(instance, List.of(tender("Ledarskapsakademin AB", 8_500_000, 90, true)), null);
        executeJob(instance, ProcurementModel.SERVICE_TASK_BOOK_AWARD_ALLOCATION);
        approveAll(instance, ProcurementModel.USER_TASK_APPROVE_AWARD);
        complete(instance, ProcurementModel.USER_TASK_SEND_AWARD_DECISION, Map.of(AWARD_SENT_ON, "2026-12-16", SENT_ELECTRONICALLY, false));
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), STANDSTILL_LAST_DAY)).isEqualTo("2027-01-04");

        runtimeService.createMessageCorrelation("ReviewApplicationReceived").processInstanceBusinessKey(instance.getBusinessKey())
                .correlate();
        assertThat(instance).isWaitingAt(ProcurementModel.USER_TASK_REGISTER_COURT_DECISION).task().hasCandidateGroup("network-coordinators");
        Assertions.assertThat(managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(ProcurementModel.INTERMEDIATE_EVENT_STANDSTILL_OVER).count()).isZero();
        complete(instance, ProcurementModel.USER_TASK_REGISTER_COURT_DECISION,
                Map.of(COURT_DECISION, "CONTRACT_ALLOWED", "courtDecisionNote", "Mål 1234-26, ansökan avslogs."));
        registerContract(instance);
        complete(instance, ProcurementModel.USER_TASK_POST_AWARD_NOTICE, Map.of(POST_AWARD_NOTICE_REFERENCE, "TED 2025/S 123-456789",
                POST_AWARD_NOTICE_PUBLISHED_ON, "2025-03-20"));
        assertThat(instance).isEnded().hasPassedInOrder(ProcurementModel.INTERMEDIATE_EVENT_REVIEW_APPLIED, ProcurementModel.USER_TASK_REGISTER_COURT_DECISION,
                ProcurementModel.GATEWAY_STANDSTILL_DONE, ProcurementModel.USER_TASK_REGISTER_CONTRACT, ProcurementModel.USER_TASK_POST_AWARD_NOTICE, ProcurementModel.END_EVENT_CONTRACTED);
        Assertions.assertThat(contracts.find(instance.getBusinessKey()).orElseThrow().procedure()).isEqualTo("OPEN_PROCEDURE");
    }

    @Test
    void theCourtOrdersTheProcurementRedoneAndItGoesBackToTheCouncil() throws Exception {
        ClockUtil.setCurrentTime(IN_2025);
        ProcessInstance instance = start(agencies("bolagsverket", 5, "csn", 5, "spv", 5));
        describe(instance, 2_000_000, "79632000");
        approveAll(instance, ProcurementModel.USER_TASK_APPROVE_START);
        complete(instance, ProcurementModel.USER_TASK_ADVERTISE_CALL, Map.of(NOTICE_REFERENCE, "TED-2026-777", TENDER_DEADLINE, "2026-04-10"));
        evaluate(instance, List.of(tender("Klartext HB", 1_900_000, 75, true)), null);
        executeJob(instance, ProcurementModel.SERVICE_TASK_BOOK_AWARD_ALLOCATION);
        approveAll(instance, ProcurementModel.USER_TASK_APPROVE_AWARD);
        complete(instance, ProcurementModel.USER_TASK_SEND_AWARD_DECISION, Map.of(AWARD_SENT_ON, "2026-04-20", SENT_ELECTRONICALLY, true));
        runtimeService.createMessageCorrelation("ReviewApplicationReceived").processInstanceBusinessKey(instance.getBusinessKey())
                .correlate();
        complete(instance, ProcurementModel.USER_TASK_REGISTER_COURT_DECISION,
                Map.of(COURT_DECISION, "PROCUREMENT_REDONE", "courtDecisionNote", "Mål 999-26: rättelse."));
        assertThat(instance).isEnded().hasPassed(ProcurementModel.END_EVENT_COURT_STOPPED).hasNotPassed(ProcurementModel.USER_TASK_REGISTER_CONTRACT);
        Assertions.assertThat(variable(instance, OUTCOME)).isEqualTo("BACK_TO_COUNCIL");
        Assertions.assertThat(variable(instance, OUTCOME_REASON).toString()).contains("göras om");
        Assertions.assertThat(contracts.find(instance.getBusinessKey())).isEmpty();
    }

    @Test
    void tooFewCoFundersLeftAfterADeclineGoesBackToTheCouncil() throws Exception {
        ProcessInstance instance = start(agencies("bolagsverket", 2, "csn", 1, "spv", 1));
        describe(instance, 300_000, "79632000");
        decide(instance, ProcurementModel.USER_TASK_APPROVE_START, "spv", false);
        // the round ends at the decline: the open tasks of the others are withdrawn
        assertThat(instance).isEnded().hasPassed(ProcurementModel.END_EVENT_START_TOO_FEW_CO_FUNDERS)
                .hasNotPassed(ProcurementModel.GATEWAY_PROCEDURE);
        Assertions.assertThat(variable(instance, OUTCOME)).isEqualTo("BACK_TO_COUNCIL");
        Assertions.assertThat(variable(instance, OUTCOME_REASON).toString()).contains("Endast 2").contains("minst 3");
        Assertions.assertThat(current(instance).sharesByAgency()).containsOnlyKeys("bolagsverket", "csn");
    }

    @Test
    void noTendersGoBackToTheCouncilWithTheReason() throws Exception {
        ProcessInstance instance = start(agencies("bolagsverket", 2, "csn", 1, "spv", 1));
        describe(instance, 300_000, "79632000");
        approveAll(instance, ProcurementModel.USER_TASK_APPROVE_START);
        complete(instance, ProcurementModel.USER_TASK_REQUEST_QUOTES, Map.of(SUPPLIERS_ASKED, "Klartext HB", TENDER_DEADLINE, "2026-03-20"));
        evaluate(instance, List.of(), "Ingen leverantör svarade.");
        assertThat(instance).isEnded().hasPassed(ProcurementModel.END_EVENT_NO_ACCEPTABLE_TENDER);
        Assertions.assertThat(variable(instance, OUTCOME)).isEqualTo("BACK_TO_COUNCIL");
        Assertions.assertThat(variable(instance, OUTCOME_REASON)).isEqualTo("Inga anbud kom in. Ingen leverantör svarade.");
        Assertions.assertThat(variable(instance, TENDERS_RECEIVED)).isEqualTo(0);
    }

    @Test
    void aDeclineOfTheAwardLeavingTooFewGoesBackToTheCouncil() throws Exception {
        ProcessInstance instance = start(agencies("bolagsverket", 2, "csn", 1, "spv", 1));
        describe(instance, 300_000, "79632000");
        approveAll(instance, ProcurementModel.USER_TASK_APPROVE_START);
        complete(instance, ProcurementModel.USER_TASK_REQUEST_QUOTES, Map.of(SUPPLIERS_ASKED, "Klartext HB", TENDER_DEADLINE, "2026-03-20"));
        evaluate(instance, List.of(tender("Klartext HB", 320_000, 60, false)), "För dyrt och uppfyller inte kraven.");
        assertThat(instance).isEnded().hasPassed(ProcurementModel.END_EVENT_NO_ACCEPTABLE_TENDER);
        Assertions.assertThat(variable(instance, OUTCOME_REASON)).isEqualTo("Inget anbud var antagbart. För dyrt och uppfyller inte kraven.");

        ProcessInstance second = start(agencies("bolagsverket", 2, "csn", 1, "spv", 1));
        describe(second, 300_000, "79632000");
        approveAll(second, ProcurementModel.USER_TASK_APPROVE_START);
        complete(second, ProcurementModel.USER_TASK_REQUEST_QUOTES, Map.of(SUPPLIERS_ASKED, "Klartext HB", TENDER_DEADLINE, "2026-03-20"));
        evaluate(second, List.of(tender("Klartext HB", 280_000, 60, true)), null);
        executeJob(second, ProcurementModel.SERVICE_TASK_BOOK_AWARD_ALLOCATION);
        decide(second, ProcurementModel.USER_TASK_APPROVE_AWARD, "csn", false);
        assertThat(second).isEnded().hasPassed(ProcurementModel.END_EVENT_AWARD_TOO_FEW_CO_FUNDERS);
        Assertions.assertThat(variable(second, OUTCOME)).isEqualTo("BACK_TO_COUNCIL");
        Assertions.assertThat(mails(second)).isEmpty();
    }

    @Test
    void aDeclineWithoutAReasonIsRefused() throws Exception {
        ProcessInstance instance = start(agencies("bolagsverket", 2, "csn", 1, "spv", 1));
        describe(instance, 300_000, "79632000");
        Task task = headTask(instance, ProcurementModel.USER_TASK_APPROVE_START, "csn");
        Map<String, Object> values = new HashMap<>();
        values.put(CostSharingVariables.COST_SHARE_APPROVED, false);
        Assertions.assertThatThrownBy(() -> taskService.complete(task.getId(), values))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("costShareComment");
        Assertions.assertThat(current(instance).lines()).hasSize(3);
        runtimeService.deleteProcessInstance(instance.getId(), "test");
    }

    @Test
    void calledByTheIdeaProcessItTakesTheIdeasDataAndGivesBackTheOutcome() throws Exception {
        // with a contract the idea goes on to course-delivery: a test-only stand-in takes that call
        // (this class's context is closed after it, so the stand-in never meets another test)
        engine.getRepositoryService().createDeployment().name("procurement-test-stand-in")
                .addClasspathResource("idea/stand-in-course-delivery.bpmn").deploy();
        Map<String, Object> submitted = new HashMap<>();
        submitted.put(IdeaVariables.TITLE, "Klarspråk");
        submitted.put(IdeaVariables.DESCRIPTION, "Grundkurs i klarspråk för handläggare som skriver beslut.");
        submitted.put(IdeaVariables.KIND, "course");
        submitted.put(IdeaVariables.TARGET_GROUP, "Handläggare");
        submitted.put(IdeaVariables.ORIGIN_TYPE, "agency");
        submitted.put(IdeaVariables.EXPECTED_PARTICIPANTS, 40L);
        submitted.put(IdeaVariables.ROUGH_COST, 120000L);
        submitted.put(IdeaVariables.WANTED_START, "2026-09-01");
        ProcessInstance idea;
        LoggedIn.as(identityService, "utbkoord-spv");
        try {
            idea = runtimeService.startProcessInstanceByKey("idea", submitted);
        } finally {
            identityService.clearAuthentication();
        }
        complete(idea, IdeaModel.USER_TASK_SCREEN_IDEA, Map.of(IdeaVariables.Names.SCREENING_OUTCOME, "complete"));
        complete(idea, IdeaModel.USER_TASK_SHAPE_IDEA, Map.of("format", "course", "delivery", "external", CostSharingVariables.COST_KEY, "participants",
                "estimatedCost", 150000L, IdeaVariables.Names.INTEREST_DEADLINE, "2026-03-20"));
        for (Task interest : taskService.createTaskQuery().processInstanceId(idea.getId())
                .taskDefinitionKey(IdeaModel.USER_TASK_STATE_INTEREST).list()) {
            String group = taskService.getIdentityLinksForTask(interest.getId()).stream()
                    .filter(l -> l.getGroupId() != null).findFirst().orElseThrow().getGroupId();
            String agency = group.substring(0, group.indexOf("-training-coordinators"));
            long participants = switch (agency) {
                case "bolagsverket" -> 4;
                case "csn" -> 4;
                case "spv" -> 2;
                default -> 0;
            };
            taskService.complete(interest.getId(), Map.of(IdeaVariables.Names.AGENCY_PARTICIPANTS, participants, IdeaVariables.Names.CO_FUNDING, participants > 0));
        }
        complete(idea, IdeaModel.USER_TASK_DECIDE_IDEA, Map.of(IdeaVariables.Names.DECISION, "approve", IdeaVariables.Names.DECISION_REASON, "Stort intresse."));
        executeJob(idea, IdeaModel.CALL_ACTIVITY_PROCUREMENT); // the hand-over is a job of its own

        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("procurement")
                .superProcessInstanceId(idea.getId()).singleResult();
        Assertions.assertThat(instance.getBusinessKey()).isEqualTo(
                runtimeService.createProcessInstanceQuery().processInstanceId(idea.getId()).singleResult().getBusinessKey());
        Assertions.assertThat(runtimeService.getVariables(instance.getId())).containsEntry(SUBJECT, "Klarspråk")
                .containsEntry(ESTIMATED_VALUE, 150000L).containsEntry(CostSharingVariables.COST_KEY, "PER_PARTICIPANT");
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), ProcurementVariables.AGENCY_PARTICIPANTS).toString())
                .contains("{\"agency\":\"bolagsverket\",\"participants\":4}", "{\"agency\":\"spv\",\"participants\":2}");
        describe(instance, 150_000, "80511000");
        Assertions.assertThat(current(instance).line("spv").orElseThrow().share()).isEqualTo(Money.of(new BigDecimal("30000")));
        approveAll(instance, ProcurementModel.USER_TASK_APPROVE_START);
        complete(instance, ProcurementModel.USER_TASK_REQUEST_QUOTES, Map.of(SUPPLIERS_ASKED, "Klartext HB", TENDER_DEADLINE, "2026-03-20"));
        evaluate(instance, List.of(tender("Klartext HB", 140_000, 70, true)), null);
        executeJob(instance, ProcurementModel.SERVICE_TASK_BOOK_AWARD_ALLOCATION);
        approveAll(instance, ProcurementModel.USER_TASK_APPROVE_AWARD);
        complete(instance, ProcurementModel.USER_TASK_DOCUMENT_DIRECT_AWARD, Map.of("docPurchased", "Kurs",
                "docCompetition", "En leverantör tillfrågades.", SUPPLIERS_ASKED, "Klartext HB"));
        registerContract(instance);
        assertThat(instance).isEnded().hasPassed(ProcurementModel.END_EVENT_CONTRACTED);
        // the idea goes on to deliver the procured course, with the contract's supplier and price
        assertThat(idea).isWaitingAt(IdeaModel.CALL_ACTIVITY_PROCURED_COURSE_DELIVERY);
        executeJob(idea, IdeaModel.CALL_ACTIVITY_PROCURED_COURSE_DELIVERY);
        Assertions.assertThat(runtimeService.getVariable(idea.getId(), "followUpOutcome")).isEqualTo("CONTRACTED");
        ProcessInstance delivery = runtimeService.createProcessInstanceQuery().processDefinitionKey("course-delivery")
                .superProcessInstanceId(idea.getId()).singleResult();
        Assertions.assertThat(runtimeService.getVariables(delivery.getId())).containsKeys(SUPPLIER, CONTRACT_PRICE);
        taskService.complete(taskService.createTaskQuery().processInstanceId(delivery.getId()).singleResult().getId());
        assertThat(idea).isEnded().hasPassed(IdeaModel.END_EVENT_TO_PROCURED_COURSE_DELIVERY);
    }

    @Test
    void aMalformedCpvCodeAndAnAgencyListedTwiceAreRefused() throws Exception {
        ProcessInstance instance = start(agencies("bolagsverket", 2, "csn", 1, "spv", 1));
        Map<String, Object> values = new HashMap<>();
        values.put(SUBJECT, "Klarspråk");
        values.put(REQUIREMENT, "Två kursdagar.");
        values.put(CPV_CODE, "8051100x");
        values.put(ESTIMATED_VALUE, 100_000L);
        values.put(PROCURING_AGENCY, "spv");
        values.put(FRAMEWORK_AGREEMENT, "NONE");
        values.put(ProcurementVariables.AGENCY_PARTICIPANTS, Spin.JSON("[{\"agency\":\"csn\",\"participants\":1},{\"agency\":\"csn\",\"participants\":2}]"));
        Assertions.assertThatThrownBy(() -> complete(instance, ProcurementModel.USER_TASK_DESCRIBE_REQUIREMENT, values))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("(cpvCode)")
                .hasMessageContaining("csn två gånger");
        // the procuring agency is one of the directory's agencies the form offers, nothing typed in
        values.put(CPV_CODE, "80511000");
        values.put(ProcurementVariables.AGENCY_PARTICIPANTS, Spin.JSON("[{\"agency\":\"csn\",\"participants\":1}]"));
        values.put(PROCURING_AGENCY, "finns-inte");
        Assertions.assertThatThrownBy(() -> complete(instance, ProcurementModel.USER_TASK_DESCRIBE_REQUIREMENT, values))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("(procuringAgency)")
                .hasMessageContaining("inte finns bland de tillåtna valen");
        assertThat(instance).isWaitingAt(ProcurementModel.USER_TASK_DESCRIBE_REQUIREMENT);
        runtimeService.deleteProcessInstance(instance.getId(), "test");
    }

    /**
     * Issue 20: a procurement dated where the table holds no thresholds stops in a task for the network
     * coordinators, never decided with the last period's figures; once the period is in the table (here a
     * test deployment standing in for the documented edit), completing the task chooses the procedure again.
     */
    @Test
    void withoutThresholdsForTheDayTheCoordinatorIsAskedAndThenTheProcedureIsChosenAgain() throws Exception {
        ProcessInstance instance = start(agencies("bolagsverket", 2, "csn", 1, "spv", 1));
        Object prefilled = runtimeService.getVariable(instance.getId(), ProcurementVariables.AGENCY_PARTICIPANTS);
        Map<String, Object> values = new HashMap<>();
        values.put(SUBJECT, "Ledarskap i staten");
        values.put(REQUIREMENT, "Ett ledarprogram för nya chefer, tre moduler.");
        values.put(CPV_CODE, "79632000");
        values.put(ESTIMATED_VALUE, 800_000L);
        values.put(PROCURING_AGENCY, "spv");
        values.put(FRAMEWORK_AGREEMENT, "NONE");
        values.put(ProcurementVariables.AGENCY_PARTICIPANTS, Spin.JSON(prefilled.toString()));
        complete(instance, ProcurementModel.USER_TASK_DESCRIBE_REQUIREMENT, values);

        assertThat(instance).hasPassedInOrder(ProcurementModel.SERVICE_TASK_PREPARE_PROCEDURE_CHOICE, ProcurementModel.BUSINESS_RULE_TASK_CHOOSE_PROCEDURE,
                ProcurementModel.GATEWAY_THRESHOLDS_FOUND);
        assertThat(instance).isWaitingAt(ProcurementModel.USER_TASK_ADD_THRESHOLDS).task().hasCandidateGroup("network-coordinators");
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), THRESHOLDS_MISSING).toString())
                .startsWith("Tröskelvärden saknas för 2026-03-02 (varor och tjänster, kontraktets värde 800 000 kr");
        Assertions.assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKey(PROCEDURE);
        Assertions.assertThat(ledger.forActivity(instance.getBusinessKey())).as("nothing booked").isEmpty();
        // completed before the table has the period: asked again
        complete(instance, ProcurementModel.USER_TASK_ADD_THRESHOLDS, Map.of(THRESHOLDS_ADDED, true));
        assertThat(instance).isWaitingAt(ProcurementModel.USER_TASK_ADD_THRESHOLDS);

        String deployment = engine.getRepositoryService().createDeployment().name("procurement-test-thresholds-2026")
                .addString("procurement-procedure.dmn", TestThresholds.with2026Period()).deploy().getId();
        try {
            complete(instance, ProcurementModel.USER_TASK_ADD_THRESHOLDS, Map.of(THRESHOLDS_ADDED, true));
            Assertions.assertThat(runtimeService.getVariables(instance.getId()))
                    .containsEntry(PROCEDURE, "BELOW_THRESHOLD_ADVERTISED").containsEntry(DECISION_DATE, "2026-03-02");
            executeJob(instance, ProcurementModel.SERVICE_TASK_BOOK_PRELIMINARY_ALLOCATION);
            assertThat(instance).isWaitingAt(ProcurementModel.USER_TASK_APPROVE_START);
        } finally {
            runtimeService.deleteProcessInstance(instance.getId(), "test");
            engine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }

    /**
     * Issue 20: LOU adds the same financial year's earlier direct awards of the same kind (same CPV group,
     * same procuring agency) to a direct award's value; the heads see the sum; another agency's or another
     * group's purchases do not count.
     */
    @Test
    void earlierDirectAwardsOfTheSameKindInTheYearAreAddedAndShownToTheHeads() throws Exception {
        ClockUtil.setCurrentTime(IN_2025);
        ProcessInstance first = start(agencies("bolagsverket", 2, "csn", 1, "spv", 1));
        describe(first, 420_000, "79632000-3");
        Assertions.assertThat(runtimeService.getVariable(first.getId(), PROCEDURE)).isEqualTo("DIRECT_AWARD");
        approveAll(first, ProcurementModel.USER_TASK_APPROVE_START);
        complete(first, ProcurementModel.USER_TASK_REQUEST_QUOTES, Map.of(SUPPLIERS_ASKED, "Klartext HB", TENDER_DEADLINE, "2025-03-20"));
        evaluate(first, List.of(tender("Klartext HB", 400_000, 70, true)), null);
        executeJob(first, ProcurementModel.SERVICE_TASK_BOOK_AWARD_ALLOCATION);
        approveAll(first, ProcurementModel.USER_TASK_APPROVE_AWARD);
        complete(first, ProcurementModel.USER_TASK_DOCUMENT_DIRECT_AWARD, Map.of("docPurchased", "Kurs", "docCompetition",
                "En leverantör tillfrågades.", SUPPLIERS_ASKED, "Klartext HB"));
        registerContract(first);
        assertThat(first).isEnded().hasNotPassed(ProcurementModel.USER_TASK_POST_AWARD_NOTICE);

        // the same agency buys personnel development (79633000, group 796) again: 400 000 + 350 000 from 700 000
        ProcessInstance second = start(agencies("bolagsverket", 2, "csn", 1, "spv", 1));
        describe(second, 350_000, "79633000");
        Assertions.assertThat(runtimeService.getVariables(second.getId())).containsEntry(EARLIER_DIRECT_AWARDS, 400_000L)
                .containsEntry(DIRECT_AWARD_VALUE, 750_000L).containsEntry(PROCEDURE, "BELOW_THRESHOLD_ADVERTISED")
                .containsEntry(STANDSTILL_APPLIES, true).containsEntry(POST_AWARD_NOTICE, true);
        Task head = headTask(second, ProcurementModel.USER_TASK_APPROVE_START, "csn");
        Assertions.assertThat(taskService.getVariable(head.getId(), VALUE_BASIS)).isEqualTo("kontraktets värde 350 000 kr"
                + " + tidigare direktupphandlingar av samma slag under 2025 (CPV-grupp 796, Statens tjänstepensionsverk (SPV))"
                + " 400 000 kr = 750 000 kr mot direktupphandlingsgränsen");
        runtimeService.deleteProcessInstance(second.getId(), "test");

        // another procuring agency, or another CPV group: nothing earlier to add
        ProcessInstance other = start(agencies("bolagsverket", 2, "csn", 1, "spv", 1));
        runtimeService.setVariable(other.getId(), PROCURING_AGENCY, "csn");
        describe(other, 350_000, "79633000");
        Assertions.assertThat(runtimeService.getVariables(other.getId())).containsEntry(EARLIER_DIRECT_AWARDS, 0L)
                .containsEntry(PROCEDURE, "DIRECT_AWARD");
        runtimeService.deleteProcessInstance(other.getId(), "test");
        ProcessInstance group = start(agencies("bolagsverket", 2, "csn", 1, "spv", 1));
        describe(group, 350_000, "79530000");
        Assertions.assertThat(runtimeService.getVariables(group.getId())).containsEntry(EARLIER_DIRECT_AWARDS, 0L)
                .containsEntry(PROCEDURE, "DIRECT_AWARD");
        runtimeService.deleteProcessInstance(group.getId(), "test");
    }

    /**
     * Issue 20: with a state framework agreement the contract is called off from it: no threshold, no standstill,
     * no post-award notice. By the agreement's ranking the administrator enters supplier and price; the heads give
     * the procuring agency their powers of attorney, shown on the contract and recorded.
     */
    @Test
    void aCallOffByTheFrameworkAgreementsRankingNeedsNoProcedureAndCarriesThePowersOfAttorney() throws Exception {
        ProcessInstance instance = start(agencies("bolagsverket", 2, "csn", 1, "spv", 1));
        framework.put(FRAMEWORK_AGREEMENT, "CALL_OFF");
        framework.put(FRAMEWORK_AGREEMENT_NAME, "Ledarskapsutbildning, Kammarkollegiet dnr 23.3-1234-24");
        framework.put(RENEWED_COMPETITION, false);
        describe(instance, 2_500_000, "80532000");
        Assertions.assertThat(runtimeService.getVariables(instance.getId())).containsEntry(PROCEDURE, "CALL_OFF")
                .containsEntry(STANDSTILL_APPLIES, false).containsEntry(POST_AWARD_NOTICE, false)
                .containsEntry(DOCUMENTATION_REQUIRED, false);
        assertThat(instance).hasPassed(ProcurementModel.SERVICE_TASK_CHOOSE_CALL_OFF).hasNotPassed(ProcurementModel.BUSINESS_RULE_TASK_CHOOSE_PROCEDURE);
        for (Task head : taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(ProcurementModel.USER_TASK_APPROVE_START).list()) {
            decide(instance, ProcurementModel.USER_TASK_APPROVE_START, (String) taskService.getVariable(head.getId(), CostSharingVariables.AGENCY_CODE), true);
        }
        // spv procures: the heads of bolagsverket and csn give it their powers of attorney, each in a task of its own
        List<Task> powers = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(ProcurementModel.USER_TASK_GRANT_POWER_OF_ATTORNEY).list();
        Assertions.assertThat(powers).hasSize(2);
        Assertions.assertThat(headTask(instance, ProcurementModel.USER_TASK_GRANT_POWER_OF_ATTORNEY, "csn")).isNotNull();
        Assertions.assertThat(headTask(instance, ProcurementModel.USER_TASK_GRANT_POWER_OF_ATTORNEY, "spv")).isNull();
        Task csn = headTask(instance, ProcurementModel.USER_TASK_GRANT_POWER_OF_ATTORNEY, "csn");
        Assertions.assertThat(taskService.getVariable(csn.getId(), AGENCY_NAME)).isEqualTo("Centrala studiestödsnämnden (CSN)");
        Assertions.assertThatThrownBy(() -> taskService.complete(csn.getId(), Map.of(POWER_OF_ATTORNEY_GRANTED, false)))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("powerOfAttorneyGranted");
        Assertions.assertThat(grantPowersOfAttorney(instance)).containsExactlyInAnyOrder("bolagsverket", "csn");

        assertThat(instance).isWaitingAt(ProcurementModel.USER_TASK_CALL_OFF);
        complete(instance, ProcurementModel.USER_TASK_CALL_OFF, Map.of(SUPPLIER, "Ledarskapshuset AB", CALL_OFF_PRICE, 2_400_000.5,
                CALL_OFF_REFERENCE, "Avrop 2026-17"));
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), CONTRACT_PRICE)).isEqualTo("2400000.50");
        executeJob(instance, ProcurementModel.SERVICE_TASK_BOOK_AWARD_ALLOCATION);
        approveAll(instance, ProcurementModel.USER_TASK_APPROVE_AWARD);
        Task contractTask = task(instance, ProcurementModel.USER_TASK_REGISTER_CONTRACT);
        Assertions.assertThat(taskService.getVariable(contractTask.getId(), POWERS_OF_ATTORNEY).toString())
                .contains("Bolagsverket: fullmakt till Statens tjänstepensionsverk (SPV) given 2026-03-02 av chef-bolagsverket")
                .contains("Centrala studiestödsnämnden (CSN): fullmakt till");
        registerContract(instance);
        assertThat(instance).isEnded().hasPassedInOrder(ProcurementModel.GATEWAY_FRAMEWORK_AGREEMENT, ProcurementModel.SERVICE_TASK_CHOOSE_CALL_OFF,
                ProcurementModel.USER_TASK_GRANT_POWER_OF_ATTORNEY, ProcurementModel.USER_TASK_CALL_OFF, ProcurementModel.USER_TASK_APPROVE_AWARD, ProcurementModel.USER_TASK_REGISTER_CONTRACT,
                ProcurementModel.END_EVENT_CONTRACTED).hasNotPassed(ProcurementModel.USER_TASK_REQUEST_QUOTES, ProcurementModel.USER_TASK_SEND_AWARD_DECISION,
                ProcurementModel.USER_TASK_POST_AWARD_NOTICE, ProcurementModel.USER_TASK_DOCUMENT_DIRECT_AWARD);
        Contract contract = contracts.find(instance.getBusinessKey()).orElseThrow();
        Assertions.assertThat(contract.procedure()).isEqualTo("CALL_OFF");
        Assertions.assertThat(contract.frameworkAgreement()).isEqualTo("CALL_OFF");
        Assertions.assertThat(contract.frameworkAgreementName()).startsWith("Ledarskapsutbildning");
        Assertions.assertThat(contract.price()).isEqualTo(Money.of(new BigDecimal("2400000.50")));
        Assertions.assertThat(contract.powersOfAttorney()).contains("Bolagsverket: fullmakt").contains("(CSN): fullmakt");
        Assertions.assertThat(contracts.powersOfAttorney(instance.getBusinessKey())).extracting(
                ProcurementRepository.PowerOfAttorney::agency, ProcurementRepository.PowerOfAttorney::procuringAgency)
                .containsExactly(Assertions.tuple("bolagsverket", "spv"), Assertions.tuple("csn", "spv"));
    }

    /** A framework agreement that asks for a renewed competition: its suppliers are asked like quotes, then evaluated. */
    @Test
    void aCallOffWithRenewedCompetitionAsksTheFrameworksSuppliers() throws Exception {
        ProcessInstance instance = start(agencies("bolagsverket", 2, "csn", 1, "spv", 1));
        framework.put(FRAMEWORK_AGREEMENT, "CALL_OFF");
        framework.put(FRAMEWORK_AGREEMENT_NAME, "Utbildningstjänster, dnr 23.3-999-25");
        framework.put(RENEWED_COMPETITION, true);
        describe(instance, 1_800_000, "80511000");
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), MINIMUM_TENDER_PERIOD_DAYS)).isEqualTo(10);
        approveAll(instance, ProcurementModel.USER_TASK_APPROVE_START);
        assertThat(instance).isWaitingAt(ProcurementModel.USER_TASK_REQUEST_QUOTES);
        complete(instance, ProcurementModel.USER_TASK_REQUEST_QUOTES, Map.of(SUPPLIERS_ASKED, "Ramavtalets tre leverantörer",
                TENDER_DEADLINE, "2026-03-12"));
        evaluate(instance, List.of(tender("Kompetenslyftet AB", 1_700_000, 80, true)), null);
        executeJob(instance, ProcurementModel.SERVICE_TASK_BOOK_AWARD_ALLOCATION);
        approveAll(instance, ProcurementModel.USER_TASK_APPROVE_AWARD);
        registerContract(instance);
        assertThat(instance).isEnded().hasPassed(ProcurementModel.USER_TASK_REQUEST_QUOTES, ProcurementModel.GATEWAY_READY_FOR_CONTRACT)
                .hasNotPassed(ProcurementModel.USER_TASK_CALL_OFF, ProcurementModel.USER_TASK_SEND_AWARD_DECISION, ProcurementModel.USER_TASK_POST_AWARD_NOTICE);
    }

    /**
     * Not using a state framework agreement that covers the need: the reason is required, the application writes the
     * avstegsanmälan to Kammarkollegiet, the administrator sends it and records when; then the procedure is chosen.
     */
    @Test
    void notUsingTheFrameworkAgreementIsReportedToKammarkollegietBeforeTheProcedure() throws Exception {
        ProcessInstance instance = start(agencies("bolagsverket", 2, "csn", 1, "spv", 1));
        Object prefilled = runtimeService.getVariable(instance.getId(), ProcurementVariables.AGENCY_PARTICIPANTS);
        Map<String, Object> values = new HashMap<>(Map.of(SUBJECT, "Klarspråk", REQUIREMENT, "Två kursdagar.",
                CPV_CODE, "79632000", ESTIMATED_VALUE, 300_000L, PROCURING_AGENCY, "spv",
                ProcurementVariables.AGENCY_PARTICIPANTS, Spin.JSON(prefilled.toString()), FRAMEWORK_AGREEMENT, "DEVIATION"));
        Assertions.assertThatThrownBy(() -> complete(instance, ProcurementModel.USER_TASK_DESCRIBE_REQUIREMENT, values))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("(frameworkAgreementName)")
                .hasMessageContaining("(deviationReason)");
        framework.put(FRAMEWORK_AGREEMENT, "DEVIATION");
        framework.put(FRAMEWORK_AGREEMENT_NAME, "Kompetensutveckling, dnr 23.3-555-24");
        framework.put(DEVIATION_REASON, "Ramavtalets leverantörer erbjuder inte kursen på plats i Västernorrland.");
        describe(instance, 300_000, "79632000");
        assertThat(instance).isWaitingAt(ProcurementModel.USER_TASK_REPORT_DEVIATION).task().hasCandidateGroup("training-administrators");
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), DEVIATION_REPORT).toString())
                .startsWith("Avstegsanmälan till Kammarkollegiet").contains("Myndighet: Statens tjänstepensionsverk (SPV)")
                .contains("Kompetensutveckling, dnr 23.3-555-24").contains("300 000 kr")
                .contains("Skäl till avsteget: Ramavtalets leverantörer erbjuder inte kursen");
        complete(instance, ProcurementModel.USER_TASK_REPORT_DEVIATION, Map.of(DEVIATION_REPORTED_ON, "2026-03-02",
                DEVIATION_REPORT_REFERENCE, "KAMK 2026-0311"));
        ProcurementRepository.DeviationReport report = contracts.deviationReport(instance.getBusinessKey()).orElseThrow();
        Assertions.assertThat(report.reference()).isEqualTo("KAMK 2026-0311");
        Assertions.assertThat(report.text()).contains("förordningen (1998:796)");
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), PROCEDURE)).isEqualTo("DIRECT_AWARD");
        executeJob(instance, ProcurementModel.SERVICE_TASK_BOOK_PRELIMINARY_ALLOCATION);
        assertThat(instance).hasPassedInOrder(ProcurementModel.GATEWAY_FRAMEWORK_AGREEMENT, ProcurementModel.USER_TASK_REPORT_DEVIATION,
                ProcurementModel.BUSINESS_RULE_TASK_CHOOSE_PROCEDURE).isWaitingAt(ProcurementModel.USER_TASK_APPROVE_START);
        runtimeService.deleteProcessInstance(instance.getId(), "test");
    }

    /** Issue 17: whatever path ran, no variable is stored as a Java object (lists and maps are Spin JSON). */
    @AfterEach
    void noVariableIsStoredAsAJavaObject() {
        StoredVariables.assertNoneStoredAsJava(jdbc);
    }
}
