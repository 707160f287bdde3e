package se.agencynetwork.costsharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.agencynetwork.costsharing.CostSharingFixtures.sek;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import se.agencynetwork.costsharing.InvoicingRuns.Basis;
import se.agencynetwork.costsharing.InvoicingRuns.IssueRefused;
import se.agencynetwork.costsharing.InvoicingRuns.Line;
import se.agencynetwork.costsharing.InvoicingRuns.LineType;
import se.agencynetwork.process.Money;

/**
 * Issued invoicing bases on the real database: an invoiced final allocation that is replaced
 * later is credited in the next basis and the replacement charged there, referring to it; a basis
 * once marked as invoiced never changes. Bookings are moved into the 1990s (each test its own
 * years), because a basis can only be issued for a period that is over.
 */
@SpringBootTest
class InvoicingRunsTest {

    @Autowired
    CostLedger ledger;

    @Autowired
    InvoicingRuns runs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private static String activity() {
        return "COURSE-TEST-" + UUID.randomUUID();
    }

    private BookedAllocation bookFinal(String activity, String total, CoFunder... coFunders) {
        return ledger.book(activity, AllocationKind.FINAL, "final-" + UUID.randomUUID(), "engine",
                AllocationRequest.of(sek(total), CostKey.PER_PARTICIPANT, List.of(coFunders)));
    }

    /** Moves a booking to the day, as if it had been booked then. */
    private void bookedOn(BookedAllocation allocation, LocalDate day) {
        jdbc.update("update cost_allocation set created_at = ? where id = ?",
                Timestamp.valueOf(day.atTime(10, 0)), allocation.id());
    }

    /** Moves the supersession of the allocation to the day. */
    private void supersededOn(BookedAllocation allocation, LocalDate day) {
        assertThat(ledger.find(allocation.id()).orElseThrow().status()).isEqualTo(AllocationStatus.SUPERSEDED);
        jdbc.update("update cost_allocation set superseded_at = ? where id = ?",
                Timestamp.valueOf(day.atTime(11, 0)), allocation.id());
    }

    private static List<Tuple> rows(Basis basis) {
        return basis.lines().stream().map(l -> Tuple.tuple(l.type(), l.agency(), l.allocationId(), l.participants(),
                l.amount().kronor().toPlainString(), l.correctsAllocationId(), l.correctsBasisFrom(), l.bookedOn())).toList();
    }

