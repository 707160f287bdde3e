package se.agencynetwork.testsupport;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
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

    private static final List<Integer> BINARY = List.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);
    private static final List<String> IGNORED = List.of("act_ru_meter_log", "act_ru_task_meter_log");

    private DatabaseSnapshot() {
    }

    /** Table name (lower case) to "rows=N checksum=X". */
    public static Map<String, String> of(DataSource dataSource) {
        Map<String, String> snapshot = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<String, String> table : tables(connection).entrySet()) {
                long rows = 0;
                long checksum = 0;
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery("select * from \"" + table.getValue() + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        rows++;
                        long row = 17;
                        for (int c = 1; c <= columns; c++) {
                            // contents, never the driver's objects (an H2 Clob's toString carries a per-fetch id)
                            int hash = BINARY.contains(rs.getMetaData().getColumnType(c)) ? Arrays.hashCode(rs.getBytes(c))
                                    : String.valueOf(rs.getString(c)).hashCode();
                            row = row * 31 + hash;
                        }
                        checksum += row * 0x9E3779B97F4A7C15L;
                    }
                }
                snapshot.put(table.getKey(), "rows=" + rows + " checksum=" + Long.toHexString(checksum));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take a snapshot of the database", e);
        }
        return snapshot;
    }

    /** Lower-case name to the name as the database spells it. */
    private static Map<String, String> tables(Connection connection) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String spelled = rs.getString("TABLE_NAME");
                String name = spelled.toLowerCase(Locale.ROOT);
                boolean engine = name.startsWith("act_");
                boolean watched = !engine || name.startsWith("act_ru_") || name.equals("act_hi_varinst");
                if (watched && !IGNORED.contains(name)) {
                    tables.put(name, spelled);
                }
            }
        }
        return tables;
    }
}
