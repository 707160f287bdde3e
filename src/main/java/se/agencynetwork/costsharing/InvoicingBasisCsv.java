package se.agencynetwork.costsharing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import se.agencynetwork.process.Money;

/**
 * The invoicing basis as a CSV file for Swedish spreadsheet and finance software: UTF-8 with a
 * byte order mark (so Excel reads å, ä, ö), semicolons between fields (the comma is the decimal
 * sign), decimal comma without thousands separators, CRLF line ends, Swedish header row. Credit
 * lines carry negative amounts and name the invoiced allocation and basis they correct. A staff loan's
 * reimbursement names the lending agency it is owed to ("Betalningsmottagare"); course shares leave it empty.
 */
final class InvoicingBasisCsv {

    static final String HEADER = String.join(";", "Myndighet", "Myndighetskod", "Organisationsnummer",
            "Fakturareferens", "Momspliktig", "Aktivitet", "Fördelning", "Version", "Bokförd", "Deltagare",
            "Andel enligt nyckel (kr)", "Avräknad egen insats (kr)", "Belopp att fakturera (kr)",
            "Radtyp", "Fördelnings-id", "Rättar fördelning", "Rättar underlag", "Betalningsmottagare");

    private InvoicingBasisCsv() {
    }

    static byte[] write(List<InvoicingRuns.Line> lines) {
        StringBuilder csv = new StringBuilder();
        csv.append(HEADER).append("\r\n");
        for (InvoicingRuns.Line l : lines) {
            csv.append(String.join(";",
                    field(l.agencyName()), field(l.agency()), field(l.orgNumber()), field(l.invoiceReference()),
                    l.vatLiable() ? "Ja" : "Nej", field(l.activityKey()), l.kind().swedishName(),
                    Integer.toString(l.version()), l.bookedOn().toString(), Integer.toString(l.participants()),
                    amount(l.keyShare()), amount(l.inKindCredit()), amount(l.amount()),
                    l.type().swedishName(), field(l.allocationId()), field(l.correctsAllocationId()),
                    l.correctsBasisFrom() == null ? "" : l.correctsBasisFrom() + "–" + l.correctsBasisTo(),
                    field(l.creditorName())))
                    .append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static String amount(Money amount) {
        return amount.kronor().toPlainString().replace('.', ',');
    }

    /** Quotes a field that holds a separator, a quote or a line break (RFC 4180 style). */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
