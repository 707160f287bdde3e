package se.agencynetwork.benchmark;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine the figures were measured on. */
final class Machine {

    private Machine() {
    }

    static Map<String, Object> describe() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            machine.put("ramGiB", Benchmark.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024)));
            machine.put("loadAverageAtStart", Benchmark.round(os.getSystemLoadAverage()));
        }
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("postgres", postgresVersion());
        return machine;
    }

    private static String postgresVersion() {
        try (Connection connection = DriverManager.getConnection(
                Benchmark.env("TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                Benchmark.env("TEST_PG_USER", "postgres"), Benchmark.env("TEST_PG_PASSWORD", ""));
             Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("show server_version")) {
            version.next();
            return version.getString(1);
        } catch (Exception e) {
            return "unreachable: " + e.getMessage();
        }
    }
}
