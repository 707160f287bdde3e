package se.agencynetwork.needs;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The needs agencies reported in an inventory (table {@code needs_report}). */
@Repository
public class NeedsRepository {

    /** One reported need; {@code id()} ({@code agency#no}) is how the council's form refers to it. */
    public record Need(String agencyCode, int number, String title, String description, String kind,
            String targetGroup, int participants, String reportedBy) {

        public String id() {
            return agencyCode + "#" + number;
        }
    }

    private final JdbcTemplate jdbc;

    public NeedsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces what the agency reported before in this inventory. */
    public void replace(String inventoryKey, String agencyCode, List<Need> needs, Date at) {
        jdbc.update("delete from needs_report where inventory_key = ? and agency_code = ?", inventoryKey, agencyCode);
        for (Need need : needs) {
            jdbc.update("insert into needs_report (inventory_key, agency_code, need_no, title, description, kind,"
                    + " target_group, participants, reported_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    inventoryKey, agencyCode, need.number(), need.title(), need.description(), need.kind(),
                    need.targetGroup(), need.participants(), need.reportedBy(), new Timestamp(at.getTime()));
        }
    }

    public List<Need> needs(String inventoryKey) {
        return jdbc.query("select agency_code, need_no, title, description, kind, target_group, participants, reported_by"
                + " from needs_report where inventory_key = ? order by agency_code, need_no",
                (rs, row) -> new Need(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7), rs.getString(8)), inventoryKey);
    }
}
