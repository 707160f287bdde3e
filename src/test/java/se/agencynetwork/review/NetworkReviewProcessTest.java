package se.agencynetwork.review;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.agencynetwork.review.NetworkReviewProcess.COMPILE_ANSWERS;
import static se.agencynetwork.review.NetworkReviewProcess.DEADLINE_PASSED;
import static se.agencynetwork.review.NetworkReviewProcess.DECIDE;
import static se.agencynetwork.review.NetworkReviewProcess.END_DECIDED;
import static se.agencynetwork.review.NetworkReviewProcess.JOIN_ANSWERS;
import static se.agencynetwork.review.NetworkReviewProcess.JOIN_COMPILATION;
import static se.agencynetwork.review.NetworkReviewProcess.KEY;
import static se.agencynetwork.review.NetworkReviewProcess.NEEDS_COMPLETION;
import static se.agencynetwork.review.NetworkReviewProcess.PREPARE;
import static se.agencynetwork.review.NetworkReviewProcess.RATE_BENEFIT;
import static se.agencynetwork.review.NetworkReviewProcess.RECORD_DECISION;
import static se.agencynetwork.review.NetworkReviewProcess.START;
import static se.agencynetwork.review.NetworkReviewProcess.WRITE_SUMMARY;
import static se.agencynetwork.review.ReviewVariables.Names.AGENCY;
import static se.agencynetwork.review.ReviewVariables.Names.AGENCY_COUNT;
import static se.agencynetwork.review.ReviewVariables.Names.AGENCY_NAME;
import static se.agencynetwork.review.ReviewVariables.Names.ANSWER_COUNT;
import static se.agencynetwork.review.ReviewVariables.Names.AVERAGE_RATING;
import static se.agencynetwork.review.ReviewVariables.Names.BENEFIT_RATING;
import static se.agencynetwork.review.ReviewVariables.Names.CONTINUE_COUNT;
import static se.agencynetwork.review.ReviewVariables.Names.DECISION;
import static se.agencynetwork.review.ReviewVariables.Names.DECISION_NOTES;
import static se.agencynetwork.review.ReviewVariables.Names.LAST_ANSWER_DATE;
import static se.agencynetwork.review.ReviewVariables.Names.MOST_USEFUL;
import static se.agencynetwork.review.ReviewVariables.Names.NEXT_YEAR_PROPOSAL;
import static se.agencynetwork.review.ReviewVariables.Names.NON_RESPONDING_AGENCIES;
import static se.agencynetwork.review.ReviewVariables.Names.NON_RESPONDING_COUNT;
import static se.agencynetwork.review.ReviewVariables.Names.RESPONSE_DEADLINE;
import static se.agencynetwork.review.ReviewVariables.Names.REVIEW_SUMMARY;
import static se.agencynetwork.review.ReviewVariables.Names.REVIEW_YEAR;
import static se.agencynetwork.review.ReviewVariables.Names.SEND_BACK;
import static se.agencynetwork.review.ReviewVariables.Names.SHOULD_CHANGE;
import static se.agencynetwork.review.ReviewVariables.Names.WANTS_TO_CONTINUE;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

import se.agencynetwork.testsupport.EndedStaffLoans;
import se.agencynetwork.directory.Groups;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.survey.Surveys;
import se.agencynetwork.testsupport.StoredVariables;
import se.agencynetwork.testsupport.SurveyFormPost;

