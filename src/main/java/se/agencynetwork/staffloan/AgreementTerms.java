package se.agencynetwork.staffloan;

import java.time.LocalDate;

/** The terms the borrowing agency writes into the agreement (the terms form). */
record AgreementTerms(LocalDate start, LocalDate end, int extentPercent, String placeOfWork, String workLeader,
        String workingHours, String secrecyTerms, String travelCosts, String noticePeriod, String extraCostsText) {
}
