package se.agencynetwork.benchmark;

import java.util.List;
import java.util.Map;

/** Prints the report as tables, with each figure beside its goal. */
final class Summary {

    private Summary() {
    }

    @SuppressWarnings("unchecked")
    static void print(Map<String, Object> report) {
        StringBuilder out = new StringBuilder("\n=== Benchmark (" + report.get("mode") + ") ===\n");
        out.append("machine: ").append(report.get("machine")).append('\n');
        for (String database : List.of("H2", "Postgres")) {
            Map<String, Object> journey = (Map<String, Object>) report.get("journey" + database);
            if (journey == null) {
                continue;
            }
            out.append(String.format("%n1. Journey throughput on %s (one journey: %s user tasks, %s service tasks, %s jobs, %s mails)%n",
                    database, journey.get("userTasksPerJourney"), journey.get("serviceTasksPerJourney"),
                    journey.get("jobsPerJourney"), journey.get("mailsPerJourney")));
            out.append(String.format("   %-8s %14s %16s %8s  %s%n", "threads", "app journeys/s", "floor journeys/s", "ratio", "goal >= 0.8"));
            for (Map<String, Object> row : (List<Map<String, Object>>) journey.get("runs")) {
                double ratio = ((Number) row.get("ratio")).doubleValue();
                out.append(String.format("   %-8s %14s %16s %8s  %s%n", row.get("threads"), row.get("appJourneysPerSecond"),
                        row.get("floorJourneysPerSecond"), row.get("ratio"), ratio >= 0.8 ? "met" : "missed"));
            }
            Map<String, Object> app = (Map<String, Object>) journey.get("appCostPerJourney");
            Map<String, Object> floor = (Map<String, Object>) journey.get("floorCostPerJourney");
            if (app != null && floor != null) {
                Map<String, Object> ratios = (Map<String, Object>) journey.get("costRatios");
                out.append(String.format("   what one journey costs the database (alone, after a warm-up; does not depend on load)%n"));
                out.append(String.format("   %-18s %12s %12s %8s%n", "", "app", "floor", "app/floor"));
                for (String figure : List.of("statements", "transactions", "walBytes", "processInstances", "jobs")) {
                    String goal = figure.equals("statements")
                            ? (((Number) ratios.get(figure)).doubleValue() <= 1.5 ? "  goal <= 1.5: met" : "  goal <= 1.5: missed") : "";
                    out.append(String.format("   %-18s %12s %12s %8s%s%n", figure, app.get(figure), floor.get(figure),
                            ratios.get(figure), goal));
                }
                if (Boolean.TRUE.equals(app.get("walShared")) || Boolean.TRUE.equals(floor.get("walShared"))) {
                    out.append("   (WAL is the server's: other databases committed during the window, so WAL includes their writes)\n");
                }
            }
        }
        Map<String, Object> tasklist = (Map<String, Object>) report.get("tasklist");
        if (tasklist != null) {
            out.append("\n2. Task list on PostgreSQL, REST as utbkoord-spv (ms)\n");
            for (Map<String, Object> load : (List<Map<String, Object>>) tasklist.get("loads")) {
                out.append(String.format("   %s open tasks (%s)%n", load.get("openTasks"), load.get("indexes")));
                for (Map<String, Object> query : (List<Map<String, Object>>) load.get("queries")) {
                    double p95 = ((Number) query.get("p95")).doubleValue();
                    out.append(String.format("     %-40s p50 %7s  p95 %7s  %s%n", query.get("query"), query.get("p50"),
                            query.get("p95"), p95 < 100 ? "goal p95 < 100 met" : "goal p95 < 100 missed"));
                }
            }
        }
        Map<String, Object> startup = (Map<String, Object>) report.get("startup");
        if (startup != null) {
            out.append("\n3. Start-up and heap, default run (demo, H2) beside a bare Camunda starter\n");
            out.append(String.format("   %-12s %14s %16s%n", "", "ready (s)", "heap after GC (MB)"));
            out.append(String.format("   %-12s %14s %16s%n", "application", startup.get("appReadySeconds"), startup.get("appHeapMb")));
            out.append(String.format("   %-12s %14s %16s%n", "bare starter", startup.get("bareReadySeconds"), startup.get("bareHeapMb")));
            out.append(String.format("   start-up ratio %s (goal <= 1.5: %s), heap %s MB (goal < 512: %s)%n",
                    startup.get("readyRatio"), ((Number) startup.get("readyRatio")).doubleValue() <= 1.5 ? "met" : "missed",
                    startup.get("appHeapMb"), ((Number) startup.get("appHeapMb")).doubleValue() < 512 ? "met" : "missed"));
        }
        Map<String, Object> scaleOut = (Map<String, Object>) report.get("scaleOut");
        if (scaleOut != null) {
            out.append("\n4. Scale-out on one PostgreSQL (separate JVMs)\n");
            out.append(String.format("   one node %s journeys/s, two nodes %s journeys/s, ratio %s (goal >= 1.6: %s)%n",
                    scaleOut.get("oneNodeJourneysPerSecond"), scaleOut.get("twoNodesJourneysPerSecond"),
                    scaleOut.get("ratio"), ((Number) scaleOut.get("ratio")).doubleValue() >= 1.6 ? "met" : "missed"));
        }
        Map<String, Object> overview = (Map<String, Object>) report.get("overview");
        if (overview != null) {
            out.append(String.format("%n5. Overview page on PostgreSQL after the demo history (%s process instances, %s activity"
                    + " instances, written in %s s), ms%n", overview.get("processInstances"), overview.get("activityInstances"),
                    overview.get("historySeconds")));
            for (Map<String, Object> page : (List<Map<String, Object>>) overview.get("pages")) {
                double p95 = ((Number) page.get("p95")).doubleValue();
                out.append(String.format("   %-45s %-16s p50 %7s  p95 %7s  %s%n", page.get("page"), page.get("user"),
                        page.get("p50"), page.get("p95"), p95 < 300 ? "goal p95 < 300 met" : "goal p95 < 300 missed"));
            }
        }
        out.append("\ntotal ").append(report.get("seconds")).append(" s; JSON: ").append(Benchmark.OUT.resolve("benchmark.json"))
                .append("\nThe machine is shared and noisy: compare the ratios of one run, not absolute figures across runs.\n");
        System.out.println(out);
    }
}