    @Test
    void anInvoicedFinalAllocationReplacedLaterIsCreditedAndChargedAgainInTheNextBasis() {
        String activity = activity();
        LocalDate q1 = LocalDate.of(1991, 1, 1);
        LocalDate q1End = LocalDate.of(1991, 3, 31);
        LocalDate q2 = LocalDate.of(1991, 4, 1);
        LocalDate q2End = LocalDate.of(1991, 6, 30);
        // 1 000,01 kr by 2:1 participants: csn 666,67, spv 333,34
        BookedAllocation first = bookFinal(activity, "1000.01", new CoFunder("csn", 2), new CoFunder("spv", 1));
        bookedOn(first, LocalDate.of(1991, 3, 10));

        Basis issuedQ1 = runs.issue(q1, q1End, "koordinator");

        assertThat(issuedQ1.issued()).isTrue();
        assertThat(issuedQ1.issuedBy()).isEqualTo("koordinator");
        assertThat(rows(issuedQ1)).containsExactly(
                Tuple.tuple(LineType.CHARGE, "csn", first.id(), 2, "666.67", null, null, LocalDate.of(1991, 3, 10)),
                Tuple.tuple(LineType.CHARGE, "spv", first.id(), 1, "333.34", null, null, LocalDate.of(1991, 3, 10)));
        assertThat(issuedQ1.total()).isEqualTo(sek("1000.01"));

        // attendance corrected after the invoice was sent: 1 200,00 kr, csn 2, spv 1, bolagsverket 1
        BookedAllocation second = bookFinal(activity, "1200.00", new CoFunder("csn", 2), new CoFunder("spv", 1),
                new CoFunder("bolagsverket", 1));
        bookedOn(second, LocalDate.of(1991, 4, 5));
        supersededOn(first, LocalDate.of(1991, 4, 5));

        Basis sentAgain = runs.basis(q1, q1End, null);
        assertThat(rows(sentAgain)).isEqualTo(rows(issuedQ1));
        assertThat(sentAgain.total()).isEqualTo(sek("1000.01"));
        assertThat(sentAgain.issuedAt()).isEqualTo(issuedQ1.issuedAt());

        Basis previewQ2 = runs.basis(q2, q2End, null);
        LocalDate replacedOn = LocalDate.of(1991, 4, 5);
        List<Tuple> expectedQ2 = List.of(
                Tuple.tuple(LineType.CHARGE, "bolagsverket", second.id(), 1, "300.00", first.id(), q1, replacedOn),
                Tuple.tuple(LineType.CREDIT, "csn", first.id(), -2, "-666.67", first.id(), q1, replacedOn),
                Tuple.tuple(LineType.CHARGE, "csn", second.id(), 2, "600.00", first.id(), q1, replacedOn),
                Tuple.tuple(LineType.CREDIT, "spv", first.id(), -1, "-333.34", first.id(), q1, replacedOn),
                Tuple.tuple(LineType.CHARGE, "spv", second.id(), 1, "300.00", first.id(), q1, replacedOn));
        assertThat(previewQ2.issued()).isFalse();
        assertThat(rows(previewQ2)).containsExactlyElementsOf(expectedQ2);
        assertThat(previewQ2.total()).isEqualTo(sek("199.99"));
        Line csnCredit = previewQ2.lines().get(1);
        assertThat(csnCredit.keyShare()).isEqualTo(sek("-666.67"));
        assertThat(csnCredit.correctsBasisTo()).isEqualTo(q1End);
        assertThat(csnCredit.version()).isEqualTo(1);

        Basis issuedQ2 = runs.issue(q2, q2End, "koordinator");
        Basis issuedQ2Again = runs.issue(q2, q2End, "admin");
        assertThat(rows(issuedQ2)).containsExactlyElementsOf(expectedQ2);
        assertThat(issuedQ2Again.issuedBy()).isEqualTo("koordinator");
        assertThat(rows(issuedQ2Again)).containsExactlyElementsOf(expectedQ2);
        assertThat(runs.basis(q2, q2End, "csn").lines()).extracting(Line::amount)
                .extracting(a -> a.kronor().toPlainString()).containsExactly("-666.67", "600.00");

        // replaced once more: the second allocation is credited in Q3, the third charged
        BookedAllocation third = bookFinal(activity, "900.00", new CoFunder("csn", 1), new CoFunder("spv", 1));
        bookedOn(third, LocalDate.of(1991, 7, 10));
        supersededOn(second, LocalDate.of(1991, 7, 10));
        Basis q3 = runs.issue(LocalDate.of(1991, 7, 1), LocalDate.of(1991, 9, 30), "koordinator");

        LocalDate thirdOn = LocalDate.of(1991, 7, 10);
        assertThat(rows(q3)).containsExactly(
                Tuple.tuple(LineType.CREDIT, "bolagsverket", second.id(), -1, "-300.00", second.id(), q2, thirdOn),
                Tuple.tuple(LineType.CREDIT, "csn", second.id(), -2, "-600.00", second.id(), q2, thirdOn),
                Tuple.tuple(LineType.CHARGE, "csn", third.id(), 1, "450.00", second.id(), q2, thirdOn),
                Tuple.tuple(LineType.CREDIT, "spv", second.id(), -1, "-300.00", second.id(), q2, thirdOn),
                Tuple.tuple(LineType.CHARGE, "spv", third.id(), 1, "450.00", second.id(), q2, thirdOn));
        assertThat(q3.total()).isEqualTo(sek("-300.00"));
        // over the three bases every agency pays exactly its share of the allocation in force
        assertThat(sumOf("csn", issuedQ1, issuedQ2, q3)).isEqualTo(sek("450.00"));
        assertThat(sumOf("spv", issuedQ1, issuedQ2, q3)).isEqualTo(sek("450.00"));
        assertThat(sumOf("bolagsverket", issuedQ1, issuedQ2, q3)).isEqualTo(sek("0.00"));
        assertThat(rows(runs.basis(q2, q2End, null))).containsExactlyElementsOf(expectedQ2);
    }

    private static Money sumOf(String agency, Basis... bases) {
        return java.util.Arrays.stream(bases).flatMap(b -> b.lines().stream()).filter(l -> l.agency().equals(agency))
                .map(Line::amount).reduce(Money.ZERO, Money::plus);
    }

