package se.agencynetwork.procurement;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import se.agencynetwork.process.Money;
import se.agencynetwork.process.NetworkTime;

/** The registered contracts of procurements (Flyway V7__procurement.sql). */
@Repository
public class ProcurementRepository {

    /** The documentation record of a direct award from 100 000 SEK (docs/PROCUREMENT.md section 2), or all null. */
    public record Documentation(String authority, String purchased, String competition, String suppliersAsked,
            Integer tendersReceived) {
    }

    public record Contract(String businessKey, String subject, String cpvCode, String procedure, Money estimatedValue,
            String supplier, Money price, LocalDate start, LocalDate end, Documentation documentation,
            String registeredBy, String procuringAgency, Money earlierDirectAwards, String frameworkAgreement,
            String frameworkAgreementName, String powersOfAttorney) {
    }

    /** The avstegsanmälan to Kammarkollegiet. */
    public record DeviationReport(String businessKey, String procuringAgency, String frameworkAgreement, String reason,
            String text, LocalDate reportedOn, String reference, String recordedBy) {
    }

    /** A co-funder's power of attorney for the procuring agency. */
    public record PowerOfAttorney(String agency, String procuringAgency, String grantedBy, LocalDate grantedOn) {
    }

    /** The post-award notice of a contract: due by, and once published its reference and day. */
    public record PostAwardNotice(LocalDate due, String reference, LocalDate publishedOn) {
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
                + " doc_suppliers_asked, doc_tenders_received, registered_by, registered_at, procuring_agency,"
                + " earlier_direct_awards, framework_agreement, framework_agreement_name, powers_of_attorney)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.businessKey(), c.subject(), c.cpvCode(), c.procedure(), Money.kronorOrNull(c.estimatedValue()), c.supplier(), Money.kronorOrNull(c.price()),
                Date.valueOf(c.start()), Date.valueOf(c.end()), d.authority(), d.purchased(), d.competition(),
                d.suppliersAsked(), d.tendersReceived(), c.registeredBy(), new Timestamp(at.getTime()), c.procuringAgency(),
                Money.kronorOrNull(c.earlierDirectAwards()), c.frameworkAgreement(), c.frameworkAgreementName(), c.powersOfAttorney());
    }

    public void saveDeviationReport(DeviationReport r, java.util.Date at) {
        jdbc.update("delete from procurement_deviation_report where business_key = ?", r.businessKey());
        jdbc.update("insert into procurement_deviation_report (business_key, procuring_agency, framework_agreement, reason,"
                + " report_text, reported_on, reference, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.businessKey(), r.procuringAgency(), r.frameworkAgreement(), r.reason(), r.text(), Date.valueOf(r.reportedOn()),
                r.reference(), r.recordedBy(), new Timestamp(at.getTime()));
    }

    public Optional<DeviationReport> deviationReport(String businessKey) {
        return jdbc.query("select * from procurement_deviation_report where business_key = ?", (rs, i) -> new DeviationReport(
                rs.getString("business_key"), rs.getString("procuring_agency"), rs.getString("framework_agreement"),
                rs.getString("reason"), rs.getString("report_text"), rs.getDate("reported_on").toLocalDate(),
                rs.getString("reference"), rs.getString("recorded_by")), businessKey).stream().findFirst();
    }

    public void savePowerOfAttorney(String businessKey, String agency, String procuringAgency, String grantedBy, java.util.Date at) {
        jdbc.update("delete from procurement_power_of_attorney where business_key = ? and agency = ?", businessKey, agency);
        jdbc.update("insert into procurement_power_of_attorney (business_key, agency, procuring_agency, granted_by, granted_at)"
                + " values (?, ?, ?, ?, ?)", businessKey, agency, procuringAgency, grantedBy, new Timestamp(at.getTime()));
    }

    /** The powers of attorney of a procurement, by agency code. */
    public List<PowerOfAttorney> powersOfAttorney(String businessKey) {
        return jdbc.query("select agency, procuring_agency, granted_by, granted_at from procurement_power_of_attorney"
                + " where business_key = ? order by agency", (rs, i) -> new PowerOfAttorney(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getTimestamp(4).toInstant().atZone(NetworkTime.ZONE).toLocalDate()), businessKey);
    }

    /** The day the post-award notice is due (set when the contract is registered). */
    public void postAwardNoticeDue(String businessKey, LocalDate due) {
        jdbc.update("update procurement_contract set post_award_notice_due = ? where business_key = ?", Date.valueOf(due),
                businessKey);
    }

    /** The published post-award notice. */
    public void postAwardNoticePublished(String businessKey, String reference, LocalDate publishedOn) {
        jdbc.update("update procurement_contract set post_award_notice_ref = ?, post_award_notice_on = ? where business_key = ?",
                reference, Date.valueOf(publishedOn), businessKey);
    }

    public Optional<PostAwardNotice> postAwardNotice(String businessKey) {
        return jdbc.query("select post_award_notice_due, post_award_notice_ref, post_award_notice_on from procurement_contract"
                + " where business_key = ? and post_award_notice_due is not null", (rs, i) -> new PostAwardNotice(
                        rs.getDate(1).toLocalDate(), rs.getString(2),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()), businessKey).stream().findFirst();
    }

    /**
     * The contract prices of the direct awards of the same kind earlier in a financial year (the calendar
     * year, as for Swedish state agencies): the same procuring agency and the same CPV group (the code's
     * first three digits), registered in that year. LOU adds them to the value of a new direct award.
     */
    public Money directAwardsInYear(String procuringAgency, String cpvGroup, int year) {
        BigDecimal sum = jdbc.queryForObject("select coalesce(sum(price), 0) from procurement_contract"
                + " where procedure_kind = 'DIRECT_AWARD' and procuring_agency = ? and cpv_code like ?"
                + " and registered_at >= ? and registered_at < ?", BigDecimal.class, procuringAgency, cpvGroup + "%",
                Timestamp.valueOf(LocalDate.of(year, 1, 1).atStartOfDay()),
                Timestamp.valueOf(LocalDate.of(year + 1, 1, 1).atStartOfDay()));
        return sum == null ? Money.ZERO : Money.of(sum);
    }

    public Optional<Contract> find(String businessKey) {
        List<Contract> found = jdbc.query("select * from procurement_contract where business_key = ?", (rs, i) -> new Contract(
                rs.getString("business_key"), rs.getString("subject"), rs.getString("cpv_code"), rs.getString("procedure_kind"),
                Money.of(rs.getBigDecimal("estimated_value")), rs.getString("supplier"), Money.of(rs.getBigDecimal("price")),
                rs.getDate("contract_start").toLocalDate(), rs.getDate("contract_end").toLocalDate(),
                new Documentation(rs.getString("doc_authority"), rs.getString("doc_purchased"), rs.getString("doc_competition"),
                        rs.getString("doc_suppliers_asked"), (Integer) rs.getObject("doc_tenders_received")),
                rs.getString("registered_by"), rs.getString("procuring_agency"), Money.of(rs.getBigDecimal("earlier_direct_awards")),
                rs.getString("framework_agreement"), rs.getString("framework_agreement_name"), rs.getString("powers_of_attorney")),
                businessKey);
        return found.stream().findFirst();
    }

}