/**
 * The yearly network review with the real delegates, the demo directory (16 agencies) and H2.
 * The yearly start is configured to another date than the default so that the test shows the
 * timer follows configuration. Every flow node and sequence flow must be covered by this class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "network.review.yearly-start=" + NetworkReviewProcessTest.YEARLY_START)
@ActiveProfiles({"demo", "test"})
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetworkReviewProcessTest {

    /** 1 February at 07:00 (the default is 15 January at 08:00). */
    static final String YEARLY_START = "0 0 7 1 2 ?";
    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @TestConfiguration
    @Import(ProcessEngineCoverageConfiguration.class)
    static class CoverageGate {
        @Bean
        @Primary
        ProcessEngineCoverageProperties networkReviewCoverage() {
            return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0).build();
        }
    }

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired RepositoryService repositoryService;
    @Autowired FormService formService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired JdbcTemplate jdbc;
    @Autowired NetworkDirectory directory;
    @Autowired YearlyReviewTimer yearlyTimer;
    @Autowired Surveys surveys;
    @org.springframework.boot.test.web.server.LocalServerPort int port;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void resetAssertions() {
        BpmnAwareTests.reset();
    }

    @Test
    @Order(1)
    void yearlyStartFollowsConfigurationAndIsRecalculatedAtStartUp() {
        Date configured = nextYearlyStart();
        List<Job> timers = yearlyTimer.timers();
        Assertions.assertThat(timers).hasSize(1);
        Assertions.assertThat(timers.get(0).getDuedate()).isEqualTo(configured);

        // a timer created under an earlier configuration (15 January, the default) ...
        Date earlier = Date.from(LocalDateTime.of(2031, 1, 15, 8, 0).atZone(ZoneId.systemDefault()).toInstant());
        managementService.setJobDuedate(timers.get(0).getId(), earlier);
        Assertions.assertThat(yearlyTimer.timers().get(0).getDuedate()).isEqualTo(earlier);

        // ... is brought back to the configuration in force, as at every start-up
        Assertions.assertThat(yearlyTimer.recalculate()).containsExactly(configured);
        Assertions.assertThat(yearlyTimer.timers().get(0).getDuedate()).isEqualTo(configured);
    }

    @Test
    @Order(2)
    void allAgenciesAnswerCoordinatorCompilesSteeringGroupDecides() {
        ProcessInstance instance = startManually(2027, LocalDate.now(SWEDEN).plusDays(10));
        String key = instance.getBusinessKey();
        Assertions.assertThat(key).matches("REVIEW-\\d{4}-\\d{4}");
        assertThat(instance).hasBusinessKey(key).isWaitingAt(RATE_BENEFIT);
        Assertions.assertThat(agencyTasks(instance)).hasSize(16);

        // ratings 1,2,3,4,5,1,... over the 16 agencies: 46 / 16 = 2.875 -> 2.88; one wants to leave
        List<String> codes = directory.agencyCodes();
        for (int i = 0; i < codes.size(); i++) {
            answer(instance, codes.get(i), (i % 5) + 1, i != 3, "Kurserna", null);
        }

        assertThat(instance).isWaitingAt(WRITE_SUMMARY).variables()
                .containsEntry(AGENCY_COUNT, 16)
                .containsEntry(ANSWER_COUNT, 16)
                .containsEntry(AVERAGE_RATING, 2.88)
                .containsEntry(CONTINUE_COUNT, 15)
                .containsEntry(NON_RESPONDING_COUNT, 0)
                .containsEntry(NON_RESPONDING_AGENCIES, "")
                .containsEntry(REVIEW_YEAR, 2027);
        Assertions.assertThat(countAnswers(key)).isEqualTo(16);

        writeSummary(instance, "Stor nytta av utbildningarna.", "Fler digitala kurser.");
        decide(instance, "CONTINUE_WITH_CHANGES", "Fortsätt, med fler digitala kurser.", false);

        assertThat(instance).isEnded().hasPassedInOrder(START, PREPARE, RATE_BENEFIT,
                JOIN_ANSWERS, COMPILE_ANSWERS, JOIN_COMPILATION, WRITE_SUMMARY, DECIDE, NEEDS_COMPLETION,
                RECORD_DECISION, END_DECIDED);
        assertThat(instance).hasNotPassed(DEADLINE_PASSED);

        Map<String, Object> review = jdbc.queryForMap("select * from network_review where business_key = ?", key);
        Assertions.assertThat(review)
                .containsEntry("REVIEW_YEAR", 2027)
                .containsEntry("AGENCY_COUNT", 16)
                .containsEntry("ANSWER_COUNT", 16)
                .containsEntry("CONTINUE_COUNT", 15)
                .containsEntry("DECISION", "CONTINUE_WITH_CHANGES")
                .containsEntry("DECISION_NOTES", "Fortsätt, med fler digitala kurser.")
                .containsEntry("SUMMARY", "Stor nytta av utbildningarna.")
                .containsEntry("DECIDED_BY", "chef-spv");
        Assertions.assertThat((BigDecimal) review.get("AVERAGE_RATING")).isEqualByComparingTo("2.88");
        Assertions.assertThat(review.get("DECIDED_AT")).isNotNull();
        Assertions.assertThat(jdbc.queryForObject(
                "select answered_by from network_review_answer where business_key = ? and agency_code = 'csn'",
                String.class, key)).isEqualTo("chef-csn");
    }

    @Test
    @Order(3)
    void yearlyTimerStartsTheReviewAndSilenceCountsAsNoAnswerAtTheDeadline() {
        Set<String> before = instanceIds();
        Job yearly = yearlyTimer.timers().get(0);
        managementService.executeJob(yearly.getId());
        ProcessInstance instance = newInstance(before);

        assertThat(instance).hasPassed(START, PREPARE).isWaitingAt(RATE_BENEFIT);
        Assertions.assertThat(instance.getBusinessKey()).matches("REVIEW-\\d{4}-\\d{4}");
        // defaults: this year, answers until the end of the day 21 days (network.review.response-period) ahead
        Date expectedDeadline = Date.from(LocalDate.now(SWEDEN).plusDays(21).atTime(LocalTime.of(23, 59, 59))
                .atZone(SWEDEN).toInstant());
        assertThat(instance).variables()
                .containsEntry(REVIEW_YEAR, LocalDate.now(SWEDEN).getYear())
                .containsEntry(RESPONSE_DEADLINE, expectedDeadline);
        Assertions.assertThat(agencyTasks(instance)).allSatisfy(task ->
                Assertions.assertThat(task.getDueDate()).isEqualTo(expectedDeadline));

        answer(instance, "bolagsverket", 4, true, null, null);
        answer(instance, "csn", 5, true, null, "Mer om AI");
        answer(instance, "spv", 3, false, null, null);

        Job deadline = managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(DEADLINE_PASSED).singleResult();
        Assertions.assertThat(deadline.getDuedate()).isEqualTo(expectedDeadline);
        managementService.executeJob(deadline.getId());

        assertThat(instance).hasPassed(DEADLINE_PASSED, JOIN_ANSWERS, COMPILE_ANSWERS).isWaitingAt(WRITE_SUMMARY);
        Assertions.assertThat(agencyTasks(instance)).isEmpty();
        Map<String, Object> figures = runtimeService.getVariables(instance.getId());
        Assertions.assertThat(figures)
                .containsEntry(ANSWER_COUNT, 3)
                .containsEntry(NON_RESPONDING_COUNT, 13)
                .containsEntry(AVERAGE_RATING, 4.0)
                .containsEntry(CONTINUE_COUNT, 2);
        String nonResponding = (String) figures.get(NON_RESPONDING_AGENCIES);
        Assertions.assertThat(nonResponding)
                .contains("Tullverket", "Länsstyrelsen Västernorrland", "Mittuniversitetet")
                .doesNotContain("Bolagsverket", "CSN", "SPV");
        Assertions.assertThat(nonResponding.split("\n")).hasSize(13);
    }

    @Test
    @Order(4)
    void steeringGroupSendsTheSummaryBackForCompletion() {
        ProcessInstance instance = startManually(null, null);
        answer(instance, "msb", 2, true, null, null);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(DEADLINE_PASSED).singleResult().getId());

        writeSummary(instance, "Kort sammanfattning.", "Som i år.");
        decide(instance, null, "Beskriv varför 15 myndigheter inte svarade.", true);
        assertThat(instance).isWaitingAt(WRITE_SUMMARY).variables().containsEntry(SEND_BACK, true);

        writeSummary(instance, "Kompletterad sammanfattning med bortfallsanalys.", "Som i år.");
        assertThat(instance).isWaitingAt(DECIDE).variables().containsEntry(SEND_BACK, false);
        decide(instance, "WIND_DOWN", null, false);

        assertThat(instance).isEnded().hasPassedInOrder(DECIDE, NEEDS_COMPLETION, JOIN_COMPILATION, WRITE_SUMMARY,
                DECIDE, NEEDS_COMPLETION, RECORD_DECISION, END_DECIDED);
        Assertions.assertThat(historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).activityId(WRITE_SUMMARY).count()).isEqualTo(2);
        Assertions.assertThat(jdbc.queryForMap("select summary, decision from network_review where business_key = ?",
                instance.getBusinessKey()))
                .containsEntry("SUMMARY", "Kompletterad sammanfattning med bortfallsanalys.")
                .containsEntry("DECISION", "WIND_DOWN");
    }

    @Test
    @Order(5)
    void anInvalidAnswerIsRefusedOnTheServerAndNothingIsStored() {
        ProcessInstance instance = startManually(null, null);
        Task csn = agencyTask(instance, "csn");

        assertRefused(csn, Map.of(BENEFIT_RATING, 7L), "benefitRating");
        assertRefused(csn, Map.of(), "benefitRating");
        assertRefused(csn, Map.of(BENEFIT_RATING, "bra"), "benefitRating");
        assertRefused(csn, Map.of(BENEFIT_RATING, 4L, MOST_USEFUL, "x".repeat(2001)), "mostUseful");

        Assertions.assertThat(countAnswers(instance.getBusinessKey())).isZero();
        Assertions.assertThat(taskService.createTaskQuery().taskId(csn.getId()).count()).isEqualTo(1);

        // the same task accepts a valid answer
        answer(instance, "csn", 4, true, "x".repeat(2000), null);
        Assertions.assertThat(countAnswers(instance.getBusinessKey())).isEqualTo(1);
    }

    @Test
    @Order(7)
    void theEvaluationsOfTheStaffLoansThatEndedInTheReviewYearAreInTheFigures() {
        // two loans end in 2034 (one evaluated by both agencies, one by the borrower only), one in 2035
        staffLoan("LOAN-2034-0801", "csn", "spv", LocalDate.of(2034, 5, 31));
        staffLoan("LOAN-2034-0802", "msb", "csn", LocalDate.of(2034, 11, 30));
        staffLoan("LOAN-2034-0803", "csn", "spv", LocalDate.of(2035, 1, 31));
        staffLoanEvaluation("LOAN-2034-0801", "BORROWER", "csn", 5, 4, true);
        staffLoanEvaluation("LOAN-2034-0801", "LENDER", "spv", 3, 2, false);
        staffLoanEvaluation("LOAN-2034-0802", "BORROWER", "msb", 4, 4, true);
        staffLoanEvaluation("LOAN-2034-0803", "BORROWER", "csn", 1, 1, false);
        // the persons of the two 2034 loans got their questionnaire; one answered: too few to show anything
        String first = openPersonRound("LOAN-2034-0801");
        openPersonRound("LOAN-2034-0802");
        Assertions.assertThat(SurveyFormPost.post(HttpClient.newHttpClient(), port, Surveys.PATH, "questionnaire-form",
                first.substring(first.lastIndexOf('/') + 1), "application/x-www-form-urlencoded",
                "workRating=5&learningRating=4&supportRating=3").statusCode()).isEqualTo(200);
        try {
            ProcessInstance instance = startManually(2034, null);
            answer(instance, "csn", 4, true, null, null);
            managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                    .activityId(DEADLINE_PASSED).singleResult().getId());
            assertThat(instance).isWaitingAt(WRITE_SUMMARY);
            Assertions.assertThat((String) runtimeService.getVariable(instance.getId(),
                    ReviewVariables.Names.STAFF_LOAN_EVALUATIONS)).isEqualTo("""
                    Utlån av personal som slutade 2034: 2 utvärderade.
                    Lånande myndigheter: 2 svar, motsvarade behovet 4,50, fungerade för myndigheten 4,00 (medelvärden 1–5), \
                    skulle göra det igen 2 av 2.
                    Utlånande myndigheter: 1 svar, motsvarade behovet 3,00, fungerade för myndigheten 2,00 (medelvärden 1–5), \
                    skulle göra det igen 0 av 1.
                    Medarbetarna (anonymt, över alla årets utlån): 1 svar av 2 tillfrågade; medelvärden visas först när \
                    minst 5 har svarat.""");
            // a year without evaluated loans says so
            ProcessInstance empty = startManually(2036, null);
            managementService.executeJob(managementService.createJobQuery().processInstanceId(empty.getId())
                    .activityId(DEADLINE_PASSED).singleResult().getId());
            Assertions.assertThat(runtimeService.getVariable(empty.getId(), ReviewVariables.Names.STAFF_LOAN_EVALUATIONS))
                    .isEqualTo("Utlån av personal som slutade 2036: inget utvärderat.");
        } finally {
            for (String key : List.of("LOAN-2034-0801", "LOAN-2034-0802", "LOAN-2034-0803")) {
                jdbc.update("delete from survey_round where round_key = ?", key + ":person");
                jdbc.update("delete from staff_loan_evaluation where business_key = ?", key);
                jdbc.update("delete from staff_loan where business_key = ?", key);
            }
        }
    }

    /** The round staff-loan opens for the person of a loan (StaffLoanProcessTest drives it), with the person's link. */
    String openPersonRound(String key) {
        surveys.open(key + ":person", "staff-loan-person", "Jurist", LocalDateTime.now().plusDays(14), null);
        return surveys.invite(key + ":person", "person");
    }

    /** A staff loan that ended on {@code end}, as staff-loan stores it (StaffLoanProcessTest drives the process). */
    void staffLoan(String key, String borrower, String lender, LocalDate end) {
        EndedStaffLoans.loan(jdbc, key, borrower, lender, end, LocalDateTime.now());
    }

    void staffLoanEvaluation(String key, String party, String agency, int purpose, int cooperation, boolean again) {
        EndedStaffLoans.evaluation(jdbc, key, party, agency, purpose, cooperation, again, LocalDateTime.now());
    }

    @Test
    @Order(6)
    void eachAgencyTaskIsOfferedOnlyToThatAgencysHeadsAndKeepsItsAnswerLocal() {
        ProcessInstance instance = startManually(null, null);
        Task csn = agencyTask(instance, "csn");

        List<String> candidateGroups = taskService.getIdentityLinksForTask(csn.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .toList();
        Assertions.assertThat(candidateGroups).containsExactly(Groups.headsOf("csn"));
        Assertions.assertThat(csn.getName()).as("step, agency and case").isEqualTo("Bedöm nätverkets nytta"
                + " – Centrala studiestödsnämnden (CSN) – " + instance.getBusinessKey() + " Nyttoutvärdering");
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskCandidateGroup("csn-heads").count()).isEqualTo(1);
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskCandidateGroup("spv-heads").singleResult().getId()).isNotEqualTo(csn.getId());

        answer(instance, "csn", 5, true, "Nätverket", null);

        Assertions.assertThat(runtimeService.getVariables(instance.getId()))
                .doesNotContainKeys(BENEFIT_RATING, WANTS_TO_CONTINUE, MOST_USEFUL, AGENCY, AGENCY_NAME);
        Task spv = agencyTask(instance, "spv");
        Assertions.assertThat(taskService.getVariables(spv.getId()))
                .containsEntry(AGENCY, "spv")
                .containsEntry(BENEFIT_RATING, null)
                .containsEntry(MOST_USEFUL, null);
    }

    // --- helpers -------------------------------------------------------------------------------

    private ProcessInstance startManually(Integer year, LocalDate lastAnswerDate) {
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY)
                .latestVersion().singleResult().getId();
        Map<String, Object> form = new java.util.HashMap<>();
        if (year != null) {
            form.put(REVIEW_YEAR, year.longValue()); // Tasklist sends numbers as Long
        }
        if (lastAnswerDate != null) {
            form.put(LAST_ANSWER_DATE, lastAnswerDate.toString());
        }
        ProcessInstance started = formService.submitStartForm(definitionId, form);
        return runtimeService.createProcessInstanceQuery().processInstanceId(started.getId()).singleResult();
    }

    private void answer(ProcessInstance instance, String agency, int rating, boolean continues, String mostUseful,
            String shouldChange) {
        Task task = agencyTask(instance, agency);
        taskService.setAssignee(task.getId(), "chef-" + agency);
        Map<String, Object> form = new java.util.HashMap<>();
        form.put(BENEFIT_RATING, (long) rating);
        form.put(WANTS_TO_CONTINUE, continues);
        form.put(MOST_USEFUL, mostUseful);
        form.put(SHOULD_CHANGE, shouldChange);
        formService.submitTaskForm(task.getId(), form);
    }

    private void writeSummary(ProcessInstance instance, String summary, String proposal) {
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(WRITE_SUMMARY).singleResult();
        Assertions.assertThat(taskService.getIdentityLinksForTask(task.getId()))
                .extracting(IdentityLink::getGroupId).containsExactly(Groups.NETWORK_COORDINATORS);
        taskService.setAssignee(task.getId(), "koordinator");
        formService.submitTaskForm(task.getId(), Variables.createVariables()
                .putValue(REVIEW_SUMMARY, summary)
                .putValue(NEXT_YEAR_PROPOSAL, proposal));
    }

    private void decide(ProcessInstance instance, String decision, String notes, boolean sendBack) {
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(DECIDE).singleResult();
        Assertions.assertThat(taskService.getIdentityLinksForTask(task.getId()))
                .extracting(IdentityLink::getGroupId).containsExactly(Groups.STEERING_GROUP);
        taskService.setAssignee(task.getId(), "chef-spv");
        formService.submitTaskForm(task.getId(), Variables.createVariables()
                .putValue(DECISION, decision)
                .putValue(DECISION_NOTES, notes)
                .putValue(SEND_BACK, sendBack));
    }

    private void assertRefused(Task task, Map<String, Object> form, String field) {
        assertThatThrownBy(() -> formService.submitTaskForm(task.getId(), form))
                .isInstanceOf(FormFieldValidationException.class)
                // the generic form check ("... (benefitRating) ...") or the review's own rule ("benefitRating: ...")
                .message().containsAnyOf("(" + field + ")", field + ":");
        Assertions.assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    private List<Task> agencyTasks(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(RATE_BENEFIT).list();
    }

    private Task agencyTask(ProcessInstance instance, String agency) {
        return taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(RATE_BENEFIT).taskCandidateGroup(Groups.headsOf(agency)).singleResult();
    }

    private int countAnswers(String businessKey) {
        return jdbc.queryForObject("select count(*) from network_review_answer where business_key = ?",
                Integer.class, businessKey);
    }

    private Set<String> instanceIds() {
        Set<String> ids = new HashSet<>();
        runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).list()
                .forEach(p -> ids.add(p.getId()));
        return ids;
    }

    private ProcessInstance newInstance(Set<String> before) {
        List<ProcessInstance> created = new ArrayList<>(runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(KEY).list());
        created.removeIf(p -> before.contains(p.getId()));
        Assertions.assertThat(created).hasSize(1);
        return created.get(0);
    }

    /** The next 1 February, 07:00, in the engine's (the JVM's) time zone. */
    private static Date nextYearlyStart() {
        ZoneId zone = ZoneId.systemDefault();
        LocalDateTime now = LocalDateTime.now(zone);
        LocalDateTime next = LocalDateTime.of(now.getYear(), 2, 1, 7, 0);
        if (!next.isAfter(now)) {
            next = next.plusYears(1);
        }
        return Date.from(next.atZone(zone).toInstant());
    }

    /** Issue 17: whatever path ran, no variable is stored as a Java object (lists and maps are Spin JSON). */
    @AfterEach
    void noVariableIsStoredAsAJavaObject() {
        StoredVariables.assertNoneStoredAsJava(jdbc);
    }
}
