package se.agencynetwork.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * Part 5: the overview page (/overview, /overview/agency/{code}) over HTTP on PostgreSQL, after the
 * demo profile has written its two years of history into a fresh database (network.demo.history):
 * p50 and p95 of the whole page (queries, rendering, charts) as the coordinator and as a head.
 */
final class OverviewLoad {

    private OverviewLoad() {
    }

    static Map<String, Object> measure(int samples) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        long started = System.nanoTime();
        try (AppNode app = AppNode.start(Benchmark.freshDatabase("postgres"), Map.of(
                "network.demo.history.enabled", true, "camunda.bpm.job-execution.enabled", false))) {
            result.put("historySeconds", Benchmark.round((System.nanoTime() - started) / 1e9));
            ProcessEngine engine = app.bean(ProcessEngine.class);
            result.put("processInstances", engine.getHistoryService().createHistoricProcessInstanceQuery().count());
            result.put("activityInstances", engine.getHistoryService().createHistoricActivityInstanceQuery().count());
            int year = LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear();
            HttpClient http = HttpClient.newHttpClient();
            List<Map<String, Object>> pages = new ArrayList<>();
            for (String[] page : List.of(
                    new String[] {"koordinator", "/overview?year=" + year},
                    new String[] {"koordinator", "/overview?year=" + (year - 1)},
                    new String[] {"chef-tullverket", "/overview/agency/tullverket?year=" + year})) {
                String authorization = "Basic " + Base64.getEncoder().encodeToString((page[0] + ":demo").getBytes(StandardCharsets.UTF_8));
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + page[1]))
                        .header("Authorization", authorization).GET().build();
                for (int i = 0; i < 5; i++) { // warm-up
                    http.send(request, HttpResponse.BodyHandlers.discarding());
                }
                double[] millis = new double[samples];
                int bytes = 0;
                for (int i = 0; i < samples; i++) {
                    long t = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    millis[i] = (System.nanoTime() - t) / 1e6;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(page[1] + " answered " + response.statusCode());
                    }
                    bytes = response.body().length();
                }
                Arrays.sort(millis);
                Map<String, Object> figure = new LinkedHashMap<>();
                figure.put("page", page[1]);
                figure.put("user", page[0]);
                figure.put("p50", Benchmark.round(TasklistLoad.percentile(millis, 50)));
                figure.put("p95", Benchmark.round(TasklistLoad.percentile(millis, 95)));
                figure.put("characters", bytes);
                pages.add(figure);
                Benchmark.log("overview %-45s as %-16s p50 %6.1f ms  p95 %6.1f ms", page[1], page[0],
                        TasklistLoad.percentile(millis, 50), TasklistLoad.percentile(millis, 95));
            }
            result.put("samples", samples);
            result.put("pages", pages);
        }
        return result;
    }
}
