package se.agencynetwork.procurement;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The registered contracts of procurements (Flyway V7__procurement.sql). */
@Repository
public class ProcurementRepository {

    /** The documentation record of a direct award from 100 000 SEK (DOMAIN.md section 1), or all null. */
    public record Documentation(String authority, String purchased, String competition, String suppliersAsked,
            Integer tendersReceived) {
    }

    public record Contract(String businessKey, String subject, String cpvCode, String procedure, BigDecimal estimatedValue,
            String supplier, BigDecimal price, LocalDate start, LocalDate end, Documentation documentation,
            String registeredBy) {
    }

    private final JdbcTemplate jdbc;

    public ProcurementRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void save(Contract c, java.util.Date at) {
        jdbc.update("delete from procurement_contract where business_key = ?", c.businessKey());
        Documentation d = c.documentation();
        jdbc.update("insert into procurement_contract (business_key, subject, cpv_code, procedure_kind, estimated_value,"
                + " supplier, price, contract_start, contract_end, doc_authority, doc_purchased, doc_competition,"
                + " doc_suppliers_asked, doc_tenders_received, registered_by, registered_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.businessKey(), c.subject(), c.cpvCode(), c.procedure(), c.estimatedValue(), c.supplier(), c.price(),
                Date.valueOf(c.start()), Date.valueOf(c.end()), d.authority(), d.purchased(), d.competition(),
                d.suppliersAsked(), d.tendersReceived(), c.registeredBy(), new Timestamp(at.getTime()));
    }

    public Optional<Contract> find(String businessKey) {
        List<Contract> found = jdbc.query("select * from procurement_contract where business_key = ?", (rs, i) -> new Contract(
                rs.getString("business_key"), rs.getString("subject"), rs.getString("cpv_code"), rs.getString("procedure_kind"),
                rs.getBigDecimal("estimated_value"), rs.getString("supplier"), rs.getBigDecimal("price"),
                rs.getDate("contract_start").toLocalDate(), rs.getDate("contract_end").toLocalDate(),
                new Documentation(rs.getString("doc_authority"), rs.getString("doc_purchased"), rs.getString("doc_competition"),
                        rs.getString("doc_suppliers_asked"), (Integer) rs.getObject("doc_tenders_received")),
                rs.getString("registered_by")), businessKey);
        return found.stream().findFirst();
    }
}
