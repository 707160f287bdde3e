package se.agencynetwork.staffloan;

import java.time.Instant;
import java.time.LocalDate;

import se.agencynetwork.process.Money;

/** One agency's offer of a person; the salary is kept here and nowhere other agencies can read it. */
record StaffLoanOffer(String businessKey, String agencyCode, String personName, String personEmail, int extentPercent,
        LocalDate start, LocalDate end, Money monthlySalary, String comment, String offeredBy, Instant offeredAt) {
}
