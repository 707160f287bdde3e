package se.agencynetwork.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scans every process variable the engine has stored, running (ACT_RU_VARIABLE) and in history
 * (ACT_HI_VARINST), for values a person would see as "Object java.util.ArrayList" in Cockpit or as
 * {@code rO0AB...} over REST: Java-serialized values (serializer {@code serializable}) and
 * collections stored as Object values of any format (a {@code java.util} type name). Lists and
 * maps are to be Spin JSON (serializer {@code json}) or text.
 */
public final class StoredVariables {

    private static final String OFFENDING = " where TYPE_ = 'serializable' or TEXT2_ like 'java.util.%'"
            + " or TEXT2_ like 'application/x-java-serialized-object%'";

    private StoredVariables() {
    }

    /** "table: name (serializer, type name)" of every offending variable; empty when there is none. */
    public static List<String> objectsStoredAsJava(JdbcTemplate jdbc) {
        List<String> found = new ArrayList<>();
        found.addAll(jdbc.query("select NAME_, TYPE_, TEXT2_ from ACT_RU_VARIABLE" + OFFENDING,
                (rs, n) -> "ACT_RU_VARIABLE: " + rs.getString(1) + " (" + rs.getString(2) + ", " + rs.getString(3) + ")"));
        found.addAll(jdbc.query("select NAME_, VAR_TYPE_, TEXT2_ from ACT_HI_VARINST"
                + OFFENDING.replace("TYPE_", "VAR_TYPE_"),
                (rs, n) -> "ACT_HI_VARINST: " + rs.getString(1) + " (" + rs.getString(2) + ", " + rs.getString(3) + ")"));
        return found.stream().distinct().toList();
    }

    /** Fails naming every variable stored as a Java object. */
    public static void assertNoneStoredAsJava(JdbcTemplate jdbc) {
        Assertions.assertThat(objectsStoredAsJava(jdbc))
                .as("variables stored Java-serialized or as Object java.util collections (store lists as Spin JSON)")
                .isEmpty();
    }
}
