package se.agencynetwork.staffloan;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.agencynetwork.models.ids.StaffLoanModel.BOUNDARY_EVENT_ANSWER_DATE_PASSED;
import static se.agencynetwork.models.ids.StaffLoanModel.END_EVENT_AGREEMENT_NOT_APPROVED;
import static se.agencynetwork.models.ids.StaffLoanModel.END_EVENT_NEED_RETURNED;
import static se.agencynetwork.models.ids.StaffLoanModel.END_EVENT_NO_LOAN;
import static se.agencynetwork.models.ids.StaffLoanModel.BOUNDARY_EVENT_MONTH_BEFORE_END;
import static se.agencynetwork.models.ids.StaffLoanModel.END_EVENT_LOAN_ENDED;
import static se.agencynetwork.models.ids.StaffLoanModel.END_EVENT_LOAN_EVALUATED;
import static se.agencynetwork.models.ids.StaffLoanModel.SERVICE_TASK_OPEN_EVALUATION;
import static se.agencynetwork.models.ids.StaffLoanModel.START_EVENT_LOAN_RUNS;
import static se.agencynetwork.models.ids.StaffLoanModel.SUB_PROCESS_RUNNING_LOAN;
import static se.agencynetwork.models.ids.StaffLoanModel.USER_TASK_EVALUATE_LOAN;
import static se.agencynetwork.models.ids.StaffLoanModel.END_EVENT_REMINDED;
import static se.agencynetwork.models.ids.StaffLoanModel.GATEWAY_ANY_OFFER;
import static se.agencynetwork.models.ids.StaffLoanModel.GATEWAY_AWAIT_CHANGE;
import static se.agencynetwork.models.ids.StaffLoanModel.GATEWAY_CHANGE_DONE;
import static se.agencynetwork.models.ids.StaffLoanModel.GATEWAY_CHANGE_KIND;
import static se.agencynetwork.models.ids.StaffLoanModel.GATEWAY_EXTENSION_APPROVED;
import static se.agencynetwork.models.ids.StaffLoanModel.GATEWAY_LOAN_OVER;
import static se.agencynetwork.models.ids.StaffLoanModel.GATEWAY_NEXT_MONTH;
import static se.agencynetwork.models.ids.StaffLoanModel.GATEWAY_SPLIT_LOAN;
import static se.agencynetwork.models.ids.StaffLoanModel.INTERMEDIATE_EVENT_MONTH_OVER;
import static se.agencynetwork.models.ids.StaffLoanModel.SERVICE_TASK_BOOK_MONTH;
import static se.agencynetwork.models.ids.StaffLoanModel.SERVICE_TASK_CHANGE_EXTENT;
import static se.agencynetwork.models.ids.StaffLoanModel.SERVICE_TASK_END_EARLY;
import static se.agencynetwork.models.ids.StaffLoanModel.SERVICE_TASK_END_LOAN;
import static se.agencynetwork.models.ids.StaffLoanModel.SERVICE_TASK_EXTEND;
import static se.agencynetwork.models.ids.StaffLoanModel.SERVICE_TASK_REFUSE_EXTENSION;
import static se.agencynetwork.models.ids.StaffLoanModel.SERVICE_TASK_REMIND_END;
import static se.agencynetwork.models.ids.StaffLoanModel.USER_TASK_APPROVE_EXTENSION;
import static se.agencynetwork.models.ids.StaffLoanModel.USER_TASK_CHANGE_LOAN;
import static se.agencynetwork.models.ids.StaffLoanModel.GATEWAY_BORROWER_APPROVES;
import static se.agencynetwork.models.ids.StaffLoanModel.GATEWAY_CONSENT_GIVEN;
import static se.agencynetwork.models.ids.StaffLoanModel.GATEWAY_JOIN_APPROVALS;
import static se.agencynetwork.models.ids.StaffLoanModel.GATEWAY_JOIN_OFFERS;
import static se.agencynetwork.models.ids.StaffLoanModel.GATEWAY_LENDER_APPROVES;
import static se.agencynetwork.models.ids.StaffLoanModel.GATEWAY_NEED_PUBLISHABLE;
import static se.agencynetwork.models.ids.StaffLoanModel.GATEWAY_OFFER_CHOSEN;
import static se.agencynetwork.models.ids.StaffLoanModel.GATEWAY_SPLIT_APPROVALS;
import static se.agencynetwork.models.ids.StaffLoanModel.SERVICE_TASK_CLOSE_WITHOUT_LOAN;
import static se.agencynetwork.models.ids.StaffLoanModel.SERVICE_TASK_COMPILE_OFFERS;
import static se.agencynetwork.models.ids.StaffLoanModel.SERVICE_TASK_COMPUTE_REIMBURSEMENT;
import static se.agencynetwork.models.ids.StaffLoanModel.SERVICE_TASK_CONCLUDE_AGREEMENT;
import static se.agencynetwork.models.ids.StaffLoanModel.SERVICE_TASK_INFORM_PERSON;
import static se.agencynetwork.models.ids.StaffLoanModel.SERVICE_TASK_PUBLISH_NEED;
import static se.agencynetwork.models.ids.StaffLoanModel.SERVICE_TASK_RECORD_REFUSAL;
import static se.agencynetwork.models.ids.StaffLoanModel.SERVICE_TASK_REGISTER_NEED;
import static se.agencynetwork.models.ids.StaffLoanModel.SERVICE_TASK_RETURN_NEED;
import static se.agencynetwork.models.ids.StaffLoanModel.START_EVENT_NEED_POSTED;
import static se.agencynetwork.models.ids.StaffLoanModel.USER_TASK_APPROVE_AS_BORROWER;
import static se.agencynetwork.models.ids.StaffLoanModel.USER_TASK_APPROVE_AS_LENDER;
import static se.agencynetwork.models.ids.StaffLoanModel.USER_TASK_CHOOSE_OFFER;
import static se.agencynetwork.models.ids.StaffLoanModel.USER_TASK_DRAFT_TERMS;
import static se.agencynetwork.models.ids.StaffLoanModel.USER_TASK_OFFER_STAFF;
import static se.agencynetwork.models.ids.StaffLoanModel.USER_TASK_RECORD_CONSENT;
import static se.agencynetwork.models.ids.StaffLoanModel.USER_TASK_REVIEW_NEED;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.AGENCY_NAME;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.AGREEMENT_SUMMARY;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.ANSWER_DATE;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.APPROVAL_DECISION;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.BORROWING_AGENCY;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.CHOICE_REASON;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.CHOSEN_OFFER;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.COMPETENCE;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.CONSENT_DECISION;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.CONSENT_NOTE;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.DECLINE_REASON;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.EXTENT_PERCENT;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.EXTRA_COSTS;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.EXTRA_COSTS_TEXT;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.LENDING_AGENCY;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.LOAN_END;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.LOAN_EXTENT;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.LOAN_MONTHLY_SALARY;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.LOAN_START;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.MONTHLY_REIMBURSEMENT;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.MONTHLY_SALARY;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.NEED_END;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.NEED_START;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.NOTICE_MONTHS;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.OFFERED_END;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.OFFERED_EXTENT;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.OFFERED_START;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.OFFERS_OVERVIEW;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.OFFER_COMMENT;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.OFFER_COUNT;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.OFFER_DECISION;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.OFFER_OPTIONS;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.PERSON_EMAIL;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.PERSON_NAME;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.PLACE;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.PLACE_OF_WORK;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.REMOTE_POSSIBLE;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.REVIEW_COMMENT;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.REVIEW_DECISION;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.SECRECY_TERMS;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.SECURITY_REQUIREMENTS;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.TITLE;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.TRAVEL_COSTS;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.WORKING_HOURS;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.WORK_DESCRIPTION;
import static se.agencynetwork.staffloan.StaffLoanVariables.Names.WORK_LEADER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import se.agencynetwork.directory.Groups;
import se.agencynetwork.costsharing.AllocationKind;
import se.agencynetwork.costsharing.CostLedger;
import se.agencynetwork.costsharing.InvoicingRuns;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.notification.DueDateCheck;
import se.agencynetwork.process.NetworkTime;

