package se.agencynetwork.costsharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.agencynetwork.process.Money;

/**
 * Property tests of the allocation invariants over many generated inputs. Each case is built from
 * a fixed seed, so a failure names its seed and replays exactly; the seeds cover every key, totals
 * from 0 to a million kronor with odd öre, 1 to 16 agencies, zero participants and in-kind
 * contributions larger than the shares.
 */
class AllocationInvariantsTest {

    private static final int CASES = 500;
    private static final List<String> CODES = CostSharingFixtures.DIRECTORY.agencyCodes();

    private final AllocationService service = CostSharingFixtures.service();

    static LongStream seeds() {
        return LongStream.range(0, CASES);
    }

    /** A random valid request; with {@code withInKind} some agencies also contribute trainer hours or venue days. */
    static AllocationRequest randomRequest(long seed, CostKey key, boolean withInKind) {
        Random random = new Random(seed);
        List<String> codes = new ArrayList<>(CODES);
        Collections.shuffle(codes, random);
        int n = 1 + random.nextInt(codes.size());
        List<CoFunder> coFunders = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int participants = random.nextInt(4) == 0 ? 0 : random.nextInt(40);
            coFunders.add(new CoFunder(codes.get(i), participants));
        }
        if (coFunders.stream().allMatch(c -> c.participants() == 0)) {
            coFunders.set(0, new CoFunder(coFunders.get(0).agency(), 1 + random.nextInt(5)));
        }
        long totalOre = switch (random.nextInt(4)) {
            case 0 -> random.nextInt(n * 3 + 1);            // fewer öre than agencies, or about as many
            case 1 -> random.nextInt(100_000);               // up to 1 000 kr
            default -> (long) (random.nextDouble() * 100_000_000L); // up to 1 000 000 kr
        };
        Money total = new Money(totalOre);
        Money fee = null;
        if (key == CostKey.FIXED_FEE_PLUS_PER_PARTICIPANT) {
            fee = new Money(totalOre / n / (1 + random.nextInt(4)));
        }
        List<InKindContribution> inKind = new ArrayList<>();
        if (withInKind) {
            for (CoFunder c : coFunders) {
                if (random.nextInt(3) == 0) {
                    InKindKind kind = random.nextBoolean() ? InKindKind.TRAINER_HOURS : InKindKind.VENUE_DAYS;
                    inKind.add(new InKindContribution(c.agency(), kind, BigDecimal.valueOf(random.nextInt(80), 1)));
                }
            }
        }
        return new AllocationRequest(total, key, coFunders, fee, inKind, CostSharingFixtures.VALUATION_DATE);
    }

    private static CostKey keyFor(long seed) {
        return CostKey.values()[(int) (seed % CostKey.values().length)];
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sharesAddUpToTheTotalAndNoneIsNegative(long seed) {
        AllocationRequest request = randomRequest(seed, keyFor(seed), seed % 2 == 0);

        AllocationResult result = service.allocate(request);

        assertThat(result.lines()).as("seed %d: %s", seed, request).hasSize(request.coFunders().size());
        assertThat(result.lines().stream().map(ShareLine::share).reduce(Money.ZERO, Money::plus))
                .as("seed %d: %s", seed, request).isEqualTo(request.total());
        assertThat(result.lines()).as("seed %d: %s", seed, request).allSatisfy(line -> {
            assertThat(line.share().isNegative()).isFalse();
            assertThat(line.share().kronor().scale()).isEqualTo(2);
            assertThat(line.unreimbursedInKind().isNegative()).isFalse();
        });
        // key shares split the whole value: cash plus every in-kind credit
        Money credits = result.lines().stream().map(ShareLine::inKindCredit).reduce(Money.ZERO, Money::plus);
        assertThat(result.lines().stream().map(ShareLine::keyShare).reduce(Money.ZERO, Money::plus))
                .as("seed %d", seed).isEqualTo(request.total().plus(credits));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sharesDoNotDependOnTheInputOrder(long seed) {
        AllocationRequest request = randomRequest(seed, keyFor(seed), seed % 3 == 0);
        List<CoFunder> shuffled = new ArrayList<>(request.coFunders());
        Collections.shuffle(shuffled, new Random(seed * 31 + 7));
        List<InKindContribution> shuffledInKind = new ArrayList<>(request.inKind());
        Collections.reverse(shuffledInKind);
        AllocationRequest reordered = new AllocationRequest(request.total(), request.key(), shuffled,
                request.fixedFeePerAgency(), shuffledInKind, request.valuationDate());

        assertThat(service.allocate(reordered)).as("seed %d: %s", seed, request).isEqualTo(service.allocate(request));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void perParticipantSharesAreWithinOneÖreOfTheExactProportion(long seed) {
        AllocationRequest request = randomRequest(seed, CostKey.PER_PARTICIPANT, false);
        long participants = request.coFunders().stream().mapToLong(CoFunder::participants).sum();

        AllocationResult result = service.allocate(request);

        for (CoFunder c : request.coFunders()) {
            BigDecimal exact = request.total().kronor().multiply(BigDecimal.valueOf(c.participants()))
                    .divide(BigDecimal.valueOf(participants), MathContext.DECIMAL128);
            BigDecimal share = result.line(c.agency()).orElseThrow().share().kronor();
            assertThat(share.subtract(exact).abs()).as("seed %d, %s: share %s, exact %s", seed, c.agency(), share, exact)
                    .isLessThan(new BigDecimal("0.01"));
        }
    }
}
