package se.agencynetwork.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Counts the SQL statements a data source's users send (PostgreSQL's {@code pg_stat_statements} is
 * installed on the benchmark machine but not preloaded, and preloading it needs a server restart):
 * every {@code execute*} of a statement, and every statement added to a JDBC batch (one statement the
 * server runs each). Wraps the data source with JDK proxies; nothing else changes.
 */
final class SqlCounter {

    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private final Map<String, AtomicLong> byKind = new ConcurrentHashMap<>();
    private final List<DataSource> wrapped = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Makes PostgreSQL publish what the counted pools' idle connections have done (PostgreSQL 15 keeps a
     * backend's statistics pending for up to 10 s): borrows every idle connection of each pool at once and
     * asks it for {@code pg_stat_force_next_flush()}, which the backend honours before it answers. Uses the
     * pools themselves, so nothing here is counted as a statement. Returns how many transactions that took
     * (each call is one, and is published with the rest).
     */
    int publishServerStatistics() throws SQLException {
        int published = 0;
        for (DataSource target : wrapped) {
            HikariDataSource pool = target.unwrap(HikariDataSource.class);
            int idle = pool.getHikariPoolMXBean().getIdleConnections();
            List<Connection> borrowed = new ArrayList<>();
            try {
                for (int i = 0; i < idle; i++) {
                    borrowed.add(pool.getConnection());
                }
                for (Connection connection : borrowed) {
                    connection.setAutoCommit(true); // published only outside a transaction; the pool resets it
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("select pg_stat_force_next_flush()");
                    }
                    published++;
                }
            } finally {
                for (Connection connection : borrowed) {
                    connection.close();
                }
            }
        }
        return published;
    }

    long statements() {
        return statements.get();
    }

    /** Commits the clients asked for ({@code Connection.commit}); PostgreSQL's own count is {@code xact_commit}. */
    long commits() {
        return commits.get();
    }

    /** Statements counted so far by kind (the verb and the first table, e.g. {@code select ACT_RU_TASK}). */
    Map<String, Long> byKind() {
        Map<String, Long> copy = new TreeMap<>();
        byKind.forEach((kind, count) -> copy.put(kind, count.get()));
        return copy;
    }

    DataSource wrap(DataSource target) {
        wrapped.add(target);
        return proxy(DataSource.class, target, (method, args, result) -> result instanceof Connection connection
                ? proxy(Connection.class, connection, this::onConnection) : result);
    }

    private Object onConnection(Method method, Object[] args, Object result) {
        if (method.getName().equals("commit")) {
            commits.incrementAndGet();
        }
        String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
        if (result instanceof CallableStatement statement) {
            return proxy(CallableStatement.class, statement, (m, a, r) -> onStatement(sql, m, a, r));
        }
        if (result instanceof PreparedStatement statement) {
            return proxy(PreparedStatement.class, statement, (m, a, r) -> onStatement(sql, m, a, r));
        }
        if (result instanceof Statement statement) {
            return proxy(Statement.class, statement, (m, a, r) -> onStatement(sql, m, a, r));
        }
        return result;
    }

    private Object onStatement(String prepared, Method method, Object[] args, Object result) {
        String name = method.getName();
        if (name.equals("addBatch") || (name.startsWith("execute") && !name.equals("executeBatch")
                && !name.equals("executeLargeBatch"))) {
            statements.incrementAndGet();
            String sql = prepared != null ? prepared : args != null && args.length > 0 && args[0] instanceof String text ? text : "";
            byKind.computeIfAbsent(kind(sql), k -> new AtomicLong()).incrementAndGet();
        }
        return result;
    }

    /** The verb and the first table a statement names: enough to see where the statements go. */
    static String kind(String sql) {
        String text = sql.strip().replaceAll("\\s+", " ");
        String verb = text.isEmpty() ? "?" : text.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        Matcher table = TABLE.matcher(text);
        return verb + (table.find() ? " " + table.group(1).toUpperCase(Locale.ROOT) : "");
    }

    private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:from|into|update)\\s+([A-Za-z_][A-Za-z0-9_.]*)");

    private interface After {
        Object apply(Method method, Object[] args, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, After after) {
        InvocationHandler handler = (self, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return after.apply(method, args, result);
        };
        return (T) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
