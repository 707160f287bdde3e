package se.agencynetwork.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

/**
 * Counts the SQL statements a data source's users send (PostgreSQL's {@code pg_stat_statements} is
 * installed on the benchmark machine but not preloaded, and preloading it needs a server restart):
 * every {@code execute*} of a statement, and every statement added to a JDBC batch (one statement the
 * server runs each). Wraps the data source with JDK proxies; nothing else changes.
 */
final class SqlCounter {

    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();

    long statements() {
        return statements.get();
    }

    /** Commits the clients asked for ({@code Connection.commit}); PostgreSQL's own count is {@code xact_commit}. */
    long commits() {
        return commits.get();
    }

    DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (method, args, result) -> result instanceof Connection connection
                ? proxy(Connection.class, connection, this::onConnection) : result);
    }

    private Object onConnection(Method method, Object[] args, Object result) {
        if (method.getName().equals("commit")) {
            commits.incrementAndGet();
        }
        if (result instanceof CallableStatement statement) {
            return proxy(CallableStatement.class, statement, this::onStatement);
        }
        if (result instanceof PreparedStatement statement) {
            return proxy(PreparedStatement.class, statement, this::onStatement);
        }
        if (result instanceof Statement statement) {
            return proxy(Statement.class, statement, this::onStatement);
        }
        return result;
    }

    private Object onStatement(Method method, Object[] args, Object result) {
        String name = method.getName();
        if (name.equals("addBatch") || (name.startsWith("execute") && !name.equals("executeBatch")
                && !name.equals("executeLargeBatch"))) {
            statements.incrementAndGet();
        }
        return result;
    }

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
