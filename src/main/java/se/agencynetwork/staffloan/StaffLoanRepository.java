package se.agencynetwork.staffloan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import se.agencynetwork.process.Money;

/** The staff loans' own tables ({@code V17__staff_loan.sql}); runs in the engine's transaction. */
@Repository
class StaffLoanRepository {

    static final String STATUS_REVIEW = "IN_REVIEW";
    static final String STATUS_RETURNED = "RETURNED";
    static final String STATUS_PUBLISHED = "PUBLISHED";
    static final String STATUS_NO_LOAN = "CLOSED_NO_LOAN";
    static final String STATUS_AGREEMENT = "AGREEMENT_DRAFTED";
    static final String STATUS_NOT_APPROVED = "NOT_APPROVED";
    static final String STATUS_APPROVED = "APPROVED";
    /** The loan's last day is past and its last month booked. */
    static final String STATUS_ENDED = "ENDED";

    static final String CHANGE_IN_FORCE = "IN_FORCE";
    static final String CHANGE_PENDING = "PENDING";
    static final String CHANGE_APPROVED = "APPROVED";
    static final String CHANGE_DECLINED = "DECLINED";

    private static final RowMapper<LoanMonths.ExtentPeriod> EXTENT = (rs, row) -> new LoanMonths.ExtentPeriod(
            rs.getDate("valid_from").toLocalDate(), rs.getInt("extent_percent"),
            Money.of(rs.getBigDecimal("monthly_reimbursement")));

    private static final RowMapper<StaffLoanOffer> OFFER = (rs, row) -> new StaffLoanOffer(
            rs.getString("business_key"), rs.getString("agency_code"), rs.getString("person_name"),
            rs.getString("person_email"), rs.getInt("extent_percent"), rs.getDate("offered_start").toLocalDate(),
            rs.getDate("offered_end").toLocalDate(), Money.of(rs.getBigDecimal("monthly_salary")),
            rs.getString("offer_comment"), rs.getString("offered_by"), rs.getTimestamp("offered_at").toInstant());

    private static final RowMapper<StaffLoanAgreement> AGREEMENT = (rs, row) -> new StaffLoanAgreement(
            rs.getString("business_key"), rs.getString("status"), rs.getString("borrowing_agency"),
            rs.getString("lending_agency"), rs.getString("role_title"), rs.getString("person_name"),
            rs.getString("person_email"), date(rs, "loan_start"), date(rs, "loan_end"),
            rs.getInt("loan_extent_percent"), rs.getString("place_of_work"), rs.getString("work_leader"),
            rs.getString("working_hours"), rs.getString("secrecy_terms"), rs.getString("travel_costs"),
            rs.getString("notice_period"), money(rs, "monthly_salary"), rs.getBigDecimal("overhead_rate"),
            money(rs, "extra_costs_monthly"), rs.getString("extra_costs_text"), money(rs, "monthly_reimbursement"),
            rs.getString("borrower_approved_by"), rs.getString("lender_approved_by"),
            rs.getString("consent_recorded_by"), instant(rs, "agreed_at"));

    private final JdbcTemplate jdbc;

    StaffLoanRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertNeed(StaffLoanNeed need, String processInstanceId, Instant at) {
        jdbc.update("""
                insert into staff_loan (business_key, process_instance_id, borrowing_agency, requested_by, role_title,
                                        competence, work_description, need_start, need_end, extent_percent, place,
                                        remote_possible, security_requirements, answer_date, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                need.businessKey(), processInstanceId, need.borrowingAgency(), need.requestedBy(), need.title(),
                need.competence(), need.workDescription(), Date.valueOf(need.start()), Date.valueOf(need.end()),
                need.extentPercent(), need.place(), need.remotePossible(), need.securityRequirements(),
                Date.valueOf(need.answerDate()), STATUS_REVIEW, Timestamp.from(at));
    }

    void markPublished(String businessKey, String reviewedBy, Instant at) {
        one(jdbc.update("update staff_loan set status = ?, reviewed_by = ?, published_at = ? where business_key = ?",
                STATUS_PUBLISHED, reviewedBy, Timestamp.from(at), businessKey), businessKey);
    }

    void close(String businessKey, String status, String reason, Instant at) {
        one(jdbc.update("update staff_loan set status = ?, status_reason = ?, closed_at = ? where business_key = ?",
                status, reason, Timestamp.from(at), businessKey), businessKey);
    }

    void insertOffer(StaffLoanOffer offer) {
        jdbc.update("""
                insert into staff_loan_offer (business_key, agency_code, person_name, person_email, extent_percent,
                                              offered_start, offered_end, monthly_salary, offer_comment, offered_by,
                                              offered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                offer.businessKey(), offer.agencyCode(), offer.personName(), offer.personEmail(),
                offer.extentPercent(), Date.valueOf(offer.start()), Date.valueOf(offer.end()),
                offer.monthlySalary().kronor(), offer.comment(), offer.offeredBy(), Timestamp.from(offer.offeredAt()));
    }

    List<StaffLoanOffer> offers(String businessKey) {
        return jdbc.query("select * from staff_loan_offer where business_key = ? order by agency_code", OFFER,
                businessKey);
    }

    Optional<StaffLoanOffer> offer(String businessKey, String agencyCode) {
        return jdbc.query("select * from staff_loan_offer where business_key = ? and agency_code = ?", OFFER,
                businessKey, agencyCode).stream().findFirst();
    }

    void recordChoice(StaffLoanOffer offer) {
        one(jdbc.update("""
                update staff_loan set lending_agency = ?, person_name = ?, person_email = ?, monthly_salary = ?
                 where business_key = ?""",
                offer.agencyCode(), offer.personName(), offer.personEmail(), offer.monthlySalary().kronor(),
                offer.businessKey()), offer.businessKey());
    }

    void recordTerms(String businessKey, AgreementTerms terms, Reimbursement reimbursement) {
        one(jdbc.update("""
                update staff_loan
                   set status = ?, loan_start = ?, loan_end = ?, loan_extent_percent = ?, place_of_work = ?,
                       work_leader = ?, working_hours = ?, secrecy_terms = ?, travel_costs = ?, notice_period = ?,
                       notice_months = ?, overhead_rate = ?, extra_costs_monthly = ?, extra_costs_text = ?, monthly_reimbursement = ?
                 where business_key = ?""",
                STATUS_AGREEMENT, Date.valueOf(terms.start()), Date.valueOf(terms.end()), terms.extentPercent(),
                terms.placeOfWork(), terms.workLeader(), terms.workingHours(), terms.secrecyTerms(),
                terms.travelCosts(), terms.noticePeriod(), terms.noticeMonths(), reimbursement.overheadRate(),
                reimbursement.extraCosts().kronor(), terms.extraCostsText(), reimbursement.monthlyTotal().kronor(),
                businessKey), businessKey);
    }

    void recordApproval(String businessKey, boolean borrower, String approvedBy) {
        String column = borrower ? "borrower_approved_by" : "lender_approved_by";
        one(jdbc.update("update staff_loan set " + column + " = ? where business_key = ?", approvedBy, businessKey),
                businessKey);
    }

    void recordConsent(String businessKey, String recordedBy) {
        one(jdbc.update("update staff_loan set consent_recorded_by = ? where business_key = ?", recordedBy,
                businessKey), businessKey);
    }

    void markAgreed(String businessKey, Instant at) {
        one(jdbc.update("update staff_loan set status = ?, agreed_at = ?, closed_at = ? where business_key = ?",
                STATUS_APPROVED, Timestamp.from(at), Timestamp.from(at), businessKey), businessKey);
    }

    /** The loan begins: its first extent is the agreement's, nothing is booked yet. */
    void startLoan(String businessKey, LocalDate start, int extentPercent, Money monthly, String decidedBy, Instant at) {
        jdbc.update("""
                insert into staff_loan_extent (business_key, valid_from, extent_percent, monthly_reimbursement,
                                               decided_by, decided_at)
                values (?, ?, ?, ?, ?, ?)""", businessKey, Date.valueOf(start), extentPercent, monthly.kronor(),
                decidedBy, Timestamp.from(at));
        one(jdbc.update("update staff_loan set booked_through = ? where business_key = ?",
                Date.valueOf(start.minusDays(1)), businessKey), businessKey);
    }

    /** A new extent from a day: it replaces what was planned from that day on. */
    void changeExtent(String businessKey, LocalDate from, int extentPercent, Money monthly, String decidedBy, Instant at) {
        jdbc.update("delete from staff_loan_extent where business_key = ? and valid_from >= ?", businessKey,
                Date.valueOf(from));
        jdbc.update("""
                insert into staff_loan_extent (business_key, valid_from, extent_percent, monthly_reimbursement,
                                               decided_by, decided_at)
                values (?, ?, ?, ?, ?, ?)""", businessKey, Date.valueOf(from), extentPercent, monthly.kronor(),
                decidedBy, Timestamp.from(at));
    }

    List<LoanMonths.ExtentPeriod> extents(String businessKey) {
        return jdbc.query("select * from staff_loan_extent where business_key = ? order by valid_from", EXTENT,
                businessKey);
    }

    /** A new last day (an early end or an extension); extents planned after it go. */
    void changeEnd(String businessKey, LocalDate end) {
        one(jdbc.update("update staff_loan set loan_end = ? where business_key = ?", Date.valueOf(end), businessKey),
                businessKey);
        jdbc.update("delete from staff_loan_extent where business_key = ? and valid_from > ?", businessKey,
                Date.valueOf(end));
    }

    LocalDate bookedThrough(String businessKey) {
        return jdbc.queryForObject("select booked_through from staff_loan where business_key = ?",
                (rs, i) -> rs.getDate(1).toLocalDate(), businessKey);
    }

    void markBookedThrough(String businessKey, LocalDate day, boolean ended) {
        one(jdbc.update("update staff_loan set booked_through = ?, status = case when ? then ? else status end"
                        + " where business_key = ?", Date.valueOf(day), ended, STATUS_ENDED, businessKey), businessKey);
    }

    void insertChange(String id, String businessKey, String kind, String requestedBy, Instant at,
            LocalDate effectiveDate, Integer newExtent, LocalDate newEnd, String reason, String status) {
        jdbc.update("""
                insert into staff_loan_change (id, business_key, change_kind, requested_by, requested_at,
                                               effective_date, new_extent, new_end, reason, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, businessKey, kind, requestedBy, Timestamp.from(at),
                effectiveDate == null ? null : Date.valueOf(effectiveDate), newExtent,
                newEnd == null ? null : Date.valueOf(newEnd), reason, status);
    }

    void decideChange(String id, String status, String decidedBy, String note, Instant at) {
        if (jdbc.update("update staff_loan_change set status = ?, decided_by = ?, decision_note = ?, decided_at = ?"
                + " where id = ?", status, decidedBy, note, Timestamp.from(at), id) != 1) {
            throw new IllegalStateException("No staff loan change " + id + " to decide");
        }
    }

    /** One agency's evaluation of the loan; a second one for the same loan and party is refused by the key. */
    void insertEvaluation(StaffLoanEvaluation evaluation) {
        jdbc.update("""
                insert into staff_loan_evaluation (business_key, party, agency_code, purpose_rating, cooperation_rating,
                                                   would_repeat, improvement, answered_by, answered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", evaluation.businessKey(), evaluation.party(),
                evaluation.agencyCode(), evaluation.purposeRating(), evaluation.cooperationRating(),
                evaluation.wouldRepeat(), evaluation.improvement(), evaluation.answeredBy(),
                Timestamp.from(evaluation.answeredAt()));
    }

    Optional<StaffLoanAgreement> agreement(String businessKey) {
        return jdbc.query("select * from staff_loan where business_key = ?", AGREEMENT, businessKey).stream()
                .findFirst();
    }

    private static void one(int updated, String businessKey) {
        if (updated != 1) {
            throw new IllegalStateException("No staff loan " + businessKey + " to update");
        }
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column) == null ? null : Money.of(rs.getBigDecimal(column));
    }
}
