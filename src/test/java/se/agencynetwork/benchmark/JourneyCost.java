package se.agencynetwork.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * What one journey costs the database, independent of the machine's speed: SQL statements (counted at
 * the JDBC driver, {@link SqlCounter}), transactions ({@code xact_commit + xact_rollback} of the
 * journey's database in {@code pg_stat_database}), WAL bytes ({@code pg_current_wal_lsn()} before and
 * after), process instances and jobs (the engine's history). One journey runs alone, after a warm-up.
 *
 * <p>PostgreSQL publishes a backend's counters when it has been idle for a while (up to 10 s in
 * PostgreSQL 15), so before each reading the pools' idle connections are made to publish theirs
 * ({@link SqlCounter#publishServerStatistics()}; those calls are taken off the reading). A connection busy
 * at that moment (the job executor's) publishes when it is next idle. WAL is the whole server's: when another
 * database committed anything during the window (other people's tests on the shared server) the WAL
 * figure includes their writes and is marked {@code walShared}.
 */
final class JourneyCost {

    private JourneyCost() {
    }

    interface Journey {
        void run() throws Exception;
    }

    static Map<String, Object> measure(String jdbcUrl, SqlCounter counter, ProcessEngine engine, Journey journey) throws Exception {
        String database = databaseName(jdbcUrl);
        HistoryService history = engine.getHistoryService();
        Snapshot before = Snapshot.take(database, counter.publishServerStatistics());
        long statements = counter.statements();
        long commits = counter.commits();
        long jobs = history.createHistoricJobLogQuery().successLog().count();
        Map<String, Long> kindsBefore = counter.byKind();
        Date since = new Date();
        journey.run();
        long processInstances = history.createHistoricProcessInstanceQuery().startedAfter(since).count();
        long jobsRun = history.createHistoricJobLogQuery().successLog().count() - jobs;
        long journeyStatements = counter.statements() - statements;
        long journeyCommits = counter.commits() - commits;
        Snapshot after = Snapshot.take(database, counter.publishServerStatistics());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("statements", journeyStatements);
        figures.put("clientCommits", journeyCommits);
        figures.put("transactions", after.transactions - before.transactions);
        figures.put("walBytes", after.walLsnBytes - before.walLsnBytes);
        figures.put("walShared", after.otherTransactions != before.otherTransactions);
        figures.put("processInstances", processInstances);
        figures.put("jobs", jobsRun);
        Map<String, Long> kinds = new LinkedHashMap<>();
        counter.byKind().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - kindsBefore.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0).sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(25)
                .forEach(e -> kinds.put(e.getKey(), e.getValue()));
        figures.put("statementsByKind", kinds);
        return figures;
    }

    static String databaseName(String jdbcUrl) {
        String path = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** The server's counters at one moment, read over a connection to the maintenance database. */
    private record Snapshot(long transactions, long otherTransactions, long walLsnBytes) {

        /** {@code ownCalls}: transactions of the statistics calls just made in this database, not counted. */
        static Snapshot take(String database, int ownCalls) throws Exception {
            String url = Benchmark.env("TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
            url = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
            try (Connection connection = DriverManager.getConnection(url, Benchmark.env("TEST_PG_USER", "postgres"),
                    Benchmark.env("TEST_PG_PASSWORD", ""));
                    Statement statement = connection.createStatement()) {
                long ours;
                long others;
                try (ResultSet row = statement.executeQuery("select coalesce(sum(xact_commit + xact_rollback)"
                        + " filter (where datname = '" + database.replace("'", "''") + "'), 0),"
                        + " coalesce(sum(xact_commit + xact_rollback) filter (where datname <> '"
                        + database.replace("'", "''") + "' and datname <> 'postgres'), 0),"
                        + " pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint from pg_stat_database")) {
                    row.next();
                    ours = row.getLong(1) - ownCalls;
                    others = row.getLong(2);
                    return new Snapshot(ours, others, row.getLong(3));
                }
            }
        }
    }
}