/**
 * Staff loans (staff-loan) with the real delegates, the demo directory (16 agencies), H2 and the
 * mail outbox: every path of the model, the salary kept out of other agencies' reach, the
 * reimbursement to the öre and the agreement PDF with who may download it. CSN borrows; SPV and
 * Bolagsverket offer. The overhead rates are configured here, so the figures do not move with the
 * example rates of application.yaml. Every flow node and sequence flow must be covered by this class. The
 * profiles come from the build (demo, test; with -Ppostgres also postgres), so the ledger rows of a running
 * loan are checked on PostgreSQL too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "network.staff-loan.overhead-rates[0].valid-from=2000-01-01",
        "network.staff-loan.overhead-rates[0].rate=0.4915",
        "network.staff-loan.overhead-rates[1].valid-from=2090-01-01",
        "network.staff-loan.overhead-rates[1].rate=0.6000"})
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class StaffLoanProcessTest {

    static final String BORROWER = "csn";
    static final String LENDER = "spv";
    static final String OTHER = "bolagsverket";
    static final String HR_MANAGER = "utbkoord-csn"; // in wg-hr-managers, works at CSN

    @TestConfiguration
    @Import(ProcessEngineCoverageConfiguration.class)
    static class CoverageGate {
        @Bean
        @Primary
        ProcessEngineCoverageProperties staffLoanCoverage() {
            return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0).build();
        }
    }

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired RepositoryService repositoryService;
    @Autowired FormService formService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired HistoryService historyService;
    @Autowired JdbcTemplate jdbc;
    @Autowired NetworkDirectory directory;
    @Autowired StaffLoanRepository repository;
    @Autowired StaffLoanAgreementPdf pdf;
    @Autowired TestRestTemplate rest;
    @Autowired CostLedger ledger;
    @Autowired InvoicingRuns invoicing;
    @Autowired DueDateCheck dueDates;
    @org.springframework.boot.test.web.server.LocalServerPort int port;


    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(processEngine);
    }

    /** The network's today: the tests of the running loan move the engine clock. */
    static LocalDate today() {
        return NetworkTime.today();
    }

    @AfterEach
    void resetAssertions() {
        NetworkTime.reset();
        identityService.clearAuthentication();
        BpmnAwareTests.reset();
    }

    @Test
    void offersAreMadeOneIsChosenBothHeadsApproveAndThePersonConsents() throws Exception {
        ProcessInstance instance = postNeed(HR_MANAGER);
        String key = instance.getBusinessKey();
        Assertions.assertThat(key).matches("LOAN-\\d{4}-\\d{4}");
        assertThat(instance).isWaitingAt(USER_TASK_REVIEW_NEED).variables().containsEntry(BORROWING_AGENCY, BORROWER);
        review(instance, "publish", null);

        List<Task> offers = offerTasks(instance);
        Assertions.assertThat(offers).as("every agency but the borrower").hasSize(15);
        Assertions.assertThat(offers).allSatisfy(task -> Assertions.assertThat(task.getDueDate()).isNotNull());
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskCandidateGroup(Groups.headsOf(BORROWER)).count()).as("no offer task for the borrower").isZero();
        Task spvTask = offerTask(instance, LENDER);
        Assertions.assertThat(spvTask.getName()).startsWith("Erbjud personal – Statens tjänstepensionsverk (SPV) – " + key);

        offer(instance, LENDER, "Sara Lind", "sara.lind@spv.example", 50L, 45123.45, "Erfaren upphandlare.");
        // SPV's offer and its salary stay on SPV's execution: not on the instance, not in Bolagsverket's task
        Assertions.assertThat(runtimeService.getVariables(instance.getId()))
                .doesNotContainKeys(MONTHLY_SALARY, PERSON_NAME, PERSON_EMAIL, OFFERS_OVERVIEW);
        Task bolagsverket = offerTask(instance, OTHER);
        Assertions.assertThat(taskService.getVariables(bolagsverket.getId()))
                .containsEntry(MONTHLY_SALARY, null).containsEntry(PERSON_NAME, null)
                .containsEntry(AGENCY_NAME, "Bolagsverket");
        offer(instance, OTHER, "Per Ek", "per.ek@bolagsverket.example", 100L, 52000.00, null);
        for (Task task : offerTasks(instance)) {
            decline(task);
        }

        assertThat(instance).hasPassed(GATEWAY_JOIN_OFFERS, SERVICE_TASK_COMPILE_OFFERS, GATEWAY_ANY_OFFER)
                .hasNotPassed(BOUNDARY_EVENT_ANSWER_DATE_PASSED)
                .isWaitingAt(USER_TASK_CHOOSE_OFFER).variables().containsEntry(OFFER_COUNT, 2);
        Assertions.assertThat(jdbc.queryForObject("select count(*) from staff_loan_offer where business_key = ?",
                Integer.class, key)).isEqualTo(2);

        Task choice = task(instance, USER_TASK_CHOOSE_OFFER);
        Assertions.assertThat(candidates(choice)).containsExactly(Groups.headsOf(BORROWER));
        Assertions.assertThat(taskService.getIdentityLinksForTask(choice.getId())).extracting(IdentityLink::getUserId)
                .contains(HR_MANAGER);
        Map<String, Object> choiceVariables = taskService.getVariablesLocal(choice.getId());
        Assertions.assertThat((String) choiceVariables.get(OFFERS_OVERVIEW))
                .contains("Sara Lind", "45 123,45", "Per Ek", "52 000,00");
        Assertions.assertThat(choiceVariables.get(OFFER_OPTIONS).toString()).contains("\"spv\"", "\"bolagsverket\"", "\"none\"");
        complete(choice, "chef-csn", Map.of(CHOSEN_OFFER, LENDER, CHOICE_REASON, ""));

        assertThat(instance).isWaitingAt(USER_TASK_DRAFT_TERMS).variables()
                .containsEntry(LENDING_AGENCY, LENDER)
                .containsEntry(LOAN_MONTHLY_SALARY, "45123.45")
                .containsEntry(LOAN_EXTENT, 50L)
                .containsEntry(PLACE_OF_WORK, "Sundsvall")
                .doesNotContainKey(OFFERS_OVERVIEW);
        Assertions.assertThat(mailsTo(key, "chef-spv@spv.example")).anyMatch(s -> s.startsWith("Ert erbjudande har valts"));
        Assertions.assertThat(mailsTo(key, "chef-bolagsverket@bolagsverket.example"))
                .anyMatch(s -> s.startsWith("Ert erbjudande valdes inte"));

        writeTerms(instance, 37L, 1234.56);
        assertThat(instance).hasPassed(SERVICE_TASK_COMPUTE_REIMBURSEMENT, GATEWAY_SPLIT_APPROVALS);
        // 45 123,45 × 37 % = 16 695,68; × 0,4915 = 8 205,93; + 1 234,56 = 26 136,17
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), MONTHLY_REIMBURSEMENT)).isEqualTo("26136.17");
        Assertions.assertThat((String) runtimeService.getVariable(instance.getId(), AGREEMENT_SUMMARY))
                .contains("Lönekostnadspåslag 49,15 %: 8 205,93 kr", "Ersättning per månad: 26 136,17 kr");

        Task lenderApproval = task(instance, USER_TASK_APPROVE_AS_LENDER);
        Assertions.assertThat(candidates(lenderApproval)).containsExactly(Groups.headsOf(LENDER));
        approve(instance, USER_TASK_APPROVE_AS_BORROWER, "chef-csn", "approve", null);
        Assertions.assertThat(taskService.getVariable(lenderApproval.getId(), APPROVAL_DECISION))
                .as("the other head's decision is not pre-filled").isNull();
        approve(instance, USER_TASK_APPROVE_AS_LENDER, "chef-spv", "approve", null);
        assertThat(instance).hasPassed(GATEWAY_JOIN_APPROVALS).isWaitingAt(USER_TASK_RECORD_CONSENT);
        complete(task(instance, USER_TASK_RECORD_CONSENT), "chef-spv",
                Map.of(CONSENT_DECISION, "given", CONSENT_NOTE, "Skriftligt samtycke 2026-12-01."));

        // the loan runs: the months are booked as they end, either head may change it
        assertThat(instance).isWaitingAt(USER_TASK_CHANGE_LOAN, INTERMEDIATE_EVENT_MONTH_OVER)
                .hasPassedInOrder(START_EVENT_NEED_POSTED, SERVICE_TASK_REGISTER_NEED,
                USER_TASK_REVIEW_NEED, GATEWAY_NEED_PUBLISHABLE, SERVICE_TASK_PUBLISH_NEED, USER_TASK_OFFER_STAFF,
                GATEWAY_JOIN_OFFERS, SERVICE_TASK_COMPILE_OFFERS, GATEWAY_ANY_OFFER, USER_TASK_CHOOSE_OFFER,
                GATEWAY_OFFER_CHOSEN, USER_TASK_DRAFT_TERMS, SERVICE_TASK_COMPUTE_REIMBURSEMENT,
                GATEWAY_SPLIT_APPROVALS, USER_TASK_APPROVE_AS_LENDER, GATEWAY_LENDER_APPROVES, GATEWAY_JOIN_APPROVALS,
                USER_TASK_RECORD_CONSENT, GATEWAY_CONSENT_GIVEN, SERVICE_TASK_CONCLUDE_AGREEMENT,
                SERVICE_TASK_INFORM_PERSON, GATEWAY_SPLIT_LOAN);
        Assertions.assertThat(candidates(task(instance, USER_TASK_CHANGE_LOAN)))
                .containsExactlyInAnyOrder(Groups.headsOf(BORROWER), Groups.headsOf(LENDER));
        assertThat(instance).hasPassed(GATEWAY_BORROWER_APPROVES).hasNotPassed(SERVICE_TASK_RECORD_REFUSAL);

        Map<String, Object> row = jdbc.queryForMap("select * from staff_loan where business_key = ?", key);
        Assertions.assertThat(row).containsEntry("STATUS", "APPROVED").containsEntry("LENDING_AGENCY", LENDER)
                .containsEntry("REQUESTED_BY", HR_MANAGER).containsEntry("REVIEWED_BY", "koordinator")
                .containsEntry("BORROWER_APPROVED_BY", "chef-csn").containsEntry("LENDER_APPROVED_BY", "chef-spv")
                .containsEntry("CONSENT_RECORDED_BY", "chef-spv").containsEntry("LOAN_EXTENT_PERCENT", 37)
                .containsEntry("WORK_LEADER", "Enhetschef Upphandling, CSN");
        Assertions.assertThat((BigDecimal) row.get("MONTHLY_REIMBURSEMENT")).isEqualByComparingTo("26136.17");
        Assertions.assertThat((BigDecimal) row.get("OVERHEAD_RATE")).isEqualByComparingTo("0.4915");
        Assertions.assertThat(row.get("AGREED_AT")).isNotNull();

        // mails: the borrower, the lender and the coordinators of the agreement (with the PDF link), the person
        Assertions.assertThat(mailsTo(key, "chef-csn@csn.example")).contains("Avtalet om utlån är godkänt: Upphandlare ("
                + key + ")");
        Assertions.assertThat(mailsTo(key, "utbkoord-csn@csn.example")).anyMatch(s -> s.startsWith("Behovet är publicerat"));
        Assertions.assertThat(mailsTo(key, "koordinator@spv.example")).anyMatch(s -> s.startsWith("Avtalet om utlån är godkänt"));
        Assertions.assertThat(mailsTo(key, "sara.lind@spv.example")).containsExactly("Ditt utlån är bekräftat: Upphandlare ("
                + key + ")");
        Assertions.assertThat(jdbc.queryForObject("select body_text from notification_mail where business_key = ?"
                + " and recipient_address = 'sara.lind@spv.example'", String.class, key)).doesNotContain("45", "kr");
        Assertions.assertThat(jdbc.queryForObject("select body_text from notification_mail where business_key = ?"
                + " and recipient_address = 'chef-spv@spv.example' and subject like 'Avtalet om utlån är godkänt%'",
                String.class, key)).contains("/api/staff-loans/" + key + "/agreement.pdf");

        // the agreement as a PDF from the stored row, Swedish, every figure to the öre
        String text = pdfText(pdf.render(repository.agreement(key).orElseThrow()));
        Assertions.assertThat(text).contains("Avtal om utlån av personal", key, "Statens tjänstepensionsverk (SPV)",
                "Centrala studiestödsnämnden (CSN)", "Sara Lind", "37 % av heltid", "Enhetschef Upphandling, CSN",
                "45 123,45 kr", "16 695,68 kr", "8 205,93 kr", "1 234,56 kr", "26 136,17 kr", "chef-csn", "chef-spv");

        // downloaded over the API by the two heads, the coordinator and an administrator; nobody else
        Assertions.assertThat(download("chef-csn", key).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<byte[]> lender = download("chef-spv", key);
        Assertions.assertThat(lender.getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(lender.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        Assertions.assertThat(pdfText(lender.getBody())).contains("26 136,17 kr");
        Assertions.assertThat(download("koordinator", key).getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(download("admin", key).getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(download("chef-bolagsverket", key).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(download(HR_MANAGER, key).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(download("chef-csn", "LOAN-1999-0001").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        Assertions.assertThat(rest.getForEntity("/api/staff-loans/" + key + "/agreement.pdf", byte[].class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theCoordinatorReturnsTheNeedWithAReason() {
        ProcessInstance instance = postNeed("chef-csn");
        Task review = task(instance, USER_TASK_REVIEW_NEED);
        assertThatThrownBy(() -> complete(review, "koordinator", Map.of(REVIEW_DECISION, "return", REVIEW_COMMENT, "")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("(reviewComment)");
        review(instance, "return", "Beskriv säkerhetskraven närmare.");

        assertThat(instance).isEnded().hasPassedInOrder(USER_TASK_REVIEW_NEED, GATEWAY_NEED_PUBLISHABLE,
                SERVICE_TASK_RETURN_NEED, END_EVENT_NEED_RETURNED).hasNotPassed(SERVICE_TASK_PUBLISH_NEED);
        Assertions.assertThat(jdbc.queryForMap("select status, status_reason from staff_loan where business_key = ?",
                instance.getBusinessKey())).containsEntry("STATUS", "RETURNED")
                .containsEntry("STATUS_REASON", "Beskriv säkerhetskraven närmare.");
        Assertions.assertThat(mailsTo(instance.getBusinessKey(), "chef-csn@csn.example"))
                .containsExactly("Behovet publicerades inte: Upphandlare (" + instance.getBusinessKey() + ")");
    }

    @Test
    void silenceUntilTheAnswerDateMeansNoOfferAndTheNeedCloses() {
        ProcessInstance instance = postNeed(HR_MANAGER);
        review(instance, "publish", null);
        decline(offerTask(instance, OTHER));

        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(BOUNDARY_EVENT_ANSWER_DATE_PASSED).singleResult().getId());

        assertThat(instance).isEnded().hasPassedInOrder(USER_TASK_OFFER_STAFF, BOUNDARY_EVENT_ANSWER_DATE_PASSED,
                GATEWAY_JOIN_OFFERS, SERVICE_TASK_COMPILE_OFFERS, GATEWAY_ANY_OFFER, SERVICE_TASK_CLOSE_WITHOUT_LOAN,
                END_EVENT_NO_LOAN).hasNotPassed(USER_TASK_CHOOSE_OFFER);
        Assertions.assertThat(jdbc.queryForMap("select status, status_reason from staff_loan where business_key = ?",
                instance.getBusinessKey())).containsEntry("STATUS", "CLOSED_NO_LOAN")
                .containsEntry("STATUS_REASON", CompileStaffLoanOffers.NO_OFFERS);
        Assertions.assertThat(mailsTo(instance.getBusinessKey(), "koordinator@spv.example"))
                .anyMatch(s -> s.startsWith("Behovet avslutat utan utlån"));
    }

    @Test
    void theBorrowerTakesNoneOfTheOffersAndSaysWhy() {
        ProcessInstance instance = published();
        offer(instance, LENDER, "Sara Lind", "sara.lind@spv.example", 50L, 45000.00, null);
        closeOfferRound(instance);
        Task choice = task(instance, USER_TASK_CHOOSE_OFFER);
        assertThatThrownBy(() -> complete(choice, "chef-csn", Map.of(CHOSEN_OFFER, "none", CHOICE_REASON, " ")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("(choiceReason)");
        assertThatThrownBy(() -> complete(choice, "chef-csn", Map.of(CHOSEN_OFFER, OTHER, CHOICE_REASON, "")))
                .as("only an offer that was made").isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("chosenOffer");
        complete(choice, "chef-csn", Map.of(CHOSEN_OFFER, "none", CHOICE_REASON, "Behovet löstes internt."));

        assertThat(instance).isEnded().hasPassedInOrder(USER_TASK_CHOOSE_OFFER, GATEWAY_OFFER_CHOSEN,
                SERVICE_TASK_CLOSE_WITHOUT_LOAN, END_EVENT_NO_LOAN);
        Assertions.assertThat(jdbc.queryForObject("select status_reason from staff_loan where business_key = ?",
                String.class, instance.getBusinessKey())).isEqualTo("Behovet löstes internt.");
        Assertions.assertThat(mailsTo(instance.getBusinessKey(), "chef-spv@spv.example"))
                .containsExactly("Ert erbjudande valdes inte: Upphandlare (" + instance.getBusinessKey() + ")");
    }

    @Test
    void theBorrowingHeadDeclinesAndTheLendersTaskIsWithdrawn() {
        ProcessInstance instance = agreementDrafted();
        assertThatThrownBy(() -> approve(instance, USER_TASK_APPROVE_AS_BORROWER, "chef-csn", "decline", ""))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("(declineReason)");
        approve(instance, USER_TASK_APPROVE_AS_BORROWER, "chef-csn", "decline", "För dyrt i år.");

        assertThat(instance).isEnded().hasPassedInOrder(USER_TASK_APPROVE_AS_BORROWER, GATEWAY_BORROWER_APPROVES,
                SERVICE_TASK_RECORD_REFUSAL, END_EVENT_AGREEMENT_NOT_APPROVED).hasNotPassed(GATEWAY_LENDER_APPROVES);
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        Map<String, Object> row = jdbc.queryForMap("select status, status_reason, lender_approved_by from staff_loan"
                + " where business_key = ?", instance.getBusinessKey());
        Assertions.assertThat(row).containsEntry("STATUS", "NOT_APPROVED")
                .containsEntry("STATUS_REASON", "Centrala studiestödsnämnden (CSN) godkänner inte avtalet: För dyrt i år.")
                .containsEntry("LENDER_APPROVED_BY", null);
        Assertions.assertThat(mailsTo(instance.getBusinessKey(), "chef-spv@spv.example"))
                .contains("Avtalet om utlån blev inte av: Upphandlare (" + instance.getBusinessKey() + ")");
    }

    @Test
    void theLendingHeadDeclines() {
        ProcessInstance instance = agreementDrafted();
        approve(instance, USER_TASK_APPROVE_AS_BORROWER, "chef-csn", "approve", null);
        approve(instance, USER_TASK_APPROVE_AS_LENDER, "chef-spv", "decline", "Hon behövs här under hösten.");

        assertThat(instance).isEnded().hasPassedInOrder(USER_TASK_APPROVE_AS_LENDER, GATEWAY_LENDER_APPROVES,
                SERVICE_TASK_RECORD_REFUSAL, END_EVENT_AGREEMENT_NOT_APPROVED).hasNotPassed(USER_TASK_RECORD_CONSENT);
        Assertions.assertThat(jdbc.queryForMap("select status_reason, borrower_approved_by from staff_loan"
                + " where business_key = ?", instance.getBusinessKey()))
                .containsEntry("STATUS_REASON", "Statens tjänstepensionsverk (SPV) godkänner inte avtalet: Hon behövs här under hösten.")
                .containsEntry("BORROWER_APPROVED_BY", "chef-csn");
    }

    @Test
    void thePersonDoesNotConsent() {
        ProcessInstance instance = agreementDrafted();
        approve(instance, USER_TASK_APPROVE_AS_LENDER, "chef-spv", "approve", null);
        approve(instance, USER_TASK_APPROVE_AS_BORROWER, "chef-csn", "approve", null);
        complete(task(instance, USER_TASK_RECORD_CONSENT), "chef-spv",
                Map.of(CONSENT_DECISION, "refused", CONSENT_NOTE, "Vill inte byta arbetsplats."));

        assertThat(instance).isEnded().hasPassedInOrder(USER_TASK_RECORD_CONSENT, GATEWAY_CONSENT_GIVEN,
                SERVICE_TASK_RECORD_REFUSAL, END_EVENT_AGREEMENT_NOT_APPROVED);
        Assertions.assertThat(jdbc.queryForMap("select status, status_reason, consent_recorded_by from staff_loan"
                + " where business_key = ?", instance.getBusinessKey()))
                .containsEntry("STATUS", "NOT_APPROVED")
                .containsEntry("STATUS_REASON", "Medarbetaren samtycker inte till utlånet: Vill inte byta arbetsplats.")
                .containsEntry("CONSENT_RECORDED_BY", null);
    }

    @Test
    void someoneWithoutAnAgencyCannotPostANeed() {
        long before = jdbc.queryForObject("select count(*) from staff_loan", Long.class);
        assertThatThrownBy(() -> postNeed("admin"))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("inte knuten till någon myndighet");
        Assertions.assertThat(jdbc.queryForObject("select count(*) from staff_loan", Long.class)).isEqualTo(before);
        Assertions.assertThat(historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(StaffLoanProcess.KEY).startedBy("admin").count()).isZero();
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        Map<String, Object> need = need();
        need.put(ANSWER_DATE, today().plusDays(70).toString()); // after the start
        assertThatThrownBy(() -> start(HR_MANAGER, need)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("(answerDate)");
        Map<String, Object> backwards = need();
        backwards.put(NEED_END, today().plusDays(30).toString());
        assertThatThrownBy(() -> start(HR_MANAGER, backwards)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("(needEnd)");
        Map<String, Object> tooMuch = need();
        tooMuch.put(EXTENT_PERCENT, 150L);
        assertThatThrownBy(() -> start(HR_MANAGER, tooMuch)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("(extentPercent)");

        ProcessInstance instance = published();
        Task spv = offerTask(instance, LENDER);
        Map<String, Object> noSalary = new HashMap<>(Map.of(OFFER_DECISION, "offer", PERSON_NAME, "Sara Lind",
                PERSON_EMAIL, "sara.lind@spv.example", OFFERED_EXTENT, 50L, OFFERED_START, today().plusDays(60).toString(),
                OFFERED_END, today().plusDays(240).toString()));
        assertThatThrownBy(() -> complete(spv, "chef-spv", noSalary)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("(monthlySalary)");
        noSalary.put(MONTHLY_SALARY, 40000.0);
        noSalary.put(PERSON_EMAIL, "inte en adress");
        assertThatThrownBy(() -> complete(spv, "chef-spv", noSalary)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("(personEmail)");
        Assertions.assertThat(jdbc.queryForObject("select count(*) from staff_loan_offer where business_key = ?",
                Integer.class, instance.getBusinessKey())).isZero();
        Assertions.assertThat(taskService.createTaskQuery().taskId(spv.getId()).count()).isEqualTo(1);
    }

    @Test
    void theOverheadRateInForceOnTheFirstDayOfTheLoanApplies() {
        StaffLoanProperties properties = new StaffLoanProperties(List.of(
                new StaffLoanProperties.OverheadRate(LocalDate.of(2026, 1, 1), new BigDecimal("0.5020")),
                new StaffLoanProperties.OverheadRate(LocalDate.of(2025, 1, 1), new BigDecimal("0.4950"))), null);
        Assertions.assertThat(properties.overheadRateOn(LocalDate.of(2025, 12, 31))).isEqualByComparingTo("0.4950");
        Assertions.assertThat(properties.overheadRateOn(LocalDate.of(2026, 1, 1))).isEqualByComparingTo("0.5020");
        assertThatThrownBy(() -> properties.overheadRateOn(LocalDate.of(2024, 6, 1)))
                .hasMessageContaining("network.staff-loan.overhead-rates");
    }

    // --- during the loan (issue 21, part 4) ---------------------------------------------------

    /** 40 000 kr at 50 %: 20 000,00 + overhead 49,15 % 9 830,00 = 29 830,00 kr a month. */
    static final BigDecimal FULL_MONTH_AT_50 = new BigDecimal("29830.00");

    @Test
    void everyMonthIsBookedAsTheBorrowersDebtToTheLenderAndBothHeadsAreRemindedAMonthBeforeTheEnd() {
        NetworkTime.setLocalNow(LocalDateTime.of(2027, 1, 11, 9, 0));
        ProcessInstance instance = running(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 5, 20), 1L);
        String key = instance.getBusinessKey();
        Assertions.assertThat(timer(instance, INTERMEDIATE_EVENT_MONTH_OVER).getDuedate())
                .as("the first month is booked the day after it ends").isEqualTo(at(2027, 4, 1, 0));
        Assertions.assertThat(timer(instance, BOUNDARY_EVENT_MONTH_BEFORE_END).getDuedate()).isEqualTo(at(2027, 4, 20, 8));
        Assertions.assertThat((String) runtimeService.getVariable(instance.getId(), StaffLoanVariables.Names.CURRENT_TERMS))
                .contains("2027-03-15 – 2027-05-20", "1 månad", "50 % av heltid, 29 830,00 kr i månaden")
                .doesNotContain("40 000");

        // March 15–31: 17 of 31 days, 29 830,00 × 17 / 31 = 16 358,387… → 16 358,39
        bookMonth(instance, LocalDateTime.of(2027, 4, 1, 0, 1));
        assertThat(instance).hasPassed(SERVICE_TASK_BOOK_MONTH, GATEWAY_LOAN_OVER).isWaitingAt(USER_TASK_CHANGE_LOAN,
                INTERMEDIATE_EVENT_MONTH_OVER);
        Assertions.assertThat(timer(instance, INTERMEDIATE_EVENT_MONTH_OVER).getDuedate()).isEqualTo(at(2027, 5, 1, 0));

        NetworkTime.setLocalNow(LocalDateTime.of(2027, 4, 20, 8, 0));
        managementService.executeJob(timer(instance, BOUNDARY_EVENT_MONTH_BEFORE_END).getId());
        assertThat(instance).hasPassed(SERVICE_TASK_REMIND_END, END_EVENT_REMINDED).isWaitingAt(USER_TASK_CHANGE_LOAN);
        Assertions.assertThat(mailsTo(key, "chef-csn@csn.example")).containsOnlyOnce(
                "Utlånet slutar om en månad: Upphandlare (" + key + ")");
        Assertions.assertThat(mailsTo(key, "chef-spv@spv.example")).containsOnlyOnce(
                "Utlånet slutar om en månad: Upphandlare (" + key + ")");

        bookMonth(instance, LocalDateTime.of(2027, 5, 1, 0, 1)); // April, whole: the monthly reimbursement exactly
        // May 1–20: 29 830,00 × 20 / 31 = 19 245,161… → 19 245,16; the last day is booked, the loan is over
        bookMonth(instance, LocalDateTime.of(2027, 5, 21, 0, 1));
        assertThat(instance).hasPassedInOrder(START_EVENT_LOAN_RUNS, SERVICE_TASK_BOOK_MONTH, GATEWAY_LOAN_OVER,
                SERVICE_TASK_END_LOAN, END_EVENT_LOAN_ENDED, SERVICE_TASK_OPEN_EVALUATION)
                .hasPassed(GATEWAY_NEXT_MONTH, INTERMEDIATE_EVENT_MONTH_OVER, GATEWAY_AWAIT_CHANGE, SUB_PROCESS_RUNNING_LOAN)
                .isWaitingAt(USER_TASK_EVALUATE_LOAN);
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(USER_TASK_CHANGE_LOAN).count()).as("the change task goes with the loan").isZero();
        Assertions.assertThat(jdbc.queryForObject("select status from staff_loan where business_key = ?", String.class,
                key)).isEqualTo("ENDED");

        Assertions.assertThat(jdbc.queryForList("select a.period_from, a.period_to, a.creditor_agency, l.agency_code,"
                        + " l.share from cost_allocation a join cost_allocation_line l on l.allocation_id = a.id"
                        + " where a.activity_key = ? and a.kind = 'STAFF_LOAN' order by a.period_from", key))
                .extracting(r -> r.get("PERIOD_FROM") + "/" + r.get("PERIOD_TO") + " " + r.get("AGENCY_CODE") + "->"
                        + r.get("CREDITOR_AGENCY") + " " + ((BigDecimal) r.get("SHARE")).toPlainString())
                .containsExactly("2027-03-15/2027-03-31 csn->spv 16358.39", "2027-04-01/2027-04-30 csn->spv 29830.00",
                        "2027-05-01/2027-05-20 csn->spv 19245.16");
        // the invoicing basis lists them as their own kind, owed to SPV, never as course shares
        InvoicingRuns.Basis basis = invoicing.basis(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 5, 31), BORROWER);
        Assertions.assertThat(basis.lines()).filteredOn(l -> l.activityKey().equals(key))
                .extracting(l -> l.kind() + " " + l.bookedOn() + " " + l.amount().kronor() + " " + l.creditorName())
                .containsExactly("STAFF_LOAN 2027-04-01 16358.39 Statens tjänstepensionsverk (SPV)",
                        "STAFF_LOAN 2027-05-01 29830.00 Statens tjänstepensionsverk (SPV)",
                        "STAFF_LOAN 2027-05-21 19245.16 Statens tjänstepensionsverk (SPV)");
        Assertions.assertThat(AllocationKind.STAFF_LOAN.swedishName()).isEqualTo("Ersättning för utlånad personal");
        // a retried booking of a month books nothing twice
        String april = jdbc.queryForObject("select id from cost_allocation where idempotency_key = ?", String.class,
                "staff-loan:" + key + ":2027-04");
        Assertions.assertThat(ledger.bookStaffLoanMonth(key, "staff-loan:" + key + ":2027-04", BORROWER, LENDER,
                LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 30), se.agencynetwork.process.Money.ofKronor(1),
                "system")).isEqualTo(april);
        Assertions.assertThat(jdbc.queryForObject("select count(*) from cost_allocation where activity_key = ?",
                Integer.class, key)).isEqualTo(3);
        Assertions.assertThat(mailsTo(key, "chef-spv@spv.example")).containsOnlyOnce("Utlånet har upphört: Upphandlare ("
                + key + ")");

        evaluateBothAgencies(instance);
    }

    /**
     * The loan is over: each agency's heads get "Utvärdera utlånet" (new-task mail, due in 14 days, the usual
     * reminder); bad input is refused naming the field; the answers are rows per party and the case ends.
     * The clock stands at the day after the last day, 2027-05-21.
     */
    void evaluateBothAgencies(ProcessInstance instance) {
        String key = instance.getBusinessKey();
        List<Task> evaluations = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(USER_TASK_EVALUATE_LOAN).list();
        Assertions.assertThat(evaluations).extracting(this::candidates).containsExactlyInAnyOrder(
                List.of(Groups.headsOf(BORROWER)), List.of(Groups.headsOf(LENDER)));
        Task csn = evaluationOf(instance, BORROWER);
        Task spv = evaluationOf(instance, LENDER);
        Assertions.assertThat(csn.getName()).startsWith("Utvärdera utlånet – Centrala studiestödsnämnden (CSN)")
                .contains(key);
        Assertions.assertThat(List.of(csn.getDueDate(), spv.getDueDate())).as("14 days, to the end of the day")
                .containsOnly(java.util.Date.from(LocalDateTime.of(2027, 6, 4, 23, 59, 59).atZone(NetworkTime.ZONE)
                        .toInstant()));
        Assertions.assertThat(taskService.getVariable(csn.getId(), StaffLoanVariables.Names.EVALUATION_ROLE))
                .isEqualTo("Lånande myndighet");
        Assertions.assertThat(taskService.getVariable(spv.getId(), StaffLoanVariables.Names.EVALUATION_ROLE))
                .isEqualTo("Utlånande myndighet");
        Assertions.assertThat((String) taskService.getVariable(csn.getId(), StaffLoanVariables.Names.LOAN_SUMMARY))
                .contains("Upphandlare", "Sara Lind", "2027-03-15 – 2027-05-20").doesNotContain("29 830", "40 000");
        Assertions.assertThat(taskMailsTo(key, "new-task", "chef-csn@csn.example"))
                .filteredOn(subject -> subject.contains("Utvärdera utlånet")).containsExactly(
                        "Ny uppgift för din grupp: " + csn.getName());
        Assertions.assertThat(taskMailsTo(key, "new-task", "chef-spv@spv.example"))
                .filteredOn(subject -> subject.contains("Utvärdera utlånet")).containsExactly(
                        "Ny uppgift för din grupp: " + spv.getName());
        Assertions.assertThat(taskMailsTo(key, "new-task", "chef-bolagsverket@bolagsverket.example"))
                .filteredOn(subject -> subject.contains("Utvärdera utlånet")).isEmpty();
        // the person lent gets a personal link to the anonymous questionnaire, open as long as the heads' tasks
        Assertions.assertThat(jdbc.queryForMap("select questionnaire, closes_at from survey_round where round_key = ?",
                key + ":person")).containsEntry("QUESTIONNAIRE", "staff-loan-person").containsEntry("CLOSES_AT",
                java.sql.Timestamp.valueOf(LocalDateTime.of(2027, 6, 4, 23, 59, 59)));
        Assertions.assertThat(jdbc.queryForList("select respondent_group from survey_link where round_key = ?",
                String.class, key + ":person")).containsExactly("person");
        Assertions.assertThat(mailsTo(key, "sara.lind@spv.example")).containsOnlyOnce(
                "Hur fungerade ditt utlån?: Upphandlare (" + key + ")");
        String personMail = jdbc.queryForObject("select body_text from notification_mail where business_key = ? and"
                + " recipient_address = 'sara.lind@spv.example' and subject like 'Hur fungerade%'", String.class, key);
        Assertions.assertThat(personMail).contains("/questionnaire/", "2027-06-04").doesNotContain("29 830", "40 000");
        String token = personMail.substring(personMail.indexOf("/questionnaire/") + "/questionnaire/".length())
                .split("\\s")[0];
        Assertions.assertThat(se.agencynetwork.testsupport.SurveyFormPost.post(java.net.http.HttpClient.newHttpClient(),
                port, se.agencynetwork.survey.Surveys.PATH, "questionnaire-form", token,
                "application/x-www-form-urlencoded", "workRating=4&learningRating=5&supportRating=3&improve=Tydligare"
                        + "+introduktion").statusCode()).isEqualTo(200);
        Assertions.assertThat(jdbc.queryForObject("select count(*) from survey_response where round_key = ?",
                Integer.class, key + ":person")).isEqualTo(1);

        // the generic reminder before the due date, to that agency's heads only
        dueDates.check(LocalDateTime.of(2027, 6, 3, 9, 0).atZone(NetworkTime.ZONE).toInstant());
        Assertions.assertThat(taskMailsTo(key, "task-reminder", "chef-csn@csn.example")).hasSize(1);
        Assertions.assertThat(taskMailsTo(key, "task-reminder", "chef-spv@spv.example")).hasSize(1);
        Assertions.assertThat(taskMailsTo(key, "task-reminder", "chef-bolagsverket@bolagsverket.example")).isEmpty();

        // bad input is refused naming the field, nothing is stored
        assertThatThrownBy(() -> complete(csn, "chef-csn", evaluation(6L, 4L, "yes", null)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("(purposeRating)");
        assertThatThrownBy(() -> complete(csn, "chef-csn", evaluation(4L, 4L, "no", " ")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("(improvement)")
                .hasMessageContaining("Vad kan bli bättre?");
        assertThatThrownBy(() -> complete(csn, "chef-csn", evaluation(4L, null, "yes", null)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("(cooperationRating)");
        Assertions.assertThat(jdbc.queryForObject("select count(*) from staff_loan_evaluation where business_key = ?",
                Integer.class, key)).isZero();

        complete(csn, "chef-csn", evaluation(5L, 4L, "yes", "Introduktionen första veckan kan planeras tidigare."));
        assertThat(instance).isWaitingAt(USER_TASK_EVALUATE_LOAN);
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), StaffLoanVariables.Names.PURPOSE_RATING))
                .as("an agency's answer stays on its own task").isNull();
        complete(spv, "chef-spv", evaluation(3L, 2L, "no", "Ersättningen kom sent; fakturera månadsvis."));
        assertThat(instance).isEnded().hasPassedInOrder(SERVICE_TASK_OPEN_EVALUATION, USER_TASK_EVALUATE_LOAN,
                END_EVENT_LOAN_EVALUATED);
        Assertions.assertThat(jdbc.queryForList("select party, agency_code, purpose_rating, cooperation_rating,"
                        + " would_repeat, improvement, answered_by from staff_loan_evaluation where business_key = ?"
                        + " order by party", key))
                .extracting(r -> r.get("PARTY") + " " + r.get("AGENCY_CODE") + " " + r.get("PURPOSE_RATING") + "/"
                        + r.get("COOPERATION_RATING") + " " + r.get("WOULD_REPEAT") + " " + r.get("ANSWERED_BY") + ": "
                        + r.get("IMPROVEMENT"))
                .containsExactly("BORROWER csn 5/4 true chef-csn: Introduktionen första veckan kan planeras tidigare.",
                        "LENDER spv 3/2 false chef-spv: Ersättningen kom sent; fakturera månadsvis.");
    }

    Task evaluationOf(ProcessInstance instance, String agency) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(USER_TASK_EVALUATE_LOAN)
                .taskCandidateGroup(Groups.headsOf(agency)).singleResult();
    }

    static Map<String, Object> evaluation(Long purpose, Long cooperation, String again, String improvement) {
        Map<String, Object> form = new HashMap<>();
        form.put(StaffLoanVariables.Names.PURPOSE_RATING, purpose);
        form.put(StaffLoanVariables.Names.COOPERATION_RATING, cooperation);
        form.put(StaffLoanVariables.Names.WOULD_REPEAT, again);
        form.put(StaffLoanVariables.Names.IMPROVEMENT, improvement);
        return form;
    }

    /** The subjects of the generic task mails of this kind ({@code new-task}, {@code task-reminder}) to one address. */
    List<String> taskMailsTo(String key, String kind, String address) {
        return jdbc.queryForList("select subject from notification_mail where business_key = ? and kind = ?"
                + " and recipient_address = ?", String.class, key, kind, address);
    }

    @Test
    void eitherHeadChangesTheExtentNoEarlierThanTheNoticePeriodAllows() {
        NetworkTime.setLocalNow(LocalDateTime.of(2027, 1, 11, 9, 0));
        ProcessInstance instance = running(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30), 1L);
        String key = instance.getBusinessKey();
        Task change = task(instance, USER_TASK_CHANGE_LOAN);
        assertThatThrownBy(() -> complete(change, "chef-spv", change("extent", LocalDate.of(2027, 2, 10), 25L, null,
                "Behövs hemma.")))
                .as("one month's notice from 2027-01-11").isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("(effectiveDate)").hasMessageContaining("2027-02-11");
        assertThatThrownBy(() -> complete(change, "chef-spv", change("extent", LocalDate.of(2027, 3, 16), null, null,
                "Behövs hemma."))).isInstanceOf(FormFieldValidationException.class).hasMessageContaining("(newExtent)");
        assertThatThrownBy(() -> complete(change, "chef-spv", change("extent", LocalDate.of(2027, 7, 1), 25L, null,
                "Behövs hemma."))).isInstanceOf(FormFieldValidationException.class).hasMessageContaining("(effectiveDate)");
        complete(change, "chef-spv", change("extent", LocalDate.of(2027, 3, 16), 25L, null, "Behövs hemma halva tiden."));

        assertThat(instance).hasPassedInOrder(USER_TASK_CHANGE_LOAN, GATEWAY_CHANGE_KIND, SERVICE_TASK_CHANGE_EXTENT,
                GATEWAY_CHANGE_DONE).isWaitingAt(USER_TASK_CHANGE_LOAN, INTERMEDIATE_EVENT_MONTH_OVER);
        Task next = task(instance, USER_TASK_CHANGE_LOAN);
        Assertions.assertThat(taskService.getVariable(next.getId(), StaffLoanVariables.Names.CHANGE_KIND))
                .as("the next change starts empty").isNull();
        Assertions.assertThat((String) taskService.getVariable(next.getId(), StaffLoanVariables.Names.CURRENT_TERMS))
                .contains("Från 2027-02-01: 50 % av heltid, 29 830,00 kr", "Från 2027-03-16: 25 % av heltid, 14 915,00 kr");
        Assertions.assertThat(jdbc.queryForMap("select change_kind, requested_by, new_extent, status from staff_loan_change"
                + " where business_key = ?", key)).containsEntry("CHANGE_KIND", "EXTENT").containsEntry("REQUESTED_BY",
                "chef-spv").containsEntry("NEW_EXTENT", 25).containsEntry("STATUS", "IN_FORCE");
        Assertions.assertThat(mailsTo(key, "chef-csn@csn.example")).containsOnlyOnce(
                "Utlånets omfattning ändras: Upphandlare (" + key + ")");

        bookMonth(instance, LocalDateTime.of(2027, 3, 1, 0, 1)); // February, whole, at 50 %
        // March: 15 days at 29 830,00 and 16 at 14 915,00 over 31 days = 22 131,935… → 22 131,94
        bookMonth(instance, LocalDateTime.of(2027, 4, 1, 0, 1));
        Assertions.assertThat(jdbc.queryForList("select total from cost_allocation where activity_key = ? and kind ="
                + " 'STAFF_LOAN' order by period_from", BigDecimal.class, key)).extracting(BigDecimal::toPlainString)
                .containsExactly("29830.00", "22131.94");
    }

    @Test
    void eitherHeadEndsTheLoanEarlyAfterTheNoticePeriodAndTheLastMonthIsBookedToTheNewLastDay() {
        NetworkTime.setLocalNow(LocalDateTime.of(2027, 1, 11, 9, 0));
        ProcessInstance instance = running(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30), 2L);
        String key = instance.getBusinessKey();
        Task change = task(instance, USER_TASK_CHANGE_LOAN);
        assertThatThrownBy(() -> complete(change, "chef-csn", change("endEarly", null, null, LocalDate.of(2027, 3, 10),
                "Projektet läggs ned."))).as("two months' notice").isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("(newEnd)").hasMessageContaining("2027-03-11");
        assertThatThrownBy(() -> complete(change, "chef-csn", change("endEarly", null, null, LocalDate.of(2027, 7, 15),
                "Projektet läggs ned."))).isInstanceOf(FormFieldValidationException.class).hasMessageContaining("(newEnd)");
        assertThatThrownBy(() -> complete(change, "chef-csn", change("endEarly", null, null, null, "Projektet läggs ned.")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("(newEnd)");
        complete(change, "chef-csn", change("endEarly", null, null, LocalDate.of(2027, 3, 20), "Projektet läggs ned."));

        assertThat(instance).hasPassedInOrder(GATEWAY_CHANGE_KIND, SERVICE_TASK_END_EARLY, GATEWAY_CHANGE_DONE)
                .isWaitingAt(USER_TASK_CHANGE_LOAN).variables().containsEntry(LOAN_END, "2027-03-20");
        Assertions.assertThat(jdbc.queryForObject("select loan_end from staff_loan where business_key = ?",
                java.sql.Date.class, key).toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 20));
        Assertions.assertThat(timer(instance, BOUNDARY_EVENT_MONTH_BEFORE_END).getDuedate()).isEqualTo(at(2027, 2, 20, 8));
        Assertions.assertThat(mailsTo(key, "sara.lind@spv.example")).containsOnlyOnce(
                "Utlånet avslutas i förtid: Upphandlare (" + key + ")");
        Assertions.assertThat(mailsTo(key, "chef-spv@spv.example")).containsOnlyOnce(
                "Utlånet avslutas i förtid: Upphandlare (" + key + ")");

        bookMonth(instance, LocalDateTime.of(2027, 3, 1, 0, 1));
        bookMonth(instance, LocalDateTime.of(2027, 3, 21, 0, 1)); // March 1–20: 19 245,16
        assertThat(instance).hasPassed(SERVICE_TASK_END_LOAN, END_EVENT_LOAN_ENDED).isWaitingAt(USER_TASK_EVALUATE_LOAN);
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(USER_TASK_EVALUATE_LOAN).list()).as("the evaluation follows an early end too")
                .hasSize(2).allSatisfy(task -> Assertions.assertThat(task.getDueDate()).isEqualTo(
                        java.util.Date.from(LocalDateTime.of(2027, 4, 4, 23, 59, 59).atZone(NetworkTime.ZONE).toInstant())));
        Assertions.assertThat(jdbc.queryForList("select total from cost_allocation where activity_key = ? and kind ="
                + " 'STAFF_LOAN' order by period_from", BigDecimal.class, key)).extracting(BigDecimal::toPlainString)
                .containsExactly("29830.00", "19245.16");
    }

    @Test
    void aLastDayMovedIntoTheMonthBeingWaitedForIsBookedTheDayAfterItNotAtTheMonthsEnd() {
        NetworkTime.setLocalNow(LocalDateTime.of(2027, 2, 3, 9, 0));
        ProcessInstance instance = running(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30), 0L);
        Assertions.assertThat(timer(instance, INTERMEDIATE_EVENT_MONTH_OVER).getDuedate()).isEqualTo(at(2027, 3, 1, 0));

        Task change = task(instance, USER_TASK_CHANGE_LOAN);
        complete(change, "chef-spv", change("endEarly", null, null, LocalDate.of(2027, 2, 12), "Medarbetaren behövs hemma."));

        // the timer waiting for February's end now waits for the new last day
        Assertions.assertThat(timer(instance, INTERMEDIATE_EVENT_MONTH_OVER).getDuedate()).isEqualTo(at(2027, 2, 13, 0));
        bookMonth(instance, LocalDateTime.of(2027, 2, 13, 0, 1));
        assertThat(instance).hasPassed(SERVICE_TASK_END_LOAN, END_EVENT_LOAN_ENDED).isWaitingAt(USER_TASK_EVALUATE_LOAN);
        Assertions.assertThat(jdbc.queryForList("select period_to from cost_allocation where activity_key = ? and kind ="
                + " 'STAFF_LOAN'", java.sql.Date.class, instance.getBusinessKey())).extracting(java.sql.Date::toLocalDate)
                .containsExactly(LocalDate.of(2027, 2, 12));
    }

    @Test
    void anExtensionNeedsTheOtherAgencysHead() {
        NetworkTime.setLocalNow(LocalDateTime.of(2027, 1, 11, 9, 0));
        ProcessInstance instance = running(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 20), 1L);
        String key = instance.getBusinessKey();
        // February is booked; the next booking is due the day after the last day, March 20
        bookMonth(instance, LocalDateTime.of(2027, 3, 1, 0, 1));
        Assertions.assertThat(timer(instance, INTERMEDIATE_EVENT_MONTH_OVER).getDuedate()).isEqualTo(at(2027, 3, 21, 0));
        assertThatThrownBy(() -> complete(task(instance, USER_TASK_CHANGE_LOAN), "chef-csn", change("extend", null, null,
                LocalDate.of(2027, 3, 20), "Projektet drar ut på tiden."))).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("(newEnd)");
        complete(task(instance, USER_TASK_CHANGE_LOAN), "chef-csn", change("extend", null, null,
                LocalDate.of(2027, 4, 30), "Projektet drar ut på tiden."));

        // CSN asked: SPV's heads decide; SPV says no, with a reason
        Task approval = task(instance, USER_TASK_APPROVE_EXTENSION);
        Assertions.assertThat(candidates(approval)).containsExactly(Groups.headsOf(LENDER));
        Assertions.assertThat((String) taskService.getVariable(approval.getId(), StaffLoanVariables.Names.CHANGE_SUMMARY))
                .contains("chef-csn", "2027-04-30", "Projektet drar ut på tiden.");
        assertThatThrownBy(() -> complete(approval, "chef-spv", extension("decline", " ")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("(extensionComment)");
        complete(approval, "chef-spv", extension("decline", "Hon behövs här från april."));
        assertThat(instance).hasPassedInOrder(USER_TASK_APPROVE_EXTENSION, GATEWAY_EXTENSION_APPROVED,
                SERVICE_TASK_REFUSE_EXTENSION, GATEWAY_CHANGE_DONE).isWaitingAt(USER_TASK_CHANGE_LOAN)
                .variables().containsEntry(LOAN_END, "2027-03-20");
        Assertions.assertThat(mailsTo(key, "chef-csn@csn.example")).containsOnlyOnce(
                "Förlängningen godkändes inte: Upphandlare (" + key + ")");

        // SPV asks later: CSN's heads decide, and approve
        complete(task(instance, USER_TASK_CHANGE_LOAN), "chef-spv", change("extend", null, null,
                LocalDate.of(2027, 4, 30), "Vi kan undvara henne april ut."));
        Task second = task(instance, USER_TASK_APPROVE_EXTENSION);
        Assertions.assertThat(candidates(second)).containsExactly(Groups.headsOf(BORROWER));
        Assertions.assertThat(taskService.getVariable(second.getId(), StaffLoanVariables.Names.EXTENSION_DECISION))
                .as("the earlier decision is not pre-filled").isNull();
        complete(second, "chef-csn", extension("approve", null));
        assertThat(instance).hasPassed(SERVICE_TASK_EXTEND).isWaitingAt(USER_TASK_CHANGE_LOAN)
                .variables().containsEntry(LOAN_END, "2027-04-30");
        Assertions.assertThat(jdbc.queryForList("select status || ' ' || decided_by from staff_loan_change"
                + " where business_key = ? order by requested_at", String.class, key))
                .containsExactly("DECLINED chef-spv", "APPROVED chef-csn");
        Assertions.assertThat(mailsTo(key, "sara.lind@spv.example")).containsOnlyOnce("Utlånet förlängs: Upphandlare ("
                + key + ")");

        // the timer set for the old last day finds March not over: nothing booked, the next booking on April 1
        bookMonth(instance, LocalDateTime.of(2027, 3, 21, 0, 1));
        Assertions.assertThat(timer(instance, INTERMEDIATE_EVENT_MONTH_OVER).getDuedate()).isEqualTo(at(2027, 4, 1, 0));
        bookMonth(instance, LocalDateTime.of(2027, 4, 1, 0, 1));
        bookMonth(instance, LocalDateTime.of(2027, 5, 1, 0, 1));
        assertThat(instance).hasPassed(SERVICE_TASK_END_LOAN).isWaitingAt(USER_TASK_EVALUATE_LOAN);
        Assertions.assertThat(jdbc.queryForList("select total from cost_allocation where activity_key = ? and kind ="
                + " 'STAFF_LOAN' order by period_from", BigDecimal.class, key)).extracting(BigDecimal::toPlainString)
                .containsExactly("29830.00", "29830.00", "29830.00");
    }

    @Test
    void theMonthsOfALoanAreProRataByCalendarDays() {
        List<LoanMonths.ExtentPeriod> extents = List.of(new LoanMonths.ExtentPeriod(LocalDate.of(2028, 2, 10), 50,
                se.agencynetwork.process.Money.of(new BigDecimal("29830.00"))));
        // a leap-year February: 20 of 29 days
        LoanMonths.Period february = LoanMonths.next(LocalDate.of(2028, 2, 9), LocalDate.of(2028, 12, 31));
        Assertions.assertThat(february).isEqualTo(new LoanMonths.Period(LocalDate.of(2028, 2, 10), LocalDate.of(2028, 2, 29)));
        Assertions.assertThat(LoanMonths.amount(february, extents).kronor()).isEqualByComparingTo("20572.41");
        // a loan of one day
        Assertions.assertThat(LoanMonths.amount(new LoanMonths.Period(LocalDate.of(2028, 3, 1), LocalDate.of(2028, 3, 1)),
                extents).kronor()).isEqualByComparingTo("962.26");
    }

    /** A loan from {@code start} to {@code end} at 50 % of 40 000 kr, agreed and consented. */
    ProcessInstance running(LocalDate start, LocalDate end, long noticeMonths) {
        ProcessInstance instance = published();
        offer(instance, LENDER, "Sara Lind", "sara.lind@spv.example", 50L, 40000.00, null);
        closeOfferRound(instance);
        complete(task(instance, USER_TASK_CHOOSE_OFFER), "chef-csn", Map.of(CHOSEN_OFFER, LENDER));
        Map<String, Object> form = terms(50L, 0.0);
        form.put(LOAN_START, start.toString());
        form.put(LOAN_END, end.toString());
        form.put(NOTICE_MONTHS, noticeMonths);
        complete(task(instance, USER_TASK_DRAFT_TERMS), "chef-csn", form);
        approve(instance, USER_TASK_APPROVE_AS_BORROWER, "chef-csn", "approve", null);
        approve(instance, USER_TASK_APPROVE_AS_LENDER, "chef-spv", "approve", null);
        complete(task(instance, USER_TASK_RECORD_CONSENT), "chef-spv", Map.of(CONSENT_DECISION, "given"));
        return instance;
    }

    Map<String, Object> change(String kind, LocalDate effective, Long extent, LocalDate newEnd, String reason) {
        Map<String, Object> form = new HashMap<>();
        form.put(StaffLoanVariables.Names.CHANGE_KIND, kind);
        form.put(StaffLoanVariables.Names.EFFECTIVE_DATE, effective == null ? null : effective.toString());
        form.put(StaffLoanVariables.Names.NEW_EXTENT, extent);
        form.put(StaffLoanVariables.Names.NEW_END, newEnd == null ? null : newEnd.toString());
        form.put(StaffLoanVariables.Names.CHANGE_REASON, reason);
        return form;
    }

    Map<String, Object> extension(String decision, String comment) {
        Map<String, Object> form = new HashMap<>();
        form.put(StaffLoanVariables.Names.EXTENSION_DECISION, decision);
        form.put(StaffLoanVariables.Names.EXTENSION_COMMENT, comment);
        return form;
    }

    /** Moves the clock to {@code moment}, fires the month timer and runs the booking (an async step). */
    void bookMonth(ProcessInstance instance, LocalDateTime moment) {
        NetworkTime.setLocalNow(moment);
        managementService.executeJob(timer(instance, INTERMEDIATE_EVENT_MONTH_OVER).getId());
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(SERVICE_TASK_BOOK_MONTH).singleResult().getId());
    }

    org.camunda.bpm.engine.runtime.Job timer(ProcessInstance instance, String activityId) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
    }

    static java.util.Date at(int year, int month, int day, int hour) {
        return java.util.Date.from(LocalDateTime.of(year, month, day, hour, 0).atZone(NetworkTime.ZONE).toInstant());
    }

    // --- helpers -------------------------------------------------------------------------------

    Map<String, Object> need() {
        Map<String, Object> form = new HashMap<>();
        form.put(TITLE, "Upphandlare");
        form.put(COMPETENCE, "Offentlig upphandling enligt LOU, gärna IT-upphandling.");
        form.put(WORK_DESCRIPTION, "Leda en upphandling av ett nytt ärendehanteringssystem.");
        form.put(NEED_START, today().plusDays(60).toString());
        form.put(NEED_END, today().plusDays(240).toString());
        form.put(EXTENT_PERCENT, 50L);
        form.put(PLACE, "Sundsvall");
        form.put(REMOTE_POSSIBLE, true);
        form.put(SECURITY_REQUIREMENTS, "Tystnadsplikt enligt OSL; ingen säkerhetsklass.");
        form.put(ANSWER_DATE, today().plusDays(20).toString());
        return form;
    }

    ProcessInstance postNeed(String user) {
        return start(user, need());
    }

    ProcessInstance start(String user, Map<String, Object> form) {
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(StaffLoanProcess.KEY)
                .latestVersion().singleResult().getId();
        // as the user, with the user's groups: the start is checked against the directory's grants
        identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList());
        ProcessInstance started;
        try {
            started = formService.submitStartForm(definitionId, form);
        } finally {
            identityService.clearAuthentication();
        }
        return runtimeService.createProcessInstanceQuery().processInstanceId(started.getId()).singleResult();
    }

    ProcessInstance published() {
        ProcessInstance instance = postNeed(HR_MANAGER);
        review(instance, "publish", null);
        return instance;
    }

    /** SPV offered, the others were silent, the round is over, SPV is chosen and the terms are written. */
    ProcessInstance agreementDrafted() {
        ProcessInstance instance = published();
        offer(instance, LENDER, "Sara Lind", "sara.lind@spv.example", 50L, 40000.00, null);
        closeOfferRound(instance);
        complete(task(instance, USER_TASK_CHOOSE_OFFER), "chef-csn", Map.of(CHOSEN_OFFER, LENDER));
        writeTerms(instance, 50L, 0.0);
        return instance;
    }

    void closeOfferRound(ProcessInstance instance) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(BOUNDARY_EVENT_ANSWER_DATE_PASSED).singleResult().getId());
    }

    void review(ProcessInstance instance, String decision, String comment) {
        Task review = task(instance, USER_TASK_REVIEW_NEED);
        Assertions.assertThat(candidates(review)).containsExactly(Groups.NETWORK_COORDINATORS);
        Map<String, Object> form = new HashMap<>();
        form.put(REVIEW_DECISION, decision);
        form.put(REVIEW_COMMENT, comment);
        complete(review, "koordinator", form);
    }

    void offer(ProcessInstance instance, String agency, String name, String email, long extent, double salary,
            String comment) {
        Map<String, Object> form = new HashMap<>();
        form.put(OFFER_DECISION, "offer");
        form.put(PERSON_NAME, name);
        form.put(PERSON_EMAIL, email);
        form.put(OFFERED_EXTENT, extent);
        form.put(OFFERED_START, today().plusDays(60).toString());
        form.put(OFFERED_END, today().plusDays(240).toString());
        form.put(MONTHLY_SALARY, salary);
        form.put(OFFER_COMMENT, comment);
        complete(offerTask(instance, agency), "chef-" + agency, form);
    }

    void decline(Task task) {
        complete(task, "chef-" + taskService.getVariable(task.getId(), StaffLoanVariables.Names.AGENCY),
                Map.of(OFFER_DECISION, "none"));
    }

    void writeTerms(ProcessInstance instance, long extent, double extraCosts) {
        complete(task(instance, USER_TASK_DRAFT_TERMS), "chef-csn", terms(extent, extraCosts));
    }

    Map<String, Object> terms(long extent, double extraCosts) {
        Map<String, Object> form = new HashMap<>();
        form.put(LOAN_START, today().plusDays(60).toString());
        form.put(LOAN_END, today().plusDays(240).toString());
        form.put(LOAN_EXTENT, extent);
        form.put(PLACE_OF_WORK, "CSN, Sundsvall");
        form.put(WORK_LEADER, "Enhetschef Upphandling, CSN");
        form.put(WORKING_HOURS, "Dagtid måndag–onsdag enligt CSN:s flextidsavtal");
        form.put(SECRECY_TERMS, "Tystnadsplikt enligt OSL; förbindelse undertecknas första dagen.");
        form.put(TRAVEL_COSTS, "CSN betalar resor mellan arbetsplatserna.");
        form.put(NOTICE_MONTHS, 1L);
        form.put(EXTRA_COSTS, extraCosts);
        form.put(EXTRA_COSTS_TEXT, "Licens för upphandlingsverktyg");
        return form;
    }

    void approve(ProcessInstance instance, String taskKey, String user, String decision, String reason) {
        Map<String, Object> form = new HashMap<>();
        form.put(APPROVAL_DECISION, decision);
        form.put(DECLINE_REASON, reason);
        complete(task(instance, taskKey), user, form);
    }

    void complete(Task task, String user, Map<String, Object> form) {
        taskService.setAssignee(task.getId(), user);
        formService.submitTaskForm(task.getId(), new HashMap<>(form));
    }

    Task task(ProcessInstance instance, String key) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    List<Task> offerTasks(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(USER_TASK_OFFER_STAFF)
                .list();
    }

    Task offerTask(ProcessInstance instance, String agency) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(USER_TASK_OFFER_STAFF)
                .taskCandidateGroup(Groups.headsOf(agency)).singleResult();
    }

    List<String> candidates(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    /** The subjects of the staff-loan mails to one address about the loan. */
    List<String> mailsTo(String key, String address) {
        return jdbc.queryForList("select subject from notification_mail where business_key = ? and kind = 'staff-loan'"
                + " and recipient_address = ?", String.class, key, address);
    }

    ResponseEntity<byte[]> download(String user, String key) {
        return rest.withBasicAuth(user, "demo").getForEntity("/api/staff-loans/" + key + "/agreement.pdf", byte[].class);
    }

    static String pdfText(byte[] document) throws Exception {
        PdfReader reader = new PdfReader(document);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
