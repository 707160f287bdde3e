package se.agencynetwork.testsupport;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of staff loans that have ended and of their heads' evaluations, as the staff-loan process stores
 * them, for the tests of what reads them by SQL (the overview, the network review).
 * {@code StaffLoanProcessTest} drives the process itself.
 */
public final class EndedStaffLoans {

    private EndedStaffLoans() {
    }

    /** A loan at 50 % of Sara Lind from {@code lender} to {@code borrower} for three months up to {@code end}. */
    public static void loan(JdbcTemplate jdbc, String key, String borrower, String lender, LocalDate end,
            LocalDateTime createdAt) {
        jdbc.update("""
                insert into staff_loan (business_key, process_instance_id, borrowing_agency, requested_by, role_title,
                    competence, work_description, need_start, need_end, extent_percent, place, remote_possible,
                    answer_date, status, created_at, lending_agency, person_name, person_email, loan_start, loan_end,
                    loan_extent_percent, place_of_work, work_leader, working_hours, travel_costs, notice_period,
                    monthly_salary, overhead_rate, extra_costs_monthly, monthly_reimbursement)
                values (?, 'no-instance', ?, 'chef', 'Jurist', 'LOU', 'Upphandling', ?, ?, 50, 'Sundsvall', false, ?,
                    'ENDED', ?, ?, 'Sara Lind', 'sara.lind@spv.example', ?, ?, 50, 'Sundsvall', 'Enhetschef', 'Dagtid',
                    'Lånande betalar', 'En månad', 40000.00, 0.4915, 0.00, 29830.00)""",
                key, borrower, end.minusMonths(3), end, end.minusMonths(4), createdAt, lender, end.minusMonths(3), end);
    }

    /** One head's evaluation of the loan for {@code party} (borrower or lender), without improvement text. */
    public static void evaluation(JdbcTemplate jdbc, String key, String party, String agency, int purpose,
            int cooperation, boolean again, LocalDateTime answeredAt) {
        evaluation(jdbc, key, party, agency, purpose, cooperation, again, null, answeredAt);
    }

    /** The same, with the head's answer to "Vad kan bli bättre?" (null for none). */
    public static void evaluation(JdbcTemplate jdbc, String key, String party, String agency, int purpose,
            int cooperation, boolean again, String improvement, LocalDateTime answeredAt) {
        jdbc.update("insert into staff_loan_evaluation (business_key, party, agency_code, purpose_rating,"
                + " cooperation_rating, would_repeat, improvement, answered_by, answered_at) values (?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?)", key, party, agency, purpose, cooperation, again, improvement, "chef-" + agency, answeredAt);
    }
}
