package se.agencynetwork.costsharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.agencynetwork.process.Money;

class InvoicingBasisCsvTest {

    @Test
    void vatLiableMembersAreFlaggedAndFieldsWithSeparatorsAreQuoted() {
        InvoicingRuns.Line line = new InvoicingRuns.Line(InvoicingRuns.LineType.CHARGE, "sundsvall",
                "Sundsvalls kommun; HR", "212000-2411", "REF \"42\"", true, "COURSE-2026-0001", AllocationKind.FINAL, 3,
                "id", LocalDate.of(2026, 3, 31), 12, Money.of(new BigDecimal("12345.6")), Money.of(new BigDecimal("1200")),
                Money.of(new BigDecimal("11145.60")), null, null, null, null, null);

        byte[] csv = InvoicingBasisCsv.write(List.of(line));

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFMyndighet;");
        assertThat(text.split("\r\n")[1]).isEqualTo("\"Sundsvalls kommun; HR\";sundsvall;212000-2411;\"REF \"\"42\"\"\";Ja;"
                + "COURSE-2026-0001;Slutlig;3;2026-03-31;12;12345,60;1200,00;11145,60;Debitering;id;;;");
    }

    @Test
    void aCreditLineHasNegativeAmountsAndNamesTheInvoicedAllocationAndBasis() {
        InvoicingRuns.Line credit = new InvoicingRuns.Line(InvoicingRuns.LineType.CREDIT, "csn",
                "Centrala studiestödsnämnden (CSN)", "202100-1074", "NATVERK-CSN", false, "COURSE-2026-0001",
                AllocationKind.FINAL, 1, "a1", LocalDate.of(2026, 4, 2), -2, Money.of(new BigDecimal("-666.67")),
                Money.of(new BigDecimal("0.00")), Money.of(new BigDecimal("-666.67")), "a1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
                null, null);

        String text = new String(InvoicingBasisCsv.write(List.of(credit)), StandardCharsets.UTF_8);

        assertThat(text.split("\r\n")[1]).isEqualTo("Centrala studiestödsnämnden (CSN);csn;202100-1074;NATVERK-CSN;Nej;"
                + "COURSE-2026-0001;Slutlig;1;2026-04-02;-2;-666,67;0,00;-666,67;Kreditering;a1;a1;2026-01-01–2026-03-31;");
    }

    @Test
    void aStaffLoanReimbursementNamesItsKindAndTheAgencyItIsOwedTo() {
        InvoicingRuns.Line loan = new InvoicingRuns.Line(InvoicingRuns.LineType.CHARGE, "csn",
                "Centrala studiestödsnämnden (CSN)", "202100-1074", "NATVERK-CSN", false, "LOAN-2027-0001",
                AllocationKind.STAFF_LOAN, 2, "m2", LocalDate.of(2027, 4, 1), 0, Money.of(new BigDecimal("26136.17")),
                Money.ZERO, Money.of(new BigDecimal("26136.17")), null, null, null, "spv",
                "Statens tjänstepensionsverk (SPV)");

        String text = new String(InvoicingBasisCsv.write(List.of(loan)), StandardCharsets.UTF_8);

        assertThat(text.split("\r\n")[1]).isEqualTo("Centrala studiestödsnämnden (CSN);csn;202100-1074;NATVERK-CSN;Nej;"
                + "LOAN-2027-0001;Ersättning för utlånad personal;2;2027-04-01;0;26136,17;0,00;26136,17;Debitering;m2;;;"
                + "Statens tjänstepensionsverk (SPV)");
    }

    @Test
    void anEmptyBasisIsTheHeaderAlone() {
        String text = new String(InvoicingBasisCsv.write(List.of()), StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("\uFEFF" + InvoicingBasisCsv.HEADER + "\r\n");
    }
}
