package se.agencynetwork.reliability;

import se.agencynetwork.survey.Surveys;
import se.agencynetwork.testsupport.CourseSurveyLink;
import se.agencynetwork.models.ids.IdeaModel;
import se.agencynetwork.models.ids.NetworkReviewModel;
import se.agencynetwork.models.ids.ProcurementModel;
import se.agencynetwork.models.ids.RecruitmentActivityModel;
import se.agencynetwork.models.ids.StaffLoanModel;
import se.agencynetwork.recruitment.RecruitmentVariables;
import se.agencynetwork.staffloan.StaffLoanVariables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.agencynetwork.directory.Groups;
import se.agencynetwork.forms.FormSamples;
import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.idea.IdeaVariables;
import se.agencynetwork.procurement.ProcurementVariables;

/**
 * Every role against every resource, as the README's "Authorization matrix" table states it: the
 * test reads that table and checks each cell over HTTP, so the table and the application cannot
 * drift apart. "yes" and "no" mean the call was let through or refused by authorization (what the
 * answer is depends on the resource, see {@link #RESOURCES}); a number is the exact HTTP status.
 *
 * <p>The probes change nothing: starting a process and completing a task are sent with a variable
 * the engine refuses after the authorization check (a Java-serialized object), so an allowed call
 * answers 400 and a refused one 403; seeing a task is {@code GET /engine-rest/task/{id}} (404 when
 * invisible). Agency A is {@code tullverket} (not in the steering group), the other agency
 * {@code spv}. The council member, steering-group member and working-group member are users of
 * this test that belong to that one group only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    static final String OWN = "tullverket";
    static final String OTHER = "spv";
    static final String STAFF_LOAN = "MATRIX-LOAN";
    static final String PERIOD = "from=2026-01-01&to=2099-12-31";
    /** A variable the engine refuses once the caller is authorized: allowed calls answer 400, forbidden ones 403. */
    static final String REFUSED_VARIABLE = "{\"variables\":{\"probe\":{\"value\":\"rO0ABXQAA2Zvbw==\",\"type\":\"Object\","
            + "\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
            + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}";

    /** The README's column header to the user who plays that role (null: no credentials). */
    static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("coordinator", "koordinator");
        ROLES.put("training admin", "utbildningsadmin");
        ROLES.put("training coordinator A", "utbkoord-" + OWN);
        ROLES.put("head A", "chef-" + OWN);
        ROLES.put("council member", "matris-rad");
        ROLES.put("steering group", "matris-styrgrupp");
        ROLES.put("working group", "matris-arbetsgrupp");
        ROLES.put("admin", "admin");
        ROLES.put("anonymous", null);
    }

    /** How a probe's answer reads as "yes" or "no". */
    record Verdict(Set<Integer> yes, Set<Integer> no) {
    }

    static final Verdict REFUSED_AFTER_CHECK = new Verdict(Set.of(400), Set.of(403));
    static final Verdict SEEN = new Verdict(Set.of(200), Set.of(404));
    static final Verdict READ = new Verdict(Set.of(200), Set.of(403));
    static final Verdict CREATED = new Verdict(Set.of(200, 204), Set.of(403));

    record Resource(Verdict verdict, Function<String, List<Integer>> probe) {
    }

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    Surveys surveys;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    final Map<String, Resource> resources = new LinkedHashMap<>();
    final Map<String, String> tasks = new HashMap<>();
    final List<String> instances = new ArrayList<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String surveyToken;
    int cells;

    @BeforeAll
    void setUp() {
        testUser("matris-rad", Groups.EDUCATION_COUNCIL);
        testUser("matris-styrgrupp", Groups.STEERING_GROUP);
        testUser("matris-arbetsgrupp", Groups.WG_LEGAL);
        FormSamples samples = new FormSamples(repositoryService, runtimeService, taskService);
        task("coordinators", samples, "idea", IdeaModel.USER_TASK_SCREEN_IDEA, Map.of());
        task("council", samples, "idea", IdeaModel.USER_TASK_SHAPE_IDEA, Map.of());
        task("training admins", samples, "procurement", ProcurementModel.USER_TASK_DESCRIBE_REQUIREMENT, Map.of());
        task("steering group", samples, "network-review", NetworkReviewModel.USER_TASK_DECIDE_NEXT_YEAR, Map.of());
        Map<String, Object> agencies = Map.of(IdeaVariables.Names.MEMBER_AGENCIES, List.of(OWN, OTHER), ProcurementVariables.PENDING_AGENCIES, List.of(OWN, OTHER));
        agencyTasks("training coordinators", samples, "idea", IdeaModel.USER_TASK_STATE_INTEREST, IdeaVariables.Names.AGENCY, agencies);
        agencyTasks("heads", samples, "procurement", ProcurementModel.USER_TASK_APPROVE_START, CostSharingVariables.AGENCY_CODE, agencies);
        agencyTasks("recruitment sign-up", samples, "recruitment-activity", RecruitmentActivityModel.USER_TASK_SIGN_UP,
                RecruitmentVariables.Names.AGENCY, Map.of(RecruitmentVariables.Names.MEMBER_AGENCIES, List.of(OWN, OTHER)));
        // a running staff loan's change task, offered to both agencies' heads: once with A a party, once without A
        task("staff-loan change party", samples, "staff-loan", StaffLoanModel.USER_TASK_CHANGE_LOAN, Map.of(
                StaffLoanVariables.Names.BORROWING_AGENCY, OWN, StaffLoanVariables.Names.LENDING_AGENCY, OTHER));
        task("staff-loan change not a party", samples, "staff-loan", StaffLoanModel.USER_TASK_CHANGE_LOAN, Map.of(
                StaffLoanVariables.Names.BORROWING_AGENCY, OTHER, StaffLoanVariables.Names.LENDING_AGENCY, "csn"));
        // a staff loan that has ended: A borrowed from the other agency; each agency's heads evaluate it in a task of their own
        agencyTasks("staff-loan evaluation", samples, "staff-loan", StaffLoanModel.USER_TASK_EVALUATE_LOAN,
                StaffLoanVariables.Names.AGENCY, Map.of(StaffLoanVariables.Names.EVALUATION_AGENCIES, List.of(OWN, OTHER),
                        StaffLoanVariables.Names.BORROWING_AGENCY, OWN, StaffLoanVariables.Names.LENDING_AGENCY, OTHER));
        surveyToken = CourseSurveyLink.open(surveys, "MATRIX-COURSE", "Klarspråk", LocalDateTime.now().plusDays(7));
        staffLoanAgreement();
        defineResources();
    }

    /** An agreed staff loan: agency A borrows from the other agency. */
    void staffLoanAgreement() {
        if (jdbc.queryForObject("select count(*) from staff_loan where business_key = ?", Integer.class, STAFF_LOAN) == 0) {
            jdbc.update("""
                    insert into staff_loan (business_key, process_instance_id, borrowing_agency, requested_by, role_title,
                        competence, work_description, need_start, need_end, extent_percent, place, remote_possible,
                        answer_date, status, created_at, lending_agency, person_name, person_email, loan_start, loan_end,
                        loan_extent_percent, place_of_work, work_leader, working_hours, travel_costs, notice_period,
                        monthly_salary, overhead_rate, extra_costs_monthly, monthly_reimbursement)
                    values (?, 'no-instance', ?, 'chef-tullverket', 'Jurist', 'LOU', 'Upphandling', date '2030-01-01',
                        date '2030-06-30', 50, 'Sundsvall', false, date '2029-12-01', 'APPROVED', current_timestamp, ?,
                        'Sara Lind', 'sara.lind@spv.example', date '2030-01-01', date '2030-06-30', 50, 'Sundsvall',
                        'Enhetschef', 'Dagtid', 'Lånande betalar', 'En månad', 40000.00, 0.4915, 0.00, 29830.00)""",
                    STAFF_LOAN, OWN, OTHER);
        }
    }

    @AfterAll
    void tearDown() {
        instances.forEach(id -> runtimeService.deleteProcessInstance(id, "authorization matrix test", true, true));
        System.out.println("Authorization matrix: " + cells + " role x resource cells checked against the README, leaks: 0");
    }

    void defineResources() {
        resources.put("start `idea`", new Resource(REFUSED_AFTER_CHECK, user -> List.of(start(user, "idea"))));
        resources.put("start `needs-inventory`", new Resource(REFUSED_AFTER_CHECK, user -> List.of(start(user, "needs-inventory"))));
        resources.put("start `network-review`", new Resource(REFUSED_AFTER_CHECK, user -> List.of(start(user, "network-review"))));
        resources.put("start `candidate-referral`", new Resource(REFUSED_AFTER_CHECK, user -> List.of(start(user, "candidate-referral"))));
        resources.put("start `staff-loan`", new Resource(REFUSED_AFTER_CHECK, user -> List.of(start(user, "staff-loan"))));
        resources.put("start `mentorship`", new Resource(REFUSED_AFTER_CHECK, user -> List.of(start(user, "mentorship"))));
        resources.put("start a process only other processes start", new Resource(REFUSED_AFTER_CHECK, user ->
                Stream.of("procurement", "course-delivery", "course-evaluation", "needs-inventory-yearly", "recruitment-activity")
                        .map(key -> start(user, key)).toList()));
        for (String kind : List.of("coordinators", "council", "training admins", "steering group")) {
            resources.put("see a task of the " + kind, new Resource(SEEN, user -> List.of(seeTask(user, kind))));
            resources.put("complete a task of the " + kind, new Resource(REFUSED_AFTER_CHECK,
                    user -> List.of(completeTask(user, kind))));
        }
        for (String kind : List.of("training coordinators", "heads")) {
            for (String whose : List.of("own", "other")) {
                String key = kind + " " + whose;
                String text = "task of the " + kind + ", " + (whose.equals("own") ? "own agency" : "other agency");
                resources.put("see a " + text, new Resource(SEEN, user -> List.of(seeTask(user, key))));
                resources.put("complete a " + text, new Resource(REFUSED_AFTER_CHECK, user -> List.of(completeTask(user, key))));
            }
        }
        for (String whose : List.of("own", "other")) {
            String key = "recruitment sign-up " + whose;
            String text = "recruitment sign-up, " + (whose.equals("own") ? "own agency" : "other agency");
            resources.put("see a " + text, new Resource(SEEN, user -> List.of(seeTask(user, key))));
            resources.put("complete a " + text, new Resource(REFUSED_AFTER_CHECK, user -> List.of(completeTask(user, key))));
        }
        for (String whose : List.of("party", "not a party")) {
            String key = "staff-loan change " + whose;
            String text = "a running staff loan's change task, own agency " + whose;
            resources.put("see " + text, new Resource(SEEN, user -> List.of(seeTask(user, key))));
            resources.put("complete " + text, new Resource(REFUSED_AFTER_CHECK, user -> List.of(completeTask(user, key))));
        }
        for (String whose : List.of("own", "other")) {
            String key = "staff-loan evaluation " + whose;
            String text = "staff loan's evaluation task, " + (whose.equals("own") ? "own agency's" : "the other party's");
            resources.put("see a " + text, new Resource(SEEN, user -> List.of(seeTask(user, key))));
            resources.put("complete a " + text, new Resource(REFUSED_AFTER_CHECK, user -> List.of(completeTask(user, key))));
        }
        resources.put("invoicing basis, own agency (JSON and CSV)", new Resource(READ, user -> List.of(
                get(user, "/api/invoicing-basis?" + PERIOD + "&agency=" + OWN),
                get(user, "/api/invoicing-basis.csv?" + PERIOD + "&agency=" + OWN))));
        resources.put("invoicing basis, other agency (JSON and CSV)", new Resource(READ, user -> List.of(
                get(user, "/api/invoicing-basis?" + PERIOD + "&agency=" + OTHER),
                get(user, "/api/invoicing-basis.csv?" + PERIOD + "&agency=" + OTHER))));
        // allowed callers are refused after the check: the period is not over, nothing is marked
        resources.put("mark an invoicing basis as invoiced", new Resource(REFUSED_AFTER_CHECK, user -> List.of(
                post(user, "/api/invoicing-basis/mark-invoiced?" + PERIOD, ""))));
        resources.put("overview, whole network `/overview`", new Resource(READ, user -> List.of(get(user, "/overview"))));
        resources.put("overview, own agency `/overview/agency/{code}`", new Resource(READ,
                user -> List.of(get(user, "/overview/agency/" + OWN))));
        resources.put("overview, other agency `/overview/agency/{code}`", new Resource(READ,
                user -> List.of(get(user, "/overview/agency/" + OTHER))));
        resources.put("shared candidates `/referrals`", new Resource(READ, user -> List.of(get(user, "/referrals"))));
        resources.put("kept mails `/api/mails`", new Resource(READ, user -> List.of(get(user, "/api/mails"))));
        resources.put("who am I `/api/me`", new Resource(READ, user -> List.of(get(user, "/api/me"))));
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            resources.put("log in to " + Character.toUpperCase(app.charAt(0)) + app.substring(1),
                    new Resource(READ, user -> List.of(webappLogin(user, app))));
        }
        resources.put("engine REST: list tasks", new Resource(READ, user -> List.of(get(user, "/engine-rest/task"))));
        resources.put("engine REST: create a user", new Resource(CREATED, user -> List.of(createUser(user))));
        resources.put("health", new Resource(READ, user -> List.of(get(user, "/actuator/health"))));
        resources.put("survey page (personal link)", new Resource(READ, user -> List.of(get(user, Surveys.PATH + surveyToken))));
        resources.put("staff-loan agreement PDF, own agency a party `/api/staff-loans/{key}/agreement.pdf`", new Resource(READ,
                user -> List.of(get(user, "/api/staff-loans/" + STAFF_LOAN + "/agreement.pdf"))));
    }

    @TestFactory
    Stream<DynamicContainer> everyRoleGetsExactlyWhatTheReadmeTableSays() throws IOException {
        List<String> header = null;
        List<DynamicContainer> rows = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (List<String> row : readmeTable()) {
            if (header == null) {
                header = row;
                assertThat(header.subList(1, header.size())).as("README columns").containsExactlyElementsOf(ROLES.keySet());
                continue;
            }
            String name = row.get(0);
            Resource resource = resources.get(name);
            assertThat(resource).as("README row '" + name + "' has a probe in this test").isNotNull();
            seen.add(name);
            List<DynamicTest> tests = new ArrayList<>();
            for (int i = 1; i < row.size(); i++) {
                String role = header.get(i);
                String expected = row.get(i);
                tests.add(DynamicTest.dynamicTest(role + ": " + expected, () -> check(resource, role, expected)));
            }
            rows.add(DynamicContainer.dynamicContainer(name, tests));
        }
        assertThat(seen).as("every resource this test knows is a row of the README table")
                .containsExactlyInAnyOrderElementsOf(resources.keySet());
        return rows.stream();
    }

    void check(Resource resource, String role, String expected) {
        String user = ROLES.get(role);
        List<Integer> answers = resource.probe().apply(user);
        cells++;
        for (int status : answers) {
            assertThat(status).as("no server error").isLessThan(500);
            switch (expected) {
                case "yes" -> assertThat(status).as("let through").isIn(resource.verdict().yes());
                case "no" -> assertThat(status).as("refused by authorization").isIn(resource.verdict().no());
                default -> assertThat(status).as("exact status").isEqualTo(Integer.parseInt(expected));
            }
        }
    }

    /** The rows of the README's table under "### Authorization matrix", cells trimmed. */
    static List<List<String>> readmeTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("### Authorization matrix");
        assertThat(start).as("README section 'Authorization matrix'").isNotNegative();
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("|")) {
                inTable = true;
                if (!line.startsWith("|---")) {
                    List<String> cells = new ArrayList<>();
                    for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
                        cells.add(cell.trim());
                    }
                    rows.add(cells);
                }
            } else if (inTable) {
                break;
            }
        }
        return rows;
    }

    // ---- set-up ----

    void testUser(String userId, String group) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setPassword("demo");
            identityService.saveUser(user);
            identityService.createMembership(userId, group);
        }
    }

    void task(String kind, FormSamples samples, String process, String element, Map<String, Object> extra) {
        Task task = samples.taskBefore(samples.use(process, element), extra);
        instances.add(task.getProcessInstanceId());
        tasks.put(kind, task.getId());
    }

    void agencyTasks(String kind, FormSamples samples, String process, String element, String agencyVariable,
            Map<String, Object> extra) {
        Task first = samples.taskBefore(samples.use(process, element), extra);
        instances.add(first.getProcessInstanceId());
        for (Task task : taskService.createTaskQuery().processInstanceId(first.getProcessInstanceId())
                .taskDefinitionKey(element).list()) {
            Object agency = taskService.getVariable(task.getId(), agencyVariable);
            tasks.put(kind + (OWN.equals(agency) ? " own" : OTHER.equals(agency) ? " other" : " " + agency), task.getId());
        }
        assertThat(tasks).containsKeys(kind + " own", kind + " other");
    }

    // ---- probes ----

    int start(String user, String processKey) {
        return post(user, "/engine-rest/process-definition/key/" + processKey + "/start", REFUSED_VARIABLE);
    }

    int seeTask(String user, String kind) {
        return get(user, "/engine-rest/task/" + tasks.get(kind));
    }

    int completeTask(String user, String kind) {
        return post(user, "/engine-rest/task/" + tasks.get(kind) + "/complete", REFUSED_VARIABLE);
    }

    int createUser(String user) {
        String id = "matris-ny-" + System.nanoTime();
        int status = post(user, "/engine-rest/user/create", "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"Ny\","
                + "\"lastName\":\"Användare\",\"email\":\"ny@example.se\"},\"credentials\":{\"password\":\"Ett-långt-lösen-42\"}}");
        if (identityService.createUserQuery().userId(id).count() > 0) {
            identityService.deleteUser(id);
        }
        return status;
    }

    /**
     * Logs in to a Camunda webapp the way the browser does: fetch the CSRF token with a GET, then
     * post the credentials with it. Anonymous: the webapp's API without a session.
     */
    int webappLogin(String user, String app) {
        if (user == null) {
            return get(null, "/camunda/api/engine/engine/default/task/count");
        }
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        try {
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/camunda/app/" + app + "/default/"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            String token = page.headers().firstValue("X-XSRF-TOKEN").orElseGet(() ->
                    cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                            .map(HttpCookie::getValue).findFirst().orElseThrow());
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
            return browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("webapp login of " + user + " to " + app, e);
        }
    }

    int get(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    int post(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    int send(String user, HttpRequest.Builder request) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
