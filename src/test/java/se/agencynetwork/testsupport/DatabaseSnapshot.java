package se.agencynetwork.testsupport;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * Row count and an order-independent checksum of every row of the application's own tables and
 * of the engine's runtime tables ({@code ACT_RU_*}) and variable history ({@code ACT_HI_VARINST}):
 * two equal snapshots mean nothing was stored, changed or removed in between. The engine's metric
 * logs are left out (the engine writes them on its own schedule).
 */
public final class DatabaseSnapshot {

    private static final List<String> IGNORED = List.of("act_ru_meter_log", "act_ru_task_meter_log");

    private DatabaseSnapshot() {
    }

    /** Table name (lower case) to "rows=N checksum=X". */
    public static Map<String, String> of(DataSource dataSource) {
        Map<String, String> snapshot = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : tables(connection)) {
                long rows = 0;
                long checksum = 0;
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery("select * from " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        rows++;
                        long row = 17;
                        for (int c = 1; c <= columns; c++) {
                            Object value = rs.getObject(c);
                            int hash = value instanceof byte[] bytes ? Arrays.hashCode(bytes) : String.valueOf(value).hashCode();
                            row = row * 31 + hash;
                        }
                        checksum += row * 0x9E3779B97F4A7C15L;
                    }
                }
                snapshot.put(table, "rows=" + rows + " checksum=" + Long.toHexString(checksum));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take a snapshot of the database", e);
        }
        return snapshot;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                boolean engine = name.startsWith("act_");
                boolean watched = !engine || name.startsWith("act_ru_") || name.equals("act_hi_varinst");
                if (watched && !IGNORED.contains(name)) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }
}
