package se.agencynetwork.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import se.agencynetwork.testsupport.FreshPostgresDatabase;

/**
 * The benchmark command ({@code ./mvnw -Pbenchmark verify}, see docs/BENCHMARKS.md): runs the
 * four measurements, prints a table and writes target/benchmark/benchmark.json.
 * Arguments: {@code quick} for a short run, {@code parts=journey,tasklist,startup,scaleout,overview} for a subset.
 */
public final class Benchmark {

    static final Path OUT = Path.of("target", "benchmark");

    private Benchmark() {
    }

    public static void main(String[] args) {
        try {
            run(args);
            System.exit(0);
        } catch (Exception | Error e) {
            // the engines' and pools' threads would keep the JVM alive after a failure
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Stockholm"));
        boolean quick = List.of(args).contains("quick");
        List<String> parts = List.of("journey", "tasklist", "startup", "scaleout", "overview");
        for (String arg : args) {
            if (arg.startsWith("parts=") && !arg.equals("parts=")) {
                parts = List.of(arg.substring("parts=".length()).split(","));
            }
        }
        Files.createDirectories(OUT);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("started", Instant.now().toString());
        report.put("mode", quick ? "quick" : "full");
        report.put("machine", Machine.describe());
        long t0 = System.nanoTime();
        if (parts.contains("journey")) {
            int perThread = quick ? 1 : 2;
            report.put("journeyH2", JourneyThroughput.measure("h2", List.of(1, 4), perThread));
            write(report);
            report.put("journeyPostgres", JourneyThroughput.measure("postgres", List.of(1, 4), perThread));
            write(report);
        }
        if (parts.contains("tasklist")) {
            report.put("tasklist", TasklistLoad.measure(quick ? List.of(1_000, 10_000) : List.of(10_000, 100_000),
                    quick ? 20 : 50));
            write(report);
        }
        if (parts.contains("startup")) {
            report.put("startup", StartupProbe.measure(quick ? 1 : 3));
            write(report);
        }
        if (parts.contains("scaleout")) {
            report.put("scaleOut", ScaleOut.measure(2, quick ? 2 : 4));
            write(report);
        }
        if (parts.contains("overview")) {
            report.put("overview", OverviewLoad.measure(quick ? 30 : 100));
            write(report);
        }
        report.put("seconds", round((System.nanoTime() - t0) / 1e9));
        write(report);
        Summary.print(report);
    }

    static void write(Map<String, Object> report) throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(OUT.resolve("benchmark.json"), json.writeValueAsString(report));
    }

    /**
     * A fresh, empty database of that kind: "h2" (in memory) or "postgres" (dropped when the JVM ends,
     * unless {@code -Dbenchmark.keepDatabase=true}: then it is kept and its name printed, for
     * experiments in psql on the data the benchmark made; drop it by hand afterwards).
     */
    static String freshDatabase(String kind) {
        if (!kind.equals("postgres")) {
            return AppNode.freshH2();
        }
        boolean keep = Boolean.getBoolean("benchmark.keepDatabase");
        String url = FreshPostgresDatabase.createDatabase(!keep);
        if (keep) {
            log("keeping database %s (benchmark.keepDatabase=true): drop it by hand", url.substring(url.lastIndexOf('/') + 1));
        }
        return url;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    static void log(String format, Object... args) {
        System.out.printf("[benchmark %s] %s%n", Instant.now().toString().substring(11, 19), String.format(format, args));
    }
}
