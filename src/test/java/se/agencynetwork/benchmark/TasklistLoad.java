package se.agencynetwork.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.agencynetwork.directory.NetworkDirectory;

/**
 * Part 2: the queries Tasklist makes for a training coordinator, through the REST API with
 * authorization on, while 10 000 / 100 000 tasks are open, spread evenly over the 16 agencies'
 * training coordinators, on PostgreSQL.
 */
final class TasklistLoad {

    static final String USER = "utbkoord-spv";
    static final String PROCESS_KEY = "bench-open-task";

    private TasklistLoad() {
    }

    static Map<String, Object> measure(List<Integer> loads, int samples) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        List<Map<String, Object>> results = new ArrayList<>();
        // new-task mails would be 100 000 mails to the groups: off for the bulk load only
        // -Dbenchmark.tasklistDatabase=<name>: a database a kept run made (benchmark.keepDatabase); its open tasks
        // are measured as they are, so a change (a migration, a setting) is measured on the same data without
        // creating 100 000 tasks again
        String reuse = System.getProperty("benchmark.tasklistDatabase", "");
        String url = reuse.isBlank() ? Benchmark.freshDatabase("postgres")
                : Benchmark.env("TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres").replaceFirst("/[^/]*$", "/" + reuse);
        try (AppNode app = AppNode.start(url, Map.of(
                "network.notification.kinds.new-task", false, "camunda.bpm.job-execution.enabled", false))) {
            ProcessEngine engine = app.bean(ProcessEngine.class);
            if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).count() == 0) {
                engine.getRepositoryService().createDeployment().name(PROCESS_KEY).addModelInstance(PROCESS_KEY + ".bpmn",
                        Bpmn.createExecutableProcess(PROCESS_KEY).name("Benchmarkuppgift").camundaHistoryTimeToLive(1)
                                .startEvent().userTask("UserTask_Open").name("Benchmarkuppgift")
                                .camundaCandidateGroups("${group}").endEvent().done()).deploy();
            }
            List<String> agencies = app.bean(NetworkDirectory.class).agencyCodes();
            List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(USER).list().stream()
                    .map(Group::getId).toList();
            Rest rest = new Rest(app.port(), USER, "demo");
            String groupFilter = filterId(engine, "Min grupps uppgifter");
            String myFilter = filterId(engine, "Mina uppgifter");
            JdbcTemplate jdbc = new JdbcTemplate(app.bean(DataSource.class));
            int open = (int) engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY).count();
            String indexes = variant(jdbc, engine);
            Benchmark.log("tasklist: %s on %s, %d open tasks already", indexes, url.substring(url.lastIndexOf('/') + 1), open);
            // on a kept database with tasks, the measurement is of the tasks it has: nothing is created
            for (int load : open > 0 ? List.of(open) : loads) {
                long t0 = System.nanoTime();
                createTasks(app, engine, agencies, open, load);
                open = load;
                Benchmark.log("tasklist: %d open tasks (created in %.0f s)", load, (System.nanoTime() - t0) / 1e9);
                jdbc.execute("analyze");
                results.add(queries(rest, groups, groupFilter, myFilter, load, samples, indexes));
            }
            result.put("user", USER);
            result.put("userGroups", groups);
            result.put("loads", results);
        }
        return result;
    }

    /**
     * The variant measured: Camunda's own indexes (plus those of the application's migrations on ACT_* tables),
     * the engine's authorizationCheckRevokes mode, which decides the SQL shape of the authorization check,
     * and PostgreSQL's jit and plan_cache_mode settings.
     */
    static String variant(JdbcTemplate jdbc, ProcessEngine engine) {
        List<String> ours = jdbc.queryForList("select indexname from pg_indexes where schemaname = current_schema()"
                + " and lower(tablename) like 'act\\_%' and lower(indexname) like 'ix\\_%' order by indexname", String.class);
        String revokes = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getAuthorizationCheckRevokes();
        return (ours.isEmpty() ? "Camunda's own indexes" : "Camunda's own indexes + " + String.join(", ", ours))
                + ", authorizationCheckRevokes=" + revokes + ", jit=" + jdbc.queryForObject("show jit", String.class)
                + ", plan_cache_mode=" + jdbc.queryForObject("show plan_cache_mode", String.class);
    }

    static String filterId(ProcessEngine engine, String name) {
        return engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
    }

    /** Starts instances until {@code to} tasks are open, 500 per transaction, on two threads. */
    static void createTasks(AppNode app, ProcessEngine engine, List<String> agencies, int from, int to) throws Exception {
        TransactionTemplate transactions = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
        AtomicInteger next = new AtomicInteger(from);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            workers.add(pool.submit(() -> {
                for (int batch = next.getAndAdd(500); batch < to; batch = next.getAndAdd(500)) {
                    int first = batch;
                    transactions.executeWithoutResult(status -> {
                        for (int i = first; i < Math.min(first + 500, to); i++) {
                            engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "OPEN-" + i,
                                    Map.of("group", agencies.get(i % agencies.size()) + "-training-coordinators"));
                        }
                    });
                }
                return null;
            }));
        }
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static Map<String, Object> queries(Rest rest, List<String> groups, String groupFilter, String myFilter, int load,
            int samples, String indexes) throws Exception {
        String candidates = "candidateGroups=" + String.join(",", groups) + "&includeAssignedTasks=true";
        Map<String, HttpRequest> requests = new LinkedHashMap<>();
        requests.put("GET /task?candidateGroups (15, by created)", rest.get("/engine-rest/task?" + candidates
                + "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15"));
        requests.put("GET /task/count?candidateGroups", rest.get("/engine-rest/task/count?" + candidates));
        requests.put("POST /filter/{Min grupps}/list (15)", rest.post("/engine-rest/filter/" + groupFilter
                + "/list?firstResult=0&maxResults=15", "{}"));
        requests.put("GET /filter/{Min grupps}/count", rest.get("/engine-rest/filter/" + groupFilter + "/count"));
        requests.put("GET /filter/{Mina uppgifter}/count", rest.get("/engine-rest/filter/" + myFilter + "/count"));
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Map.Entry<String, HttpRequest> request : requests.entrySet()) {
            String body = "";
            for (int i = 0; i < 5; i++) {
                body = rest.send(request.getValue());
            }
            double[] millis = new double[samples];
            for (int i = 0; i < samples; i++) {
                long t0 = System.nanoTime();
                rest.send(request.getValue());
                millis[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(millis);
            Map<String, Object> figure = new LinkedHashMap<>();
            figure.put("query", request.getKey());
            figure.put("p50", Benchmark.round(percentile(millis, 50)));
            figure.put("p95", Benchmark.round(percentile(millis, 95)));
            figure.put("answer", body.length() > 60 ? body.substring(0, 60) + "…" : body);
            figures.add(figure);
            Benchmark.log("tasklist %d: %-40s p50 %6.1f ms  p95 %6.1f ms  %s", load, request.getKey(),
                    percentile(millis, 50), percentile(millis, 95), figure.get("answer"));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("openTasks", load);
        result.put("indexes", indexes);
        result.put("samples", samples);
        result.put("queries", figures);
        return result;
    }

    static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    /** The REST API as Tasklist calls it: HTTP Basic as the user. */
    record Rest(HttpClient http, String base, String authorization) {

        Rest(int port, String user, String password) {
            this(HttpClient.newHttpClient(), "http://127.0.0.1:" + port, "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        HttpRequest get(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                    .header("Accept", "application/json").GET().build();
        }

        HttpRequest post(String path, String json) {
            return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                    .header("Accept", "application/json").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        }

        String send(HttpRequest request) throws Exception {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }
    }
}
