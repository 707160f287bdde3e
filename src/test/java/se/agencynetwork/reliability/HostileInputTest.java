package se.agencynetwork.reliability;

import se.agencynetwork.models.ids.IdeaModel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.agencynetwork.survey.LinkTokens;
import se.agencynetwork.survey.Surveys;
import se.agencynetwork.forms.FormField;
import se.agencynetwork.forms.FormSamples;
import se.agencynetwork.forms.FormSamples.FormUse;
import se.agencynetwork.forms.FormSchema;
import se.agencynetwork.testsupport.DatabaseSnapshot;
import se.agencynetwork.testsupport.CourseSurveyLink;
import se.agencynetwork.testsupport.SurveyFormPost;
import se.agencynetwork.testsupport.WebappSession;
import se.agencynetwork.idea.IdeaVariables;

/**
 * Generated hostile input against every way in: every form (task {@code complete} and
 * {@code submit-form}, start-form {@code submit-form} and {@code start}), every {@code /api}
 * endpoint and the survey page - missing fields, wrong types, out-of-range and non-finite
 * numbers, 1 MB strings, SQL and script injection, odd Unicode (NUL, C1 controls, direction
 * overrides, half surrogate pairs), malformed JSON, wrong content types and methods. Every case
 * must answer 4xx with a message (naming the field where one is to blame), never 5xx, and the
 * database must be unchanged: a snapshot of the application's tables, {@code ACT_RU_*} and
 * {@code ACT_HI_VARINST} before and after each batch is compared.
 *
 * <p>Injection strings and emoji are legitimate text where a form takes free text: those few cases
 * are sent where they are accepted and must come back stored exactly as sent, never interpreted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String MEGABYTE = "x".repeat(1024 * 1024);
    static final String LONG = "x".repeat(10_000);
    static final String SQL = "'; drop table cost_allocation; --";
    static final String SCRIPT = "<script>alert('xss')</script>";
    static final String EXPRESSION = "${runtimeService.deleteProcessInstance(execution.processInstanceId, 'x')}";
    static final String TEMPLATE = "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]";
    /** Text no field may take, JSON-escaped by Jackson on the way out. */
    static final Map<String, String> UNSTORABLE = Map.of(
            "NUL", "före\u0000efter",
            "C1 control", "före\u0085efter",
            "right-to-left override", "faktura\u202Efdp.exe",
            "half surrogate pair", "före\uD800efter");

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Surveys surveys;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final Map<String, Integer> counts = new TreeMap<>();
    /** Answers 500 and above over every probe of the class: must stay 0. */
    int serverErrors;
    FormSamples samples;

    /** One hostile request and what must come back. */
    record Probe(String name, String method, String path, String contentType, String body, String user,
            String blamedField) {

        Probe withUser(String otherUser) {
            return new Probe(name, method, path, contentType, body, otherUser, blamedField);
        }
    }

    @BeforeAll
    void setUp() {
        samples = new FormSamples(repositoryService, runtimeService, taskService);
    }

    @AfterAll
    void report() {
        System.out.println("Hostile input cases run (all 4xx with a message, database unchanged): " + counts
                + ", total " + counts.values().stream().mapToInt(Integer::intValue).sum() + "; answered 5xx: "
                + serverErrors);
    }

    // ---- forms ------------------------------------------------------------------------------

    @Test
    void everyFormRefusesHostileSubmissionsAndStoresNothing() {
        int uses = 0;
        for (Map.Entry<String, List<FormUse>> entry : samples.uses().entrySet()) {
            FormSchema schema = samples.form(entry.getKey());
            for (FormUse use : entry.getValue()) {
                uses++;
                ObjectNode valid = samples.validValues(use);
                List<String> endpoints;
                String instanceToRemove = null;
                if (use.startEvent()) {
                    String definition = "/engine-rest/process-definition/key/" + use.processKey();
                    endpoints = List.of(definition + "/submit-form", definition + "/start");
                } else {
                    Task task = samples.taskBefore(use, Map.of());
                    instanceToRemove = task.getProcessInstanceId();
                    endpoints = List.of("/engine-rest/task/" + task.getId() + "/complete",
                            "/engine-rest/task/" + task.getId() + "/submit-form");
                }
                List<Probe> probes = new ArrayList<>();
                for (String endpoint : endpoints) {
                    // 1 MB bodies through the first endpoint only: both run the same checks, and time counts
                    boolean huge = endpoint.equals(endpoints.get(0));
                    probes.addAll(bodyProbes(endpoint, valid, huge));
                    probes.addAll(fieldProbes(endpoint, schema, valid, huge));
                }
                refusedWithoutTrace("forms", probes);
                if (instanceToRemove != null) {
                    runtimeService.deleteProcessInstance(instanceToRemove, "hostile input test", true, true);
                }
            }
        }
        assertThat(uses).as("form uses probed").isGreaterThan(20);
    }

    /** Requests broken as a whole: not JSON, the wrong JSON, the wrong content type, unusable variables. */
    List<Probe> bodyProbes(String endpoint, ObjectNode valid, boolean huge) {
        String big = huge ? MEGABYTE : LONG;
        String validBody = FormSamples.restBody(valid).toString();
        List<Probe> probes = new ArrayList<>();
        probes.add(new Probe("malformed JSON", "POST", endpoint, "application/json", "{\"variables\": {", "admin", null));
        probes.add(new Probe("JSON array", "POST", endpoint, "application/json", "[1, 2]", "admin", null));
        probes.add(new Probe("variables not an object", "POST", endpoint, "application/json",
                "{\"variables\": \"x\"}", "admin", null));
        probes.add(new Probe("unknown variable type", "POST", endpoint, "application/json",
                withVariable(valid, "hostile", variable("1", "Nonsense")), "admin", null));
        ObjectNode serialized = variable("rO0ABXQAA2Zvbw==", "Object");
        serialized.putObject("valueInfo").put("objectTypeName", "java.lang.String")
                .put("serializationDataFormat", "application/x-java-serialized-object");
        probes.add(new Probe("Java-serialized object", "POST", endpoint, "application/json",
                withVariable(valid, "hostile", serialized), "admin", null));
        probes.addAll(typeProbes(endpoint, variable -> withVariable(valid, "hostile", variable), "hostile"));
        probes.add(new Probe("text/plain", "POST", endpoint, "text/plain", validBody, "admin", null));
        probes.add(new Probe("XML", "POST", endpoint, "application/xml", "<variables/>", "admin", null));
        probes.add(new Probe("form-urlencoded", "POST", endpoint, "application/x-www-form-urlencoded",
                "variables=1", "admin", null));
        probes.add(new Probe(size(big) + " extra variable", "POST", endpoint, "application/json",
                withVariable(valid, "hostile", variable(big, "String")), "admin", "hostile"));
        probes.add(new Probe("NUL in an extra variable", "POST", endpoint, "application/json",
                withVariable(valid, "hostile", variable("a\u0000b", "String")), "admin", "hostile"));
        probes.add(new Probe("Long overflow", "POST", endpoint, "application/json",
                withVariable(valid, "hostile", variable("99999999999999999999", "Long")), "admin", null));
        return probes;
    }

    /**
     * Variables of types no user may send (issue 16): {@code Object} - JSON naming a blocked Java class,
     * a class the deserialization allow-list allows, the application's own class, or untyped JSON the
     * engine would store as a Java map -, {@code Xml}, {@code File}, {@code Bytes}, and JSON nested
     * deeper than the limit (in a {@code Json} variable and in the request itself). {@code body} puts the
     * hostile variable into an otherwise valid request; each must be refused naming {@code name}.
     */
    static List<Probe> typeProbes(String endpoint, java.util.function.Function<ObjectNode, String> body, String name) {
        Map<String, ObjectNode> variables = new LinkedHashMap<>();
        ObjectNode javaSerialized = variable("rO0ABXQAA2Zvbw==", "Object");
        javaSerialized.putObject("valueInfo").put("objectTypeName", "java.lang.String")
                .put("serializationDataFormat", "application/x-java-serialized-object");
        variables.put("Object, Java-serialized", javaSerialized);
        variables.put("Object, JSON of a blocked class", objectVariable("{}", "java.lang.ProcessBuilder"));
        variables.put("Object, JSON of a gadget class", objectVariable("{\"url\": \"ldap://x\"}",
                "com.sun.rowset.JdbcRowSetImpl"));
        variables.put("Object, JSON of an allowed class", objectVariable("[\"a\", \"b\"]", "java.util.ArrayList"));
        variables.put("Object, JSON of the application's own class",
                objectVariable("{\"agencyCode\": \"msb\"}", "se.agencynetwork.costsharing.ShareLine"));
        ObjectNode lowerCase = objectVariable("{}", "java.util.HashMap");
        lowerCase.put("type", "object");
        variables.put("object in lower case", lowerCase);
        ObjectNode untypedObject = F.objectNode();
        untypedObject.putObject("value").put("agency", "msb");
        variables.put("untyped JSON object", untypedObject);
        ObjectNode untypedArray = F.objectNode();
        untypedArray.putArray("value").add(1).add(2);
        variables.put("untyped JSON array", untypedArray);
        variables.put("Xml", variable("<a><b>1</b></a>", "Xml"));
        variables.put("Xml with an external entity", variable("<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>",
                "Xml"));
        ObjectNode file = variable(Base64.getEncoder().encodeToString("hej".getBytes(StandardCharsets.UTF_8)), "File");
        file.putObject("valueInfo").put("filename", "faktura.exe").put("mimetype", "application/octet-stream");
        variables.put("File", file);
        variables.put("Bytes", variable(Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}), "Bytes"));
        variables.put("Json 10 000 levels deep", variable("[".repeat(10_000) + "]".repeat(10_000), "Json"));
        variables.put("Json 33 levels deep", variable("[".repeat(33) + "]".repeat(33), "Json"));
        variables.put("Json that is not JSON", variable("{\"a\": ", "Json"));
        List<Probe> probes = new ArrayList<>();
        variables.forEach((probe, variable) -> probes.add(new Probe(probe, "POST", endpoint, "application/json",
                body.apply(variable), "admin", name)));
        ObjectNode placeholder = variable("DEEP", "String");
        String deepBody = body.apply(placeholder).replace("\"DEEP\"", "[".repeat(10_000) + "]".repeat(10_000));
        probes.add(new Probe("request 10 000 levels deep", "POST", endpoint, "application/json", deepBody, "admin",
                null));
        return probes;
    }

    static ObjectNode objectVariable(String json, String javaType) {
        ObjectNode variable = variable(json, "Object");
        variable.putObject("valueInfo").put("objectTypeName", javaType)
                .put("serializationDataFormat", "application/json");
        return variable;
    }

    /** One field at a time given a value it must refuse, the rest of the submission valid. */
    List<Probe> fieldProbes(String endpoint, FormSchema schema, ObjectNode valid, boolean huge) {
        String big = huge ? MEGABYTE : LONG;
        List<Probe> probes = new ArrayList<>();
        for (FormField field : schema.fields()) {
            if (field.path().size() != 1) {
                continue;
            }
            Map<String, ObjectNode> bad = new LinkedHashMap<>();
            switch (field.type()) {
                case "textfield", "textarea" -> {
                    bad.put(size(big) + " text", variable(big, "String"));
                    UNSTORABLE.forEach((name, text) -> bad.put(name, variable(text, "String")));
                }
                case "number" -> {
                    bad.put("text in a number", variable("tolv", "String"));
                    bad.put("NaN", variable("NaN", "Double"));
                    bad.put("infinity", variable("Infinity", "Double"));
                    bad.put("boolean in a number", variable(true));
                    bad.put("10 kB in a number", variable(LONG, "String"));
                }
                case "checkbox" -> {
                    bad.put("text in a checkbox", variable("ja", "String"));
                    bad.put("number in a checkbox", variable(1L));
                }
                case "datetime" -> {
                    bad.put("Swedish-looking date", variable("31/12/2026", "String"));
                    bad.put("30 February", variable("2026-02-30", "String"));
                    bad.put("script in a date", variable(SCRIPT, "String"));
                    bad.put("10 kB in a date", variable(LONG, "String"));
                }
                case "select", "radio" -> {
                    bad.put("SQL as an option", variable(SQL, "String"));
                    bad.put("script as an option", variable(SCRIPT, "String"));
                    bad.put("10 kB option", variable(LONG, "String"));
                    bad.put("object as an option", variable("{\"value\": 1}", "Json"));
                }
                case "checklist", "taglist" -> {
                    bad.put("text instead of a list", variable("x", "String"));
                    bad.put("SQL in the list", variable("[\"" + SQL + "\"]", "Json"));
                }
                case "dynamiclist" -> {
                    bad.put("text instead of rows", variable("x", "String"));
                    bad.put("object instead of rows", variable("{\"a\": 1}", "Json"));
                }
                default -> {
                    // no input
                }
            }
            if (field.required() && !field.conditional()) {
                bad.put("missing", variable(F.nullNode()));
            }
            bad.forEach((name, value) -> probes.add(new Probe(name + " in " + field.key(), "POST", endpoint,
                    "application/json", withVariable(valid, field.key(), value), "admin", field.key())));
        }
        return probes;
    }

    /**
     * The variable endpoints of a task, a process instance and an execution - on {@code /engine-rest}
     * with Basic authentication and on the webapps' mount in a Cockpit session, as the administrator who
     * may use them - refuse the same types, and a variable's binary upload.
     */
    @Test
    void variableEndpointsOfBothMountsRefuseArbitraryTypes() {
        FormUse use = samples.uses().values().stream().flatMap(List::stream).filter(u -> !u.startEvent())
                .findFirst().orElseThrow();
        Task task = samples.taskBefore(use, Map.of());
        String instance = task.getProcessInstanceId();
        WebappSession cockpit = WebappSession.login(port, "admin", "cockpit");
        for (String mount : List.of("/engine-rest", "/camunda/api/engine/engine/default")) {
            List<Probe> probes = new ArrayList<>();
            for (String scope : List.of("/task/" + task.getId(), "/process-instance/" + instance)) {
                probes.addAll(typeProbes(mount + scope + "/variables/hostile", v -> v.toString(), "hostile").stream()
                        .map(p -> new Probe(p.name() + " (PUT one variable)", "PUT", p.path(), p.contentType(),
                                p.body(), p.user(), p.blamedField()))
                        .toList());
                probes.addAll(typeProbes(mount + scope + "/variables", v -> {
                    ObjectNode body = F.objectNode();
                    body.putObject("modifications").set("hostile", v);
                    return body.toString();
                }, "hostile"));
                String boundary = "hostileboundary";
                probes.add(new Probe("binary upload", "POST", mount + scope + "/variables/hostile/data",
                        "multipart/form-data; boundary=" + boundary, "--" + boundary + "\r\n"
                                + "Content-Disposition: form-data; name=\"data\"; filename=\"x.bin\"\r\n"
                                + "Content-Type: application/octet-stream\r\n\r\nhej\r\n--" + boundary + "--\r\n",
                        "admin", "hostile"));
            }
            probes.addAll(typeProbes(mount + "/execution/" + instance + "/localVariables/hostile", v -> v.toString(),
                    "hostile").stream().map(p -> new Probe(p.name() + " (PUT local variable)", "PUT", p.path(),
                            p.contentType(), p.body(), p.user(), p.blamedField())).toList());
            refusedWithoutTrace("variable endpoints", probes, mount.startsWith("/engine-rest") ? this::send
                    : probe -> cockpit.send(probe.method(), probe.path(), probe.contentType(), probe.body()));
        }
        runtimeService.deleteProcessInstance(instance, "hostile input test", true, true);
    }

    /**
     * Free text is free: injection strings and emoji in the idea's start form are accepted and kept
     * exactly as sent - not run as SQL, not evaluated as an expression or template, and escaped in
     * the mail to the coordinators.
     */
    @Test
    void injectionStringsInFreeTextAreKeptVerbatimAndNeverInterpreted() throws Exception {
        FormUse submit = samples.use("idea", IdeaModel.START_EVENT_IDEA_SUBMITTED);
        ObjectNode values = samples.validValues(submit);
        String title = SQL + " 😀";
        String description = SCRIPT + " " + EXPRESSION + " " + TEMPLATE + " \u05E9\u05DC\u05D5\u05DD";
        values.put(IdeaVariables.TITLE, title);
        values.put(IdeaVariables.DESCRIPTION, description);
        HttpResponse<String> response = send(new Probe("injection as text", "POST",
                "/engine-rest/process-definition/key/idea/submit-form", "application/json",
                FormSamples.restBody(values).toString(), "koordinator", null));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String instance = new ObjectMapper().readTree(response.body()).path("id").asText();
        assertThat(runtimeService.getVariable(instance, IdeaVariables.TITLE)).isEqualTo(title);
        assertThat(runtimeService.getVariable(instance, IdeaVariables.DESCRIPTION)).isEqualTo(description);
        assertThat(jdbc.queryForObject("select count(*) from cost_allocation", Integer.class)).isNotNull();
        List<String> mails = jdbc.queryForList("select body_html from notification_mail where process_instance_id = ?",
                String.class, instance);
        assertThat(mails).as("the coordinators were told").isNotEmpty()
                .allSatisfy(html -> assertThat(html).doesNotContain("<script>"));
        counts.merge("accepted verbatim", 1, Integer::sum);
        runtimeService.deleteProcessInstance(instance, "hostile input test", true, true);
    }

    // ---- /api -------------------------------------------------------------------------------

    @Test
    void everyApiEndpointRefusesHostileParametersAndMethods() {
        String period = "from=2026-01-01&to=2026-12-31";
        List<String> endpoints = List.of("/api/me", "/api/mails", "/api/invoicing-basis?" + period,
                "/api/invoicing-basis.csv?" + period);
        List<Probe> probes = new ArrayList<>();
        for (String endpoint : endpoints) {
            String path = endpoint.replaceAll("\\?.*", "");
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                probes.add(new Probe(method + " malformed JSON", method, endpoint, "application/json", "{\"x\":", "koordinator", null));
                probes.add(new Probe(method + " XML", method, endpoint, "application/xml", "<x/>", "koordinator", null));
            }
            probes.add(new Probe("unknown sub-path", "GET", path + "/okand", null, null, "koordinator", null));
            probes.add(new Probe("1 MB query", "GET", path + "?q=" + MEGABYTE, null, null, "koordinator", null));
        }
        for (String csv : List.of("/api/invoicing-basis", "/api/invoicing-basis.csv")) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("missing from", "to=2026-12-31");
            params.put("missing to", "from=2026-01-01");
            params.put("garbage date", "from=igår&to=2026-12-31");
            params.put("month 13", "from=2026-13-45&to=2026-12-31");
            params.put("year 9999999", "from=9999999-01-01&to=2026-12-31");
            params.put("from after to", "from=2026-12-31&to=2026-01-01");
            params.put("NUL in a date", "from=2026-01-01%00&to=2026-12-31");
            params.put("SQL in a date", "from=" + encode(SQL) + "&to=2026-12-31");
            params.put("SQL as agency", "from=2026-01-01&to=2026-12-31&agency=" + encode(SQL));
            params.put("script as agency", "from=2026-01-01&to=2026-12-31&agency=" + encode(SCRIPT));
            params.put("emoji as agency", "from=2026-01-01&to=2026-12-31&agency=" + encode("😀"));
            params.put("right-to-left override as agency", "from=2026-01-01&to=2026-12-31&agency=" + encode("spv\u202E"));
            params.put("invalid UTF-8", "from=2026-01-01&to=2026-12-31&agency=%ED%A0%80");
            params.forEach((name, query) -> probes.add(new Probe(name, "GET", csv + "?" + query, null, null,
                    "koordinator", null)));
        }
        // marking a basis as invoiced: every query is broken or names a period that is not over
        for (String query : List.of("to=2026-01-31", "from=2026-01-01", "from=igår&to=2026-01-31",
                "from=2026-13-45&to=2026-01-31", "from=9999999-01-01&to=2026-01-31", "from=2026-01-31&to=2026-01-01",
                "from=2026-01-01%00&to=2026-01-31", "from=" + encode(SQL) + "&to=2026-01-31", "from=2026-01-01&to=2999-12-31")) {
            probes.add(new Probe("mark invoiced " + query, "POST", "/api/invoicing-basis/mark-invoiced?" + query, null, null,
                    "koordinator", null));
        }
        Map<String, String> mails = new LinkedHashMap<>();
        mails.put("negative page", "page=-1");
        mails.put("text page", "page=abc");
        mails.put("page overflow", "page=99999999999");
        mails.put("size 0", "size=0");
        mails.put("size 201", "size=201");
        mails.put("size 1e9", "size=1000000000");
        mails.put("script as kind", "kind=" + encode(SCRIPT));
        mails.put("SQL as status", "status=" + encode(SQL));
        mails.put("NUL as status", "status=%00");
        mails.forEach((name, query) -> probes.add(new Probe(name, "GET", "/api/mails?" + query, null, null,
                "koordinator", null)));
        // credentials nobody can have
        probes.add(new Probe("not Base64 credentials", "GET", "/api/me", null, null, "!!!", null));
        probes.add(new Probe("credentials without a colon", "GET", "/api/me", null, null,
                Base64.getEncoder().encodeToString("admin".getBytes(StandardCharsets.UTF_8)), null));
        probes.add(new Probe("SQL as user name", "GET", "/api/me", null, null,
                Base64.getEncoder().encodeToString((SQL + ":demo").getBytes(StandardCharsets.UTF_8)), null));
        refusedWithoutTrace("api", probes);
    }

    /** Filters that take any text search for it and find nothing: 200, no rows, nothing changed. */
    @Test
    void injectionInApiFiltersFindsNothingAndChangesNothing() throws Exception {
        Map<String, String> before = DatabaseSnapshot.of(dataSource);
        for (String filter : List.of("recipient", "businessKey")) {
            for (String text : List.of(SQL, "' or '1'='1", SCRIPT, "😀")) {
                HttpResponse<String> response = send(new Probe(filter, "GET", "/api/mails?" + filter + "=" + encode(text),
                        null, null, "koordinator", null));
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(response.body()).contains("\"total\":0");
                counts.merge("accepted verbatim", 1, Integer::sum);
            }
        }
        assertThat(DatabaseSnapshot.of(dataSource)).isEqualTo(before);
    }

    // ---- survey page ------------------------------------------------------------------------

    @Test
    void theSurveyPageRefusesHostileLinksAndAnswersAndStoresNothing() throws Exception {
        String token = openSurvey();
        List<Probe> probes = new ArrayList<>();
        Map<String, String> links = new LinkedHashMap<>();
        links.put("unknown token", LinkTokens.newToken());
        links.put("short token", "abc");
        links.put("1 MB token", MEGABYTE);
        links.put("NUL in token", token.substring(0, 42) + "%00");
        links.put("SQL as token", encode(SQL));
        links.put("path traversal", "..%2F..%2Fapi%2Fmails");
        links.put("emoji token", encode("😀".repeat(22)));
        links.forEach((name, link) -> {
            probes.add(new Probe("GET " + name, "GET", Surveys.PATH + link, null, null, null, null));
            probes.add(new Probe("POST " + name, "POST", Surveys.PATH + link, "application/x-www-form-urlencoded",
                    "relevance=5&trainer=5&overall=5&nps=10", null, null));
        });
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("nothing answered", "");
        answers.put("text as a score", "relevance=bra&trainer=5&overall=5&nps=10");
        answers.put("score 0", "relevance=0&trainer=5&overall=5&nps=10");
        answers.put("score 6", "relevance=6&trainer=5&overall=5&nps=10");
        answers.put("negative score", "relevance=-1&trainer=5&overall=5&nps=10");
        answers.put("huge score", "relevance=99999999999&trainer=5&overall=5&nps=10");
        answers.put("NPS 11", "relevance=5&trainer=5&overall=5&nps=11");
        answers.put("NUL in a score", "relevance=5%00&trainer=5&overall=5&nps=10");
        answers.put("1 MB comment", "relevance=5&trainer=5&overall=5&nps=10&comment=" + MEGABYTE);
        answers.put("NUL in a comment", "relevance=5&trainer=5&overall=5&nps=10&comment=a%00b");
        answers.put("C1 control in a comment", "relevance=5&trainer=5&overall=5&nps=10&comment=a%C2%85b");
        answers.put("right-to-left override in learned", "relevance=5&trainer=5&overall=5&nps=10&learned=a%E2%80%AEb");
        answers.forEach((name, body) -> probes.add(new Probe(name, "POST", Surveys.PATH + token,
                "application/x-www-form-urlencoded", body, null, null)));
        probes.add(new Probe("answers as JSON", "POST", Surveys.PATH + token, "application/json",
                "{\"relevance\":5,\"trainer\":5,\"overall\":5,\"nps\":10}", null, null));
        probes.add(new Probe("answers as XML", "POST", Surveys.PATH + token, "application/xml", "<relevance>5</relevance>",
                null, null));
        refusedWithoutTrace("survey", probes, this::sendFromThePage);

        // the link still works afterwards, keeps free text exactly, and only once
        String comment = SQL + " " + SCRIPT + " 😀";
        HttpResponse<String> accepted = sendFromThePage(new Probe("valid answer with injection text", "POST", Surveys.PATH + token,
                "application/x-www-form-urlencoded", "relevance=4&trainer=5&overall=4&nps=9&comment=" + encode(comment),
                null, null));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.body()).doesNotContain("<script>");
        assertThat(jdbc.queryForList("select a.answer_text from survey_answer a join survey_response r on r.id = "
                + "a.response_id where r.round_key = ? and a.question = ?", String.class, "HOSTILE-COURSE", "comment"))
                .containsExactly(comment);
        counts.merge("accepted verbatim", 1, Integer::sum);
        HttpResponse<String> again = sendFromThePage(new Probe("again", "POST", Surveys.PATH + token,
                "application/x-www-form-urlencoded", "relevance=4&trainer=5&overall=4&nps=9", null, null));
        assertThat(again.statusCode()).isEqualTo(410);
    }

    String openSurvey() {
        return CourseSurveyLink.open(surveys, "HOSTILE-COURSE", "Klarspråk", LocalDateTime.now().plusDays(14));
    }

    // ---- the runner -------------------------------------------------------------------------

    /** Sends every probe: each answers 4xx with a message; the database is the same afterwards. */
    void refusedWithoutTrace(String area, List<Probe> probes) {
        refusedWithoutTrace(area, probes, this::send);
    }

    void refusedWithoutTrace(String area, List<Probe> probes,
            java.util.function.Function<Probe, HttpResponse<String>> sender) {
        Map<String, String> before = DatabaseSnapshot.of(dataSource);
        List<String> failures = new ArrayList<>();
        for (Probe probe : probes) {
            HttpResponse<String> response = sender.apply(probe);
            String body = response.body() == null ? "" : response.body();
            String verdict = null;
            if (response.statusCode() >= 500) {
                serverErrors++;
            }
            if (response.statusCode() < 400 || response.statusCode() >= 500) {
                verdict = "answered " + response.statusCode();
            } else if (body.isBlank()) {
                verdict = "answered " + response.statusCode() + " without a message";
            } else if (probe.blamedField() != null && !body.contains("(" + probe.blamedField() + ")")) {
                verdict = "answered " + response.statusCode() + " without naming " + probe.blamedField();
            }
            if (verdict != null) {
                failures.add(probe.name() + " " + probe.method() + " " + abbreviate(probe.path()) + ": " + verdict + ": "
                        + abbreviate(body));
            }
        }
        counts.merge(area, probes.size(), Integer::sum);
        assertThat(failures).as(area + ": hostile inputs not refused cleanly").isEmpty();
        assertThat(DatabaseSnapshot.of(dataSource)).as(area + ": database unchanged").isEqualTo(before);
    }

    /** A survey probe answered from the page: with the page's form token, as a browser sends it. */
    HttpResponse<String> sendFromThePage(Probe probe) {
        if (!"POST".equals(probe.method())) {
            return send(probe);
        }
        return SurveyFormPost.post(http, port, probe.path().substring(Surveys.PATH.length()), probe.contentType(),
                escapeHalfSurrogates(probe.body()));
    }

    HttpResponse<String> send(Probe probe) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + probe.path()))
                .timeout(Duration.ofSeconds(60));
        if (probe.user() != null) {
            String credentials = probe.user().matches("[a-z-]+")
                    ? Base64.getEncoder().encodeToString((probe.user() + ":demo").getBytes(StandardCharsets.UTF_8))
                    : probe.user();
            request.header("Authorization", "Basic " + credentials);
        }
        if (probe.contentType() != null) {
            request.header("Content-Type", probe.contentType());
        }
        HttpRequest.BodyPublisher body = probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(escapeHalfSurrogates(probe.body()), StandardCharsets.UTF_8);
        request.method(probe.method(), body);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(probe.name() + ": no answer", e);
        }
    }

    /**
     * Half surrogate pairs as JSON escapes ({@code \\uD800}): UTF-8 cannot carry them (the encoder
     * would send '?'), a JSON escape can, and the server's parser turns it back into the lone char.
     */
    static String escapeHalfSurrogates(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String withVariable(ObjectNode valid, String name, ObjectNode variable) {
        ObjectNode body = FormSamples.restBody(valid);
        ((ObjectNode) body.get("variables")).set(name, variable);
        return body.toString();
    }

    static ObjectNode variable(String value, String type) {
        ObjectNode variable = F.objectNode();
        variable.put("value", value);
        variable.put("type", type);
        return variable;
    }

    static ObjectNode variable(boolean value) {
        return FormSamples.restVariable(F.booleanNode(value));
    }

    static ObjectNode variable(long value) {
        return FormSamples.restVariable(F.numberNode(value));
    }

    static ObjectNode variable(JsonNode value) {
        return FormSamples.restVariable(value);
    }

    static String size(String text) {
        return text.length() >= 1024 * 1024 ? "1 MB" : (text.length() / 1000) + " kB";
    }

    static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }
}
