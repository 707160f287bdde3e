package se.agencynetwork.costsharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.agencynetwork.costsharing.CostSharingFixtures.VALUATION_DATE;
import static se.agencynetwork.costsharing.CostSharingFixtures.sek;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.agencynetwork.process.Money;

class AllocationServiceTest {

    private final AllocationService service = CostSharingFixtures.service();

    private AllocationResult allocate(String total, CostKey key, CoFunder... coFunders) {
        return service.allocate(AllocationRequest.of(sek(total), key, List.of(coFunders)));
    }

    private static Map<String, Money> shares(String... codeAndAmount) {
        Map<String, Money> expected = new java.util.LinkedHashMap<>();
        for (int i = 0; i < codeAndAmount.length; i += 2) {
            expected.put(codeAndAmount[i], sek(codeAndAmount[i + 1]));
        }
        return expected;
    }

    @Nested
    class Keys {

        @Test
        void perParticipantIsTheDefaultAndSharesInProportion() {
            AllocationResult result = allocate("10000.00", null, new CoFunder("spv", 1), new CoFunder("csn", 3));

            assertThat(result.key()).isEqualTo(CostKey.PER_PARTICIPANT);
            assertThat(result.sharesByAgency()).containsExactlyEntriesOf(shares("csn", "7500.00", "spv", "2500.00"));
        }

        @Test
        void equalSharesGiveTheLeftOverÖreToTheFirstAgencyCode() {
            AllocationResult result = allocate("100.00", CostKey.EQUAL_SHARES,
                    new CoFunder("spv", 5), new CoFunder("csn", 1), new CoFunder("bolagsverket", 0));

            assertThat(result.sharesByAgency())
                    .containsExactlyEntriesOf(shares("bolagsverket", "33.34", "csn", "33.33", "spv", "33.33"));
        }

        @Test
        void byHeadcountUsesTheDirectory() {
            // demo headcounts: bolagsverket 550, csn 420, spv 230 (1 200 in all)
            AllocationResult result = allocate("12000.00", CostKey.BY_HEADCOUNT,
                    new CoFunder("bolagsverket", 1), new CoFunder("csn", 1), new CoFunder("spv", 1));

            assertThat(result.sharesByAgency())
                    .containsExactlyEntriesOf(shares("bolagsverket", "5500.00", "csn", "4200.00", "spv", "2300.00"));
        }

        @Test
        void fixedFeePlusPerParticipantChargesTheFeeThenSharesTheRest() {
            AllocationResult result = service.allocate(new AllocationRequest(sek("10000.00"),
                    CostKey.FIXED_FEE_PLUS_PER_PARTICIPANT, List.of(new CoFunder("csn", 3), new CoFunder("spv", 1)),
                    sek("1000"), List.of(), VALUATION_DATE));

            assertThat(result.fixedFeePerAgency()).isEqualTo(sek("1000.00"));
            assertThat(result.sharesByAgency()).containsExactlyEntriesOf(shares("csn", "7000.00", "spv", "3000.00"));
        }

        @Test
        void fixedFeeAloneWhenTheFeesUseTheWholeAmountNeedsNoParticipants() {
            AllocationResult result = service.allocate(new AllocationRequest(sek("2000.00"),
                    CostKey.FIXED_FEE_PLUS_PER_PARTICIPANT, List.of(new CoFunder("csn", 0), new CoFunder("spv", 0)),
                    sek("1000.00"), List.of(), VALUATION_DATE));

            assertThat(result.sharesByAgency()).containsExactlyEntriesOf(shares("csn", "1000.00", "spv", "1000.00"));
        }
    }

    @Nested
    class Rounding {

        @Test
        void oneÖreOverThreeAgenciesGoesToTheFirstAgencyCode() {
            AllocationResult result = allocate("0.01", CostKey.EQUAL_SHARES,
                    new CoFunder("spv", 1), new CoFunder("csn", 1), new CoFunder("bolagsverket", 1));

            assertThat(result.sharesByAgency())
                    .containsExactlyEntriesOf(shares("bolagsverket", "0.01", "csn", "0.00", "spv", "0.00"));
        }

        @Test
        void aTotalSmallerThanTheNumberOfAgenciesLeavesSomeAtZero() {
            AllocationResult result = allocate("0.02", CostKey.PER_PARTICIPANT,
                    new CoFunder("spv", 1), new CoFunder("csn", 1), new CoFunder("bolagsverket", 1));

            assertThat(result.sharesByAgency())
                    .containsExactlyEntriesOf(shares("bolagsverket", "0.01", "csn", "0.01", "spv", "0.00"));
        }

        @Test
        void theLargestRemainderWinsBeforeTheAgencyCode() {
            // 1.00 by 1:2 participants: 0.333.. and 0.666..; the left-over öre goes to spv (remainder 2/3)
            AllocationResult result = allocate("1.00", CostKey.PER_PARTICIPANT,
                    new CoFunder("csn", 1), new CoFunder("spv", 2));

            assertThat(result.sharesByAgency()).containsExactlyEntriesOf(shares("csn", "0.33", "spv", "0.67"));
        }

