package se.agencynetwork.overview;

import se.agencynetwork.models.ids.CourseDeliveryModel;
import se.agencynetwork.models.ids.IdeaModel;
import se.agencynetwork.models.ids.ProcurementModel;
import se.agencynetwork.models.ids.YhApplicationModel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.agencynetwork.costsharing.AllocationKind;
import se.agencynetwork.costsharing.AllocationRequest;
import se.agencynetwork.costsharing.CoFunder;
import se.agencynetwork.costsharing.CostKey;
import se.agencynetwork.costsharing.CostLedger;
import se.agencynetwork.evaluation.SurveyRepository;
import se.agencynetwork.process.SurveyAnswers;
import se.agencynetwork.survey.Surveys;
import se.agencynetwork.forms.FormSamples;
import se.agencynetwork.idea.IdeaVariables;

/**
 * Every figure of the overview page against the same figure computed here another way: through the
 * engine's Java API (history, tasks, identity links) and plain SQL on the application's tables, for the
 * whole network (as the coordinator) and for one agency (as its head). Processes are put where a case
 * waits (interest round, heads' approval, registration) with the same samples the form tests use; the
 * ledger, surveys, reviews and YH letters are written through the application's own services or as
 * the rows those services write.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewFiguresTest {

    static final String OWN = "tullverket";
    static final String OTHER = "spv";
    static final Pattern FIGURE = Pattern.compile("id=\"([^\"]+)\"[^>]*data-value=\"([^\"]*)\"");

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    CostLedger ledger;
    @Autowired
    SurveyRepository surveys;
    @Autowired
    Surveys questionnaires;
    @Autowired
    SurveyAnswers answers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OverviewQueries queries;
    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;
    @Autowired
    org.camunda.bpm.engine.IdentityService identityService;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final List<String> instances = new ArrayList<>();
    int year;
    String courseKey;
    String hiddenCourseKey;
    String yhKey;

    @BeforeAll
    void aNetworkInMidYear() {
        year = queries.today().getYear();
        OverviewFixture.Made made = new OverviewFixture(repositoryService, runtimeService, taskService, ledger, surveys,
                questionnaires, answers, jdbc)
                .make(year, false);
        instances.addAll(made.instances());
        courseKey = made.courseKey();
        hiddenCourseKey = made.hiddenCourseKey();
        yhKey = made.yhKey();
    }

    @AfterAll
    void tidyUp() {
        instances.forEach(id -> {
            if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                runtimeService.deleteProcessInstance(id, "overview figures test", true, true);
            }
        });
    }

    // ---- the network ----

    @Test
    void theNetworksPageShowsTheSameFiguresAsTheEngineAndTheLedger() throws Exception {
        HttpResponse<String> page = get("/overview?year=" + year, "koordinator");
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> figures = figures(page.body());

        Map<String, Integer> funnel = funnelFromHistory(null);
        funnel.forEach((stage, count) -> assertThat(figures).as("funnel " + stage).containsEntry("funnel-" + stage, count.toString()));
        assertThat(funnel.get("submitted")).isGreaterThanOrEqualTo(2);
        assertThat(funnel.get("interest-round")).isGreaterThanOrEqualTo(1);

        // interest rounds: agencies that have not answered = open tasks of the round
        for (Task task : taskService.createTaskQuery().taskDefinitionKey(IdeaModel.USER_TASK_STATE_INTEREST).list()) {
            String key = businessKey(task);
            long open = taskService.createTaskQuery().processInstanceId(task.getProcessInstanceId())
                    .taskDefinitionKey(IdeaModel.USER_TASK_STATE_INTEREST).count();
            assertThat(figures).containsEntry("interest-" + key + "-missing", Long.toString(open));
        }
        // heads' approvals, registrations: one row per open task and agency
        assertRowsForOpenTasks(page.body(), "approvals", Set.of(ProcurementModel.USER_TASK_APPROVE_START, ProcurementModel.USER_TASK_APPROVE_AWARD), null);
        assertRowsForOpenTasks(page.body(), "registrations", Set.of(CourseDeliveryModel.USER_TASK_REGISTER_PARTICIPANTS), null);
        assertRowsForOpenTasks(page.body(), "letters", Set.of(YhApplicationModel.USER_TASK_ANSWER_LETTER), null);
        // tender periods and standstills: one row per procurement timer, its date the job's due date
        int timers = 0;
        for (org.camunda.bpm.engine.runtime.Job job : managementService.createJobQuery().timers().list()) {
            String activity = managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                    .singleResult().getActivityId();
            if (activity.equals(ProcurementModel.INTERMEDIATE_EVENT_TENDER_DEADLINE) || activity.equals(ProcurementModel.INTERMEDIATE_EVENT_STANDSTILL_OVER)) {
                timers++;
                String key = businessKeyOf(job.getProcessInstanceId());
                assertThat(page.body()).contains("id=\"procurement-" + key + "\"");
                assertThat(page.body()).contains(LocalDate.ofInstant(job.getDuedate().toInstant(),
                        java.time.ZoneId.systemDefault()).toString());
            }
        }
        assertThat(timers).isEqualTo(2);

        // coming course: seats from the process, registrations and reserves from the list
        Task registration = taskService.createTaskQuery().taskDefinitionKey(CourseDeliveryModel.USER_TASK_REGISTER_PARTICIPANTS)
                .processInstanceId(instances.get(6)).list().get(0);
        String course = businessKey(registration);
        assertThat(figures).containsEntry("coming-" + course + "-" + OWN + "-seats", "3")
                .containsEntry("coming-" + course + "-" + OTHER + "-seats", "2");
        for (String agency : List.of(OWN, OTHER)) {
            assertThat(figures).containsEntry("coming-" + course + "-" + agency + "-registered",
                    count("select count(*) from course_participant where business_key = ? and agency_code = ? and status = 'REGISTERED'", course, agency))
                    .containsEntry("coming-" + course + "-" + agency + "-reserves",
                    count("select count(*) from course_participant where business_key = ? and agency_code = ? and status = 'RESERVE'", course, agency));
        }

        // money per agency and in total
        Map<String, BigDecimal[]> money = moneyFromLedger();
        money.forEach((agency, sums) -> {
            assertThat(new BigDecimal(figures.get("money-" + agency + "-committed"))).as("committed " + agency).isEqualByComparingTo(sums[0]);
            assertThat(new BigDecimal(figures.get("money-" + agency + "-final"))).as("final " + agency).isEqualByComparingTo(sums[1]);
            assertThat(new BigDecimal(figures.get("money-" + agency + "-inkind"))).as("in kind " + agency).isEqualByComparingTo(sums[2]);
        });
        assertThat(new BigDecimal(figures.get("money-total-final")))
                .isEqualByComparingTo(money.values().stream().map(s -> s[1]).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(new BigDecimal(figures.get("money-total-committed")))
                .isEqualByComparingTo(money.values().stream().map(s -> s[0]).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(page.body()).contains("/api/invoicing-basis.csv?from=" + year + "-01-01&amp;to=" + year + "-03-31",
                "/api/invoicing-basis.csv?from=" + year + "-10-01&amp;to=" + year + "-12-31");

        // past course: attendance per agency = invitations; outcomes shown from five answers, else hidden
        assertThat(figures).containsEntry("past-" + courseKey + "-" + OWN, "4").containsEntry("past-" + courseKey + "-total", "7");
        Map<String, Object> compiled = jdbc.queryForMap("select responses, relevance_avg, nps from evaluation_survey where course_key = ?", courseKey);
        assertThat(figures).containsEntry("outcome-" + courseKey + "-responses", compiled.get("RESPONSES").toString())
                .containsEntry("outcome-" + courseKey + "-nps", compiled.get("NPS").toString());
        assertThat(new BigDecimal(figures.get("outcome-" + courseKey + "-relevance"))).isEqualByComparingTo((BigDecimal) compiled.get("RELEVANCE_AVG"));
        assertThat(figures).containsEntry("outcome-" + hiddenCourseKey + "-responses", "3")
                .doesNotContainKey("outcome-" + hiddenCourseKey + "-nps");
        assertThat(page.body()).contains("id=\"outcome-" + hiddenCourseKey + "-hidden\"");

        // reviews per year: the average of every answer of that year
        for (int y : List.of(year - 1, year)) {
            List<Integer> ratings = jdbc.queryForList("select a.rating from network_review_answer a join network_review r"
                    + " on r.business_key = a.business_key where r.review_year = ?", Integer.class, y);
            BigDecimal average = BigDecimal.valueOf(ratings.stream().mapToInt(Integer::intValue).average().orElseThrow());
            assertThat(new BigDecimal(figures.get("review-" + y + "-average"))).isCloseTo(average, org.assertj.core.data.Offset.offset(new BigDecimal("0.005")));
            assertThat(figures).containsEntry("review-" + y + "-answers", Integer.toString(ratings.size()));
        }
        assertThat(figures).containsEntry("yh-" + yhKey + "-signed", "1").containsEntry("yh-" + yhKey + "-pending", "1");

        // the charts are there, with their tables, and nothing runs as a script
        assertThat(page.body()).contains("id=\"chart-funnel\"", "id=\"chart-money\"", "id=\"chart-reviews\"", "<table id=\"funnel\"",
                "<table id=\"money\"", "<table id=\"reviews\"").doesNotContain("<script");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
    }

    // ---- one agency ----

    @Test
    void anAgencysHeadSeesTheirAgencysFiguresAndNoOtherAgencysMoney() throws Exception {
        HttpResponse<String> page = get("/overview/agency/" + OWN + "?year=" + year, "chef-" + OWN);
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> figures = figures(page.body());

        Map<String, Integer> funnel = funnelFromHistory(OWN);
        funnel.forEach((stage, count) -> assertThat(figures).as("funnel " + stage).containsEntry("funnel-" + stage, count.toString()));
        assertThat(funnel.get("interest-round")).isGreaterThanOrEqualTo(1);

        BigDecimal[] own = moneyFromLedger().get(OWN);
        assertThat(new BigDecimal(figures.get("money-" + OWN + "-committed"))).isEqualByComparingTo(own[0]);
        assertThat(new BigDecimal(figures.get("money-" + OWN + "-final"))).isEqualByComparingTo(own[1]);
        assertThat(figures.keySet().stream().filter(k -> k.startsWith("money-"))).allMatch(k -> k.startsWith("money-" + OWN + "-"));
        assertThat(page.body()).doesNotContain("data-agency=\"" + OTHER + "\"", "data-agency=\"csn\"")
                .contains("/api/invoicing-basis.csv?from=" + year + "-01-01&amp;to=" + year + "-03-31&amp;agency=" + OWN);

        assertRowsForOpenTasks(page.body(), "approvals", Set.of(ProcurementModel.USER_TASK_APPROVE_START, ProcurementModel.USER_TASK_APPROVE_AWARD), OWN);
        assertRowsForOpenTasks(page.body(), "registrations", Set.of(CourseDeliveryModel.USER_TASK_REGISTER_PARTICIPANTS), OWN);
        // procurement dates: only the procurement tullverket co-funds (the interest round's case), not the standstill
        assertThat(page.body()).contains("id=\"procurement-" + businessKeyOf(instances.get(1)) + "\"")
                .doesNotContain("id=\"procurement-OVSTANDSTILL-");
        // the interest round of tullverket is answered: it is not among the agency's open rounds
        assertThat(page.body()).doesNotContain("id=\"interest-" + businessKeyOf(instances.get(1)) + "\"");
        assertThat(figures).containsEntry("past-" + courseKey + "-" + OWN, "4").doesNotContainKey("past-" + hiddenCourseKey + "-total");
        assertThat(figures).containsEntry("review-" + year + "-own", "5").containsEntry("review-" + (year - 1) + "-own", "3");
        assertThat(figures).containsEntry("yh-" + yhKey + "-signed", "1");
    }

    @Test
    void candidateSharingIsCountedForTheNetworkAndForTheReferringAgency() throws Exception {
        java.sql.Timestamp now = new java.sql.Timestamp(System.currentTimeMillis());
        java.sql.Timestamp later = java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().plusMonths(6));
        String[][] rows = {{OTHER, "CONSENTED"}, {OTHER, "DECLINED"}, {OWN, "EXPIRED"}};
        List<String> ids = new ArrayList<>();
        for (String[] row : rows) {
            String id = java.util.UUID.randomUUID().toString();
            ids.add(id);
            boolean consented = !row[1].equals("DECLINED");
            jdbc.update("insert into candidate_referral (id, business_key, process_instance_id, referring_agency, referred_by,"
                    + " role_title, status, created_at, answer_deadline, consented_at, shared_until) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, "REFERRAL-OV-" + ids.size(), "none", row[0], "chef-" + row[0], "Jurist", row[1], now, now,
                    consented ? now : null, consented ? later : null);
        }
        jdbc.update("insert into candidate_referral_contact (referral_id, agency_code, contacted_by, contacted_at) values (?, ?, ?, ?)",
                ids.get(0), OWN, "chef-" + OWN, now);
        String inYear = " where created_at >= '" + year + "-01-01' and created_at < '" + (year + 1) + "-01-01'";
        Map<String, String> network = figures(get("/overview?year=" + year, "koordinator").body());
        assertThat(network).containsEntry("referrals-referred", count("select count(*) from candidate_referral" + inYear))
                .containsEntry("referrals-consented", count("select count(*) from candidate_referral" + inYear + " and consented_at is not null"))
                .containsEntry("referrals-shared", count("select count(*) from candidate_referral" + inYear + " and status = 'CONSENTED'"))
                .containsEntry("referrals-contacts", count("select count(*) from candidate_referral_contact"));
        assertThat(Integer.parseInt(network.get("referrals-referred"))).isGreaterThanOrEqualTo(3);
        Map<String, String> own = figures(get("/overview/agency/" + OWN + "?year=" + year, "chef-" + OWN).body());
        assertThat(own).containsEntry("referrals-referred", count("select count(*) from candidate_referral" + inYear
                        + " and referring_agency = '" + OWN + "'"))
                .containsEntry("referrals-shared", "0")
                .containsEntry("referrals-contacts", count("select count(*) from candidate_referral_contact where agency_code = '" + OWN + "'"));
        jdbc.update("delete from candidate_referral_contact where referral_id = ?", ids.get(0));
        ids.forEach(id -> jdbc.update("delete from candidate_referral where id = ?", id));
    }

    @Test
    void whoMaySeeWhat() throws Exception {
        assertThat(get("/overview", null).statusCode()).isEqualTo(401);
        assertThat(get("/overview", null).body()).contains("Logga in", "/camunda/app/tasklist/default/#/login");
        HttpResponse<String> head = get("/overview", "chef-" + OWN);
        assertThat(head.statusCode()).isEqualTo(302);
        assertThat(head.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/overview/agency/" + OWN));
        assertThat(get("/overview/agency/" + OTHER, "chef-" + OWN).statusCode()).isEqualTo(403);
        assertThat(get("/overview/agency/" + OTHER, "utbkoord-" + OWN).statusCode()).isEqualTo(403);
        // a member of a working group only: neither the network's nor any agency's overview
        if (identityService.createUserQuery().userId("oversikt-arbetsgrupp").count() == 0) {
            org.camunda.bpm.engine.identity.User user = identityService.newUser("oversikt-arbetsgrupp");
            user.setPassword("demo");
            identityService.saveUser(user);
            identityService.createMembership("oversikt-arbetsgrupp", "wg-legal");
        }
        assertThat(get("/overview", "oversikt-arbetsgrupp").statusCode()).isEqualTo(403);
        assertThat(get("/overview/agency/" + OWN, "oversikt-arbetsgrupp").statusCode()).isEqualTo(403);
        assertThat(get("/overview/agency/" + OTHER, "koordinator").statusCode()).isEqualTo(200);
        HttpResponse<String> badYear = get("/overview?year=tjugo", "koordinator");
        assertThat(badYear.statusCode()).isEqualTo(400);
        assertThat(badYear.body()).contains("Parametern &#39;year&#39; måste vara ett årtal");
        // a case's history: the coordinator sees any, a head only cases of their agency
        String interestKey = businessKeyOf(instances.get(1));
        HttpResponse<String> history = get("/overview/case/" + interestKey, "koordinator");
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(history.body()).contains("Anmäl intresse");
        assertThat(get("/overview/case/" + interestKey, "chef-" + OWN).statusCode()).isEqualTo(200);
        // the idea still in screening has no agency yet: only the network sees it
        String screening = businessKeyOf(instances.get(0));
        assertThat(get("/overview/case/" + screening, "chef-" + OWN).statusCode()).isEqualTo(403);
        assertThat(get("/overview/case/" + screening, "chef-lansstyrelsen").statusCode()).isEqualTo(403);
        assertThat(get("/overview/case/" + screening, "matris-inget").statusCode()).isEqualTo(401);
    }

    // ---- independent figures ----

    /** The funnel computed from the engine's history API: how many of the year's ideas reached each stage. */
    Map<String, Integer> funnelFromHistory(String agency) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String stage : List.of("submitted", "screened", "interest-round", "decided", "in-procurement", "in-delivery", "evaluated")) {
            counts.put(stage, 0);
        }
        for (HistoricProcessInstance idea : historyService.createHistoricProcessInstanceQuery().processDefinitionKey("idea")
                .startedAfter(java.sql.Timestamp.valueOf(LocalDate.of(year, 1, 1).atStartOfDay().minusNanos(1000000)))
                .startedBefore(java.sql.Timestamp.valueOf(LocalDate.of(year + 1, 1, 1).atStartOfDay())).list()) {
            if (agency != null && !concerns(idea, agency)) {
                continue;
            }
            int stage = 0;
            for (HistoricActivityInstance a : historyService.createHistoricActivityInstanceQuery()
                    .processInstanceId(idea.getId()).list()) {
                int reached = switch (a.getActivityId()) {
                    case IdeaModel.USER_TASK_SCREEN_IDEA -> a.getEndTime() != null ? 1 : 0;
                    case IdeaModel.USER_TASK_STATE_INTEREST -> 2;
                    case IdeaModel.USER_TASK_DECIDE_IDEA -> a.getEndTime() != null ? 3 : 0;
                    case IdeaModel.CALL_ACTIVITY_YH_APPLICATION -> 3;
                    case IdeaModel.CALL_ACTIVITY_PROCUREMENT -> 4;
                    case IdeaModel.CALL_ACTIVITY_COURSE_DELIVERY, IdeaModel.CALL_ACTIVITY_PROCURED_COURSE_DELIVERY -> 5;
                    default -> 0;
                };
                stage = Math.max(stage, reached);
            }
            if (idea.getBusinessKey() != null && historyService.createHistoricProcessInstanceQuery()
                    .processDefinitionKey("course-evaluation").processInstanceBusinessKey(idea.getBusinessKey()).count() > 0) {
                stage = 6;
            }
            int i = 0;
            for (String name : counts.keySet()) {
                if (i++ <= stage) {
                    counts.merge(name, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    boolean concerns(HistoricProcessInstance idea, String agency) {
        boolean originated = historyService.createHistoricVariableInstanceQuery().processInstanceId(idea.getId())
                .variableName(IdeaVariables.Names.ORIGINATING_AGENCY).list().stream().anyMatch(v -> agency.equals(v.getValue()));
        Integer interested = jdbc.queryForObject("select count(*) from idea_interest where business_key = ? and agency_code = ?"
                + " and (participants > 0 or co_funding)", Integer.class, idea.getBusinessKey(), agency);
        return originated || interested > 0;
    }

    /** Committed, final and in-kind per agency for the year, summed here in Java from the ledger's rows. */
    Map<String, BigDecimal[]> moneyFromLedger() {
        Map<String, BigDecimal[]> sums = new HashMap<>();
        Set<String> finalActivities = new HashSet<>();
        List<Map<String, Object>> rows = jdbc.queryForList("select a.id, a.activity_key, a.kind, a.version, a.status,"
                + " a.created_at, l.agency_code, l.share, l.in_kind_credit, l.approval_status from cost_allocation a"
                + " join cost_allocation_line l on l.allocation_id = a.id");
        Map<String, Integer> latestPreliminary = new HashMap<>();
        for (Map<String, Object> row : rows) {
            if (row.get("KIND").equals("FINAL")) {
                finalActivities.add((String) row.get("ACTIVITY_KEY"));
            } else {
                latestPreliminary.merge((String) row.get("ACTIVITY_KEY"), (Integer) row.get("VERSION"), Math::max);
            }
        }
        for (Map<String, Object> row : rows) {
            LocalDateTime created = ((Timestamp) row.get("CREATED_AT")).toLocalDateTime();
            if (created.getYear() != year || row.get("APPROVAL_STATUS").equals("DECLINED")) {
                continue;
            }
            BigDecimal[] s = sums.computeIfAbsent((String) row.get("AGENCY_CODE"),
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            if (row.get("KIND").equals("PRELIMINARY")
                    && row.get("VERSION").equals(latestPreliminary.get((String) row.get("ACTIVITY_KEY")))) {
                s[0] = s[0].add((BigDecimal) row.get("SHARE"));
            }
            if (row.get("STATUS").equals("FINAL")) {
                s[1] = s[1].add((BigDecimal) row.get("SHARE"));
                s[2] = s[2].add((BigDecimal) row.get("IN_KIND_CREDIT"));
            }
        }
        assertThat(finalActivities).isNotEmpty();
        return sums;
    }

    /** One row per open task of these elements and agency (the agency read from the task's candidate group). */
    void assertRowsForOpenTasks(String body, String table, Set<String> elements, String agency) {
        int expected = 0;
        for (Task task : taskService.createTaskQuery().taskDefinitionKeyIn(elements.toArray(String[]::new)).list()) {
            for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
                String group = link.getGroupId();
                if (group == null || !(group.endsWith("-heads") || group.endsWith("-training-coordinators"))) {
                    continue;
                }
                String code = group.replaceAll("-(heads|training-coordinators)$", "");
                if (agency != null && !agency.equals(code)) {
                    continue;
                }
                expected++;
                assertThat(body).contains("id=\"" + table + "-" + businessKey(task) + "-" + code + "\"");
            }
        }
        assertThat(expected).as("open tasks for " + table).isPositive();
        Matcher rows = Pattern.compile("id=\"" + table + "-").matcher(body);
        int shown = 0;
        while (rows.find()) {
            shown++;
        }
        assertThat(shown).as("rows in " + table).isEqualTo(expected);
    }

    // ---- helpers ----

    static Map<String, String> figures(String html) {
        Map<String, String> figures = new HashMap<>();
        Matcher m = FIGURE.matcher(html);
        while (m.find()) {
            figures.put(m.group(1), m.group(2));
        }
        return figures;
    }

    String count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args).toString();
    }

    String businessKey(Task task) {
        return businessKeyOf(task.getProcessInstanceId());
    }

    String businessKeyOf(String processInstanceId) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
                .getBusinessKey();
    }




    HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