    @Test
    void anAllocationReplacedBeforeItWasInvoicedIsNeitherChargedNorCredited() {
        String activity = activity();
        BookedAllocation first = bookFinal(activity, "1000.00", new CoFunder("csn", 1), new CoFunder("spv", 1));
        bookedOn(first, LocalDate.of(1992, 2, 1));
        BookedAllocation second = bookFinal(activity, "800.00", new CoFunder("csn", 1), new CoFunder("spv", 1));
        bookedOn(second, LocalDate.of(1992, 2, 20));
        supersededOn(first, LocalDate.of(1992, 2, 20));

        Basis q1 = runs.issue(LocalDate.of(1992, 1, 1), LocalDate.of(1992, 3, 31), "koordinator");

        LocalDate on = LocalDate.of(1992, 2, 20);
        assertThat(rows(q1)).containsExactly(
                Tuple.tuple(LineType.CHARGE, "csn", second.id(), 1, "400.00", null, null, on),
                Tuple.tuple(LineType.CHARGE, "spv", second.id(), 1, "400.00", null, null, on));
        assertThat(runs.basis(LocalDate.of(1992, 4, 1), LocalDate.of(1992, 12, 31), null).lines()).isEmpty();
    }

    @Test
    void aHeadsDeclineAfterInvoicingCreditsTheWholeInvoicedAllocation() {
        String activity = activity();
        BookedAllocation first = bookFinal(activity, "900.00", new CoFunder("csn", 1), new CoFunder("spv", 2));
        bookedOn(first, LocalDate.of(1993, 1, 15));
        runs.issue(LocalDate.of(1993, 1, 1), LocalDate.of(1993, 1, 31), "koordinator");

        DeclineOutcome outcome = ledger.decline(first.id(), "csn", "chef-csn", "Vi deltog inte");
        BookedAllocation successor = outcome.recomputed().orElseThrow();
        bookedOn(successor, LocalDate.of(1993, 2, 3));
        supersededOn(first, LocalDate.of(1993, 2, 3));
        Basis february = runs.issue(LocalDate.of(1993, 2, 1), LocalDate.of(1993, 2, 28), "koordinator");

        LocalDate on = LocalDate.of(1993, 2, 3);
        LocalDate january = LocalDate.of(1993, 1, 1);
        assertThat(rows(february)).containsExactly(
                Tuple.tuple(LineType.CREDIT, "csn", first.id(), -1, "-300.00", first.id(), january, on),
                Tuple.tuple(LineType.CREDIT, "spv", first.id(), -2, "-600.00", first.id(), january, on),
                Tuple.tuple(LineType.CHARGE, "spv", successor.id(), 2, "900.00", first.id(), january, on));
        assertThat(february.total()).isEqualTo(sek("0.00"));
    }

    @Test
    void aPeriodNotOverOverlappingAnIssuedOneOrLeavingEarlierLinesUninvoicedIsRefused() {
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> runs.issue(today.withDayOfMonth(1), today, "koordinator"))
                .isInstanceOfSatisfying(IssueRefused.class, e -> {
                    assertThat(e.field()).isEqualTo("to");
                    assertThat(e.conflict()).isFalse();
                    assertThat(e.getMessage()).contains("när den är slut");
                });

        runs.issue(LocalDate.of(1997, 1, 1), LocalDate.of(1997, 6, 30), "koordinator");
        assertThatThrownBy(() -> runs.issue(LocalDate.of(1997, 6, 1), LocalDate.of(1997, 12, 31), "koordinator"))
                .isInstanceOfSatisfying(IssueRefused.class, e -> {
                    assertThat(e.field()).isEqualTo("from");
                    assertThat(e.conflict()).isTrue();
                    assertThat(e.getMessage()).contains("1997-01-01–1997-06-30");
                });

        String activity = activity();
        BookedAllocation uninvoiced = bookFinal(activity, "100.00", new CoFunder("msb", 1));
        bookedOn(uninvoiced, LocalDate.of(1998, 5, 4));
        Integer runsBefore = jdbc.queryForObject("select count(*) from invoicing_run", Integer.class);
        assertThatThrownBy(() -> runs.issue(LocalDate.of(1999, 1, 1), LocalDate.of(1999, 3, 31), "koordinator"))
                .isInstanceOfSatisfying(IssueRefused.class, e -> {
                    assertThat(e.field()).isEqualTo("from");
                    assertThat(e.getMessage()).contains("1998-05-04").contains(activity);
                });
        assertThat(jdbc.queryForObject("select count(*) from invoicing_run", Integer.class)).isEqualTo(runsBefore);

        Basis late = runs.issue(LocalDate.of(1998, 5, 1), LocalDate.of(1998, 12, 31), "koordinator");
        assertThat(rows(late)).extracting(t -> t.toList().get(4)).containsExactly("100.00");
    }
}