        @Test
        void theResultDoesNotDependOnTheInputOrder() {
            List<CoFunder> coFunders = new ArrayList<>(List.of(new CoFunder("spv", 3), new CoFunder("csn", 3),
                    new CoFunder("msb", 1), new CoFunder("bolagsverket", 3), new CoFunder("miun", 7)));
            AllocationResult first = service.allocate(AllocationRequest.of(sek("1000.00"), null, coFunders));
            Collections.reverse(coFunders);
            AllocationResult reversed = service.allocate(AllocationRequest.of(sek("1000.00"), null, coFunders));

            assertThat(reversed).isEqualTo(first);
            assertThat(first.lines()).extracting(ShareLine::agency)
                    .containsExactly("bolagsverket", "csn", "miun", "msb", "spv");
        }

        @Test
        void aZeroTotalGivesZeroShares() {
            AllocationResult result = allocate("0", CostKey.EQUAL_SHARES, new CoFunder("csn", 1), new CoFunder("spv", 1));

            assertThat(result.sharesByAgency()).containsExactlyEntriesOf(shares("csn", "0.00", "spv", "0.00"));
        }
    }

    @Nested
    class InKind {

        @Test
        void anInKindContributionIsCreditedToTheContributingAgency() {
            // cash 10 000 + 2 trainer hours à 1 200 = 12 400 shared 2:2 -> 6 200 each; spv pays 6 200 - 2 400
            AllocationResult result = service.allocate(new AllocationRequest(sek("10000.00"), CostKey.PER_PARTICIPANT,
                    List.of(new CoFunder("csn", 2), new CoFunder("spv", 2)), null,
                    List.of(new InKindContribution("spv", InKindKind.TRAINER_HOURS, new BigDecimal("2"))),
                    VALUATION_DATE));

            assertThat(result.sharesByAgency()).containsExactlyEntriesOf(shares("csn", "6200.00", "spv", "3800.00"));
            ShareLine spv = result.line("spv").orElseThrow();
            assertThat(spv.keyShare()).isEqualTo(sek("6200.00"));
            assertThat(spv.inKindCredit()).isEqualTo(sek("2400.00"));
            assertThat(spv.unreimbursedInKind()).isEqualTo(sek("0"));
            assertThat(result.inKind()).singleElement().satisfies(v -> {
                assertThat(v.value()).isEqualTo(sek("2400.00"));
                assertThat(v.description()).isEqualTo("2 lärartimmar à 1200,00 kr");
            });
        }

        @Test
        void anInKindContributionAboveTheKeyShareFloorsTheShareAtZeroAndShowsTheExcess() {
            // cash 1 000 + venue 4 500 = 5 500, equal: 2 750 each; spv's credit exceeds its share by 1 750
            AllocationResult result = service.allocate(new AllocationRequest(sek("1000.00"), CostKey.EQUAL_SHARES,
                    List.of(new CoFunder("csn", 2), new CoFunder("spv", 2)), null,
                    List.of(new InKindContribution("spv", InKindKind.VENUE_DAYS, BigDecimal.ONE)), VALUATION_DATE));

            assertThat(result.sharesByAgency()).containsExactlyEntriesOf(shares("csn", "1000.00", "spv", "0.00"));
            ShareLine spv = result.line("spv").orElseThrow();
            assertThat(spv.inKindCredit()).isEqualTo(sek("4500.00"));
            assertThat(spv.unreimbursedInKind()).isEqualTo(sek("1750.00"));
        }

        @Test
        void theOthersShareTheExcessInProportionToTheirNetShares() {
            // cash 3 000 + venue 4 500 = 7 500 by 1:1:1 -> 2 500 each; spv: -2 000 -> 0;
            // csn and msb net 2 500 each, together 5 000, scaled down to 3 000 -> 1 500 each
            AllocationResult result = service.allocate(new AllocationRequest(sek("3000.00"), CostKey.PER_PARTICIPANT,
                    List.of(new CoFunder("csn", 1), new CoFunder("msb", 1), new CoFunder("spv", 1)), null,
                    List.of(new InKindContribution("spv", InKindKind.VENUE_DAYS, BigDecimal.ONE)), VALUATION_DATE));

            assertThat(result.sharesByAgency())
                    .containsExactlyEntriesOf(shares("csn", "1500.00", "msb", "1500.00", "spv", "0.00"));
            assertThat(result.line("spv").orElseThrow().unreimbursedInKind()).isEqualTo(sek("2000.00"));
        }

        @Test
        void theRateInForceOnTheValuationDateApplies() {
            List<CoFunder> coFunders = List.of(new CoFunder("csn", 1), new CoFunder("spv", 1));
            List<InKindContribution> hours = List.of(new InKindContribution("spv", InKindKind.TRAINER_HOURS, BigDecimal.ONE));

            AllocationResult before = service.allocate(new AllocationRequest(sek("10000"), null, coFunders, null, hours,
                    LocalDate.of(2025, 12, 31)));
            AllocationResult after = service.allocate(new AllocationRequest(sek("10000"), null, coFunders, null, hours,
                    LocalDate.of(2026, 1, 1)));

            assertThat(before.line("spv").orElseThrow().inKindCredit()).isEqualTo(sek("1000.00"));
            assertThat(after.line("spv").orElseThrow().inKindCredit()).isEqualTo(sek("1200.00"));
        }
    }

