package se.agencynetwork.benchmark;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ProcessEngine;

import se.agencynetwork.process.SurveyAnswers;

/**
 * Part 4: journeys per second with one node and with two nodes (separate JVMs, job executors on)
 * sharing one PostgreSQL database; every node drives the same number of journeys with the same
 * number of client threads, all nodes start together.
 */
public final class ScaleOut {

    private ScaleOut() {
    }

    /** A node, in its own JVM: start, one warm-up journey, "READY"; on "GO" run the journeys, "DONE"; on "STOP" end. */
    public static void main(String[] args) throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Stockholm"));
        PrintStream out = System.out;
        String url = args[0];
        int threads = Integer.parseInt(args[1]);
        int journeys = Integer.parseInt(args[2]);
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (AppNode node = AppNode.start(url, Map.of())) {
            ProcessEngine engine = node.bean(ProcessEngine.class);
            SurveyAnswers surveys = node.bean(SurveyAnswers.class);
            JourneyDriver driver = new JourneyDriver(engine);
            driver.run(1, 1, () -> new AgencyJourney(engine, surveys));
            out.println("READY");
            out.flush();
            expect(commands, "GO");
            JourneyDriver.Run run = driver.run(threads, journeys, () -> new AgencyJourney(engine, surveys));
            out.println("DONE " + run.journeys() + " " + run.seconds());
            out.flush();
            expect(commands, "STOP");
        }
        System.exit(0);
    }

    private static void expect(BufferedReader commands, String command) throws Exception {
        String line = commands.readLine();
        if (!command.equals(line)) {
            throw new IllegalStateException("expected " + command + ", got " + line);
        }
    }

    static Map<String, Object> measure(int threadsPerNode, int journeysPerNode) throws Exception {
        double one = run(1, threadsPerNode, journeysPerNode);
        double two = run(2, threadsPerNode, journeysPerNode);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("threadsPerNode", threadsPerNode);
        result.put("journeysPerNode", journeysPerNode);
        result.put("oneNodeJourneysPerSecond", Benchmark.round(one));
        result.put("twoNodesJourneysPerSecond", Benchmark.round(two));
        result.put("ratio", Benchmark.round(two / one));
        return result;
    }

    /** Starts the nodes one after the other on one fresh database, then lets them all go at once. */
    private static double run(int nodes, int threads, int journeys) throws Exception {
        String url = Benchmark.freshDatabase("postgres");
        List<Node> started = new ArrayList<>();
        try {
            for (int i = 0; i < nodes; i++) {
                Node node = new Node(url, threads, journeys, i + 1);
                started.add(node);
                node.await("READY");
            }
            long t0 = System.nanoTime();
            for (Node node : started) {
                node.send("GO");
            }
            for (Node node : started) {
                node.await("DONE");
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double perSecond = nodes * journeys / seconds;
            Benchmark.log("scale-out: %d node(s) x %d threads: %d journeys in %.1f s = %.3f/s", nodes, threads,
                    nodes * journeys, seconds, perSecond);
            return perSecond;
        } finally {
            for (Node node : started) {
                node.stop();
            }
        }
    }

    /** One node's JVM, its output read line by line. */
    private static final class Node {
        final Process process;
        final Writer commands;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final int number;

        Node(String url, int threads, int journeys, int number) throws Exception {
            this.number = number;
            process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Duser.timezone=Europe/Stockholm", "-cp", System.getProperty("java.class.path"),
                    ScaleOut.class.getName(), url, Integer.toString(threads), Integer.toString(journeys))
                    .redirectErrorStream(true).start();
            commands = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        lines.add(line);
                    }
                } catch (Exception e) {
                    lines.add("READ FAILED " + e);
                }
                lines.add("EXITED");
            });
            reader.setDaemon(true);
            reader.start();
        }

        void await(String marker) throws Exception {
            List<String> seen = new ArrayList<>();
            while (true) {
                String line = lines.poll(15, TimeUnit.MINUTES);
                if (line == null || line.equals("EXITED")) {
                    throw new IllegalStateException("node " + number + " ended before " + marker + "; its last lines:\n"
                            + String.join("\n", seen.subList(Math.max(0, seen.size() - 40), seen.size())));
                }
                if (line.startsWith(marker)) {
                    return;
                }
                seen.add(line);
            }
        }

        void send(String command) throws Exception {
            commands.write(command + "\n");
            commands.flush();
        }

        void stop() throws Exception {
            if (process.isAlive()) {
                try {
                    send("STOP");
                } catch (Exception e) {
                    // the node has already gone
                }
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroy();
                }
            }
        }
    }
}
