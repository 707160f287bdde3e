package se.agencynetwork.staffloan;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.NetworkTime;

/**
 * The agreement of a staff loan as a PDF (OpenPDF), written from the stored {@code staff_loan} row
 * alone, in Swedish: the parties, the terms as agreed and the monthly reimbursement with its parts.
 */
@Component
record StaffLoanAgreementPdf(NetworkDirectory directory) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(NetworkTime.ZONE);

    byte[] render(StaffLoanAgreement agreement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle("Avtal om utlån av personal " + agreement.businessKey());
        document.addCreator(directory.networkName());
        document.open();
        Font title = new Font(Font.HELVETICA, 16, Font.BOLD);
        Font heading = new Font(Font.HELVETICA, 11, Font.BOLD);
        Font body = new Font(Font.HELVETICA, 10, Font.NORMAL);
        Paragraph head = new Paragraph("Avtal om utlån av personal", title);
        head.setAlignment(Element.ALIGN_LEFT);
        document.add(head);
        document.add(new Paragraph(directory.networkName() + ", ärende " + agreement.businessKey(), body));
        document.add(new Paragraph(" ", body));
        document.add(new Paragraph("Den utlånande myndigheten behåller anställningen. Medarbetaren utför arbete åt den"
                + " lånande myndigheten under avtalets period och omfattning, under den arbetsledning som anges nedan.",
                body));
        document.add(new Paragraph(" ", body));

        document.add(new Paragraph("Parter", heading));
        Map<String, String> parties = new LinkedHashMap<>();
        parties.put("Utlånande myndighet (arbetsgivare)", directory.agencyName(agreement.lendingAgency()));
        parties.put("Lånande myndighet", directory.agencyName(agreement.borrowingAgency()));
        parties.put("Medarbetare", agreement.personName() + " (" + agreement.personEmail() + ")");
        parties.put("Roll", agreement.title());
        document.add(table(parties, body));

        document.add(new Paragraph("Villkor", heading));
        Map<String, String> terms = new LinkedHashMap<>();
        terms.put("Period", agreement.start() + " – " + agreement.end());
        terms.put("Omfattning", agreement.extentPercent() + " % av heltid");
        terms.put("Arbetsplats", agreement.placeOfWork());
        terms.put("Arbetsledning", agreement.workLeader());
        terms.put("Arbetstid", agreement.workingHours());
        terms.put("Sekretess och säkerhet", agreement.secrecyTerms() == null ? "–" : agreement.secrecyTerms());
        terms.put("Resekostnader", agreement.travelCosts());
        terms.put("Uppsägningstid", agreement.noticePeriod());
        document.add(table(terms, body));

        document.add(new Paragraph("Ersättning", heading));
        Reimbursement reimbursement = Reimbursement.of(agreement.monthlySalary(), agreement.extentPercent(),
                agreement.overheadRate(), agreement.extraCostsMonthly());
        Map<String, String> money = new LinkedHashMap<>();
        money.put("Månadslön", agreement.monthlySalary().swedish() + " kr");
        money.put("Lönekostnad för omfattningen", reimbursement.salaryShare().swedish() + " kr");
        money.put("Lönekostnadspåslag " + reimbursement.overheadPercent(), reimbursement.overhead().swedish() + " kr");
        money.put("Överenskomna extra kostnader", agreement.extraCostsMonthly().swedish() + " kr"
                + (agreement.extraCostsText() == null || agreement.extraCostsText().isBlank() ? ""
                        : " (" + agreement.extraCostsText() + ")"));
        money.put("Ersättning per månad", agreement.monthlyReimbursement().swedish() + " kr");
        document.add(table(money, body));
        document.add(new Paragraph("Den lånande myndigheten ersätter den utlånande myndigheten månadsvis i efterskott.",
                body));
        document.add(new Paragraph(" ", body));

        document.add(new Paragraph("Godkännanden", heading));
        Map<String, String> approvals = new LinkedHashMap<>();
        approvals.put("Godkänt för den lånande myndigheten av", orDash(agreement.borrowerApprovedBy()));
        approvals.put("Godkänt för den utlånande myndigheten av", orDash(agreement.lenderApprovedBy()));
        approvals.put("Medarbetarens samtycke registrerat av", orDash(agreement.consentRecordedBy()));
        approvals.put("Avtalet godkänt", agreement.agreedAt() == null ? "ännu inte godkänt"
                : DAY.format(agreement.agreedAt()));
        document.add(table(approvals, body));
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable table(Map<String, String> rows, Font font) {
        PdfPTable table = new PdfPTable(new float[] {2, 3});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        rows.forEach((label, value) -> {
            table.addCell(new PdfPCell(new Paragraph(label, font)));
            table.addCell(new PdfPCell(new Paragraph(value == null ? "–" : value, font)));
        });
        return table;
    }

    private static String orDash(String value) {
        return value == null ? "–" : value;
    }
}