    @Nested
    class Refusals {

        private void assertRefused(AllocationRequest request, String... messageParts) {
            assertThatThrownBy(() -> service.allocate(request))
                    .isInstanceOf(CostAllocationException.class)
                    .satisfies(e -> assertThat(((CostAllocationException) e).code()).isEqualTo("COST_ALLOCATION_INVALID"))
                    .hasMessageContainingAll(messageParts);
        }

        @Test
        void noCoFunders() {
            assertRefused(AllocationRequest.of(sek("100"), null, List.of()), "Inga medfinansierande myndigheter",
                    "no co-funding agencies");
        }

        @Test
        void zeroParticipantsUnderPerParticipant() {
            assertRefused(AllocationRequest.of(sek("100"), CostKey.PER_PARTICIPANT,
                    List.of(new CoFunder("csn", 0), new CoFunder("spv", 0))), "Inga deltagare", "zero participants");
        }

        @Test
        void aNegativeTotal() {
            assertRefused(AllocationRequest.of(sek("-0.01"), null, List.of(new CoFunder("csn", 1))),
                    "Totalbeloppet är negativt", "total is negative");
        }

        /** A request holds whole öre; a variable with fractions of an öre is refused where it is read (CostSharingDelegatesTest). */
        @Test
        void aTotalWithFractionsOfAnÖreIsNoAmount() {
            assertThatThrownBy(() -> sek("10.005")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not an amount in whole öre: 10.005");
        }

        @Test
        void aMissingTotal() {
            assertRefused(AllocationRequest.of(null, null, List.of(new CoFunder("csn", 1))), "Totalbeloppet saknas");
        }

        @Test
        void negativeParticipants() {
            assertRefused(AllocationRequest.of(sek("100"), null, List.of(new CoFunder("csn", -1))),
                    "Negativt antal deltagare", "'csn'");
        }

        @Test
        void anUnknownAgency() {
            assertRefused(AllocationRequest.of(sek("100"), null, List.of(new CoFunder("csn", 1), new CoFunder("nasa", 1))),
                    "Okänd myndighet 'nasa'", "unknown agency 'nasa'");
        }

        @Test
        void aDuplicateAgency() {
            assertRefused(AllocationRequest.of(sek("100"), null, List.of(new CoFunder("csn", 1), new CoFunder("csn", 2))),
                    "'csn' förekommer mer än en gång", "duplicate agency 'csn'");
        }

        @Test
        void aFixedFeeKeyWithoutFee() {
            assertRefused(AllocationRequest.of(sek("100"), CostKey.FIXED_FEE_PLUS_PER_PARTICIPANT,
                    List.of(new CoFunder("csn", 1))), "Fast avgift per myndighet saknas");
        }

        @Test
        void fixedFeesAboveTheTotal() {
            assertRefused(new AllocationRequest(sek("100"), CostKey.FIXED_FEE_PLUS_PER_PARTICIPANT,
                    List.of(new CoFunder("csn", 1), new CoFunder("spv", 1)), sek("60"), List.of(), VALUATION_DATE),
                    "De fasta avgifterna", "exceed");
        }

        @Test
        void aNegativeFixedFee() {
            assertRefused(new AllocationRequest(sek("100"), CostKey.FIXED_FEE_PLUS_PER_PARTICIPANT,
                    List.of(new CoFunder("csn", 1)), sek("-1"), List.of(), VALUATION_DATE), "Den fasta avgiften är negativ");
        }

        @Test
        void inKindFromAnAgencyThatIsNotACoFunder() {
            assertRefused(new AllocationRequest(sek("100"), null, List.of(new CoFunder("csn", 1)), null,
                    List.of(new InKindContribution("spv", InKindKind.VENUE_DAYS, BigDecimal.ONE)), VALUATION_DATE),
                    "'spv' har en insats in natura men är inte medfinansiär");
        }

        @Test
        void aNegativeInKindQuantity() {
            assertRefused(new AllocationRequest(sek("100"), null, List.of(new CoFunder("csn", 1)), null,
                    List.of(new InKindContribution("csn", InKindKind.TRAINER_HOURS, new BigDecimal("-2"))), VALUATION_DATE),
                    "Negativ mängd lärartimmar");
        }

        @Test
        void anInKindContributionBeforeAnyRate() {
            assertRefused(new AllocationRequest(sek("100"), null, List.of(new CoFunder("csn", 1)), null,
                    List.of(new InKindContribution("csn", InKindKind.VENUE_DAYS, BigDecimal.ONE)), LocalDate.of(2019, 12, 31)),
                    "Inget pris för lokaldagar", "2019-12-31");
        }
    }
}
