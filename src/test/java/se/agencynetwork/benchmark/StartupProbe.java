package se.agencynetwork.benchmark;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import se.agencynetwork.Application;
import se.agencynetwork.benchmark.bare.BareCamundaApplication;

/**
 * Part 3: start-up time and heap of the default run (profile demo, H2 file database, first start
 * on an empty data directory) beside a bare Camunda starter application, each in a fresh JVM
 * measured the same way: JVM uptime when the application is ready, heap used after a full GC.
 */
public final class StartupProbe {

    private static final String RESULT = "STARTUP-PROBE ";
    /** Libraries only the project uses; the bare starter runs without them. */
    private static final List<String> PROJECT_ONLY = List.of("flyway", "thymeleaf", "attoparser", "unbescape",
            "actuator", "jollyday", "greenmail", "mail", "activation");

    private StartupProbe() {
    }

    /** In the child JVM: start the application ("app") or the bare starter ("bare") on a fresh H2 file. */
    public static void main(String[] args) throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Stockholm"));
        boolean app = args[0].equals("app");
        String url = "jdbc:h2:file:" + Path.of(args[1]).toAbsolutePath() + "/db;AUTO_SERVER=FALSE";
        SpringApplicationBuilder builder = app
                ? new SpringApplicationBuilder(Application.class).profiles("demo")
                : new SpringApplicationBuilder(BareCamundaApplication.class);
        String[] arguments = AppNode.arguments(app
                ? Map.of("spring.datasource.url", url, "server.port", 0)
                : Map.of("spring.datasource.url", url, "server.port", 0,
                        "camunda.bpm.admin-user.id", "admin", "camunda.bpm.admin-user.password", "bare-Start-2026",
                        // nothing of its own to deploy (the test class path holds the tests' stand-in models)
                        "camunda.bpm.auto-deployment-enabled", false));
        long[] readyMillis = new long[1];
        builder.listeners((ApplicationListener<ApplicationReadyEvent>) event ->
                readyMillis[0] = ManagementFactory.getRuntimeMXBean().getUptime());
        var context = builder.run(arguments);
        for (int i = 0; i < 3; i++) {
            System.gc(); // a full collection that returns when it is done (the JVMs' default collectors)
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.println(RESULT + readyMillis[0] + " " + heap);
        System.out.flush();
        context.close();
        System.exit(0);
    }

    /** In the benchmark: {@code rounds} starts of each, alternating; the medians. */
    static Map<String, Object> measure(int rounds) throws Exception {
        List<Double> appReady = new ArrayList<>();
        List<Double> appHeap = new ArrayList<>();
        List<Double> bareReady = new ArrayList<>();
        List<Double> bareHeap = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long[] a = probe("app");
            appReady.add(a[0] / 1000.0);
            appHeap.add(a[1] / (1024.0 * 1024));
            long[] b = probe("bare");
            bareReady.add(b[0] / 1000.0);
            bareHeap.add(b[1] / (1024.0 * 1024));
            Benchmark.log("startup round %d: application %.1f s %.0f MB, bare starter %.1f s %.0f MB", round + 1,
                    a[0] / 1000.0, a[1] / (1024.0 * 1024), b[0] / 1000.0, b[1] / (1024.0 * 1024));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rounds", rounds);
        result.put("appReadySeconds", Benchmark.round(median(appReady)));
        result.put("appHeapMb", Benchmark.round(median(appHeap)));
        result.put("bareReadySeconds", Benchmark.round(median(bareReady)));
        result.put("bareHeapMb", Benchmark.round(median(bareHeap)));
        result.put("readyRatio", Benchmark.round(median(appReady) / median(bareReady)));
        result.put("heapRatio", Benchmark.round(median(appHeap) / median(bareHeap)));
        result.put("appReadyAll", appReady);
        result.put("bareReadyAll", bareReady);
        result.put("jvmOptions", "defaults of the JVM (no -Xmx), same for both");
        return result;
    }

    private static long[] probe(String which) throws Exception {
        Path data = Files.createTempDirectory(Benchmark.OUT.toAbsolutePath(), "startup-" + which + "-");
        String classPath = System.getProperty("java.class.path");
        if (which.equals("bare")) {
            classPath = Arrays.stream(classPath.split(File.pathSeparator))
                    .filter(entry -> !entry.endsWith("target" + File.separator + "classes"))
                    .filter(entry -> PROJECT_ONLY.stream().noneMatch(Path.of(entry).getFileName().toString()::contains))
                    .collect(Collectors.joining(File.pathSeparator));
        }
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=Europe/Stockholm", "-cp", classPath, StartupProbe.class.getName(), which, data.toString())
                .redirectErrorStream(true).start();
        String result = null;
        List<String> tail = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(RESULT)) {
                    result = line.substring(RESULT.length());
                }
                tail.add(line);
                if (tail.size() > 40) {
                    tail.remove(0);
                }
            }
        }
        if (process.waitFor() != 0 || result == null) {
            throw new IllegalStateException("the " + which + " start-up probe failed (exit " + process.exitValue() + "):\n"
                    + String.join("\n", tail));
        }
        String[] figures = result.split(" ");
        return new long[] {Long.parseLong(figures[0]), Long.parseLong(figures[1])};
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
