package se.agencynetwork.staffloan;

import java.time.Instant;

/**
 * One agency's evaluation of a loan that has ended ({@code staff_loan_evaluation}): how well the loan served
 * its purpose and how it worked for the agency (1–5 each), whether the agency would do it again, and what
 * could be better.
 *
 * @param party {@link #BORROWER} or {@link #LENDER}
 */
record StaffLoanEvaluation(String businessKey, String party, String agencyCode, int purposeRating,
        int cooperationRating, boolean wouldRepeat, String improvement, String answeredBy, Instant answeredAt) {

    static final String BORROWER = "BORROWER";
    static final String LENDER = "LENDER";
}
