package se.agencynetwork.staffloan;

import java.time.LocalDate;

/** The terms the borrowing agency writes into the agreement (the terms form); the notice period in months. */
record AgreementTerms(LocalDate start, LocalDate end, int extentPercent, String placeOfWork, String workLeader,
        String workingHours, String secrecyTerms, String travelCosts, int noticeMonths, String extraCostsText) {

    /** The notice period as the agreement says it: "1 månad", "3 månader", "ingen". */
    String noticePeriod() {
        return noticePeriod(noticeMonths);
    }

    static String noticePeriod(int months) {
        return months == 0 ? "ingen" : months == 1 ? "1 månad" : months + " månader";
    }
}
