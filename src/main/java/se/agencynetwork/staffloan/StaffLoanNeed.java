package se.agencynetwork.staffloan;

import java.time.LocalDate;

/** A posted need: what the borrowing agency asks the network for. */
record StaffLoanNeed(String businessKey, String borrowingAgency, String requestedBy, String title, String competence,
        String workDescription, LocalDate start, LocalDate end, int extentPercent, String place, boolean remotePossible,
        String securityRequirements, LocalDate answerDate) {
}
