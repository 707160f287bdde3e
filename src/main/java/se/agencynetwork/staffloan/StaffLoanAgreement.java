package se.agencynetwork.staffloan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import se.agencynetwork.process.Money;

/**
 * The agreement of a loan as stored in {@code staff_loan}: the parties, the terms and the
 * reimbursement. What the PDF is made of and what decides who may download it.
 */
record StaffLoanAgreement(String businessKey, String status, String borrowingAgency, String lendingAgency,
        String title, String personName, String personEmail, LocalDate start, LocalDate end, int extentPercent,
        String placeOfWork, String workLeader, String workingHours, String secrecyTerms, String travelCosts,
        String noticePeriod, Money monthlySalary, BigDecimal overheadRate, Money extraCostsMonthly,
        String extraCostsText, Money monthlyReimbursement, String borrowerApprovedBy, String lenderApprovedBy,
        String consentRecordedBy, Instant agreedAt) {
}
