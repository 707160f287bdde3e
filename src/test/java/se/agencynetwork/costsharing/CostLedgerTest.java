package se.agencynetwork.costsharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.agencynetwork.costsharing.CostSharingFixtures.sek;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import se.agencynetwork.process.Money;

/** The ledger on the real database (H2, and PostgreSQL under -Ppostgres). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CostLedgerTest {

    @Autowired
    CostLedger ledger;

    @Autowired
    JdbcTemplate jdbc;

    private static String activity() {
        return "TEST-" + UUID.randomUUID();
    }

    private static AllocationRequest threeAgencies(String total) {
        return new AllocationRequest(sek(total), CostKey.PER_PARTICIPANT,
                List.of(new CoFunder("csn", 2), new CoFunder("spv", 1), new CoFunder("bolagsverket", 1)), null,
                List.of(new InKindContribution("spv", InKindKind.TRAINER_HOURS, new BigDecimal("2"))),
                LocalDate.of(2026, 3, 1));
    }

    private int rowsWithKey(String idempotencyKey) {
        return jdbc.queryForObject("select count(*) from cost_allocation where idempotency_key = ?", Integer.class,
                idempotencyKey);
    }

    @Test
    void theSameStepBookedTwiceIsBookedOnce() {
        String activity = activity();
        String key = "process-1:ServiceTask_PreliminaryAllocation:" + activity;

        BookedAllocation first = ledger.book(activity, AllocationKind.PRELIMINARY, key, "engine", threeAgencies("10000.00"));
        BookedAllocation second = ledger.book(activity, AllocationKind.PRELIMINARY, key, "engine", threeAgencies("10000.00"));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(rowsWithKey(key)).isEqualTo(1);
        assertThat(ledger.forActivity(activity)).hasSize(1);
        assertThat(first.status()).isEqualTo(AllocationStatus.PRELIMINARY);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.lines()).extracting(BookedAllocation.Line::agency).containsExactly("bolagsverket", "csn", "spv");
        assertThat(first.lines()).allSatisfy(l -> {
            assertThat(l.approvalStatus()).isEqualTo(ApprovalStatus.PENDING);
            assertThat(l.vatLiable()).isFalse();
        });
        assertThat(first.lines().stream().map(BookedAllocation.Line::share).reduce(Money.ZERO, Money::plus))
                .isEqualTo(sek("10000.00"));
        assertThat(first.inKind()).singleElement().satisfies(v -> assertThat(v.value()).isEqualTo(sek("2400.00")));
        assertThat(first.line("spv").orElseThrow().inKindCredit()).isEqualTo(sek("2400.00"));
    }

    @Test
    void theDatabaseItselfRefusesASecondRowWithTheSameKey() {
        String activity = activity();
        BookedAllocation booked = ledger.book(activity, AllocationKind.PRELIMINARY, "key-" + activity, "engine",
                threeAgencies("500.00"));

        assertThatThrownBy(() -> jdbc.update("insert into cost_allocation (id, activity_key, kind, version, cost_key,"
                        + " total, status, created_at, created_by, idempotency_key)"
                        + " values (?, ?, 'PRELIMINARY', 2, 'PER_PARTICIPANT', 1, 'PRELIMINARY', current_timestamp, 'x', ?)",
                UUID.randomUUID().toString(), activity, booked.idempotencyKey()))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void concurrentBookingsWithTheSameKeyBookOnce() throws Exception {
        String activity = activity();
        String key = "process-2:ServiceTask_FinalAllocation:" + activity;
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Callable<String> booking = () -> {
                start.await();
                return ledger.book(activity, AllocationKind.FINAL, key, "engine", threeAgencies("9999.99")).id();
            };
            List<Future<String>> futures = java.util.stream.IntStream.range(0, threads)
                    .mapToObj(i -> pool.submit(booking)).toList();
            start.countDown();
            Set<String> ids = new java.util.HashSet<>();
            for (Future<String> f : futures) {
                ids.add(f.get(30, TimeUnit.SECONDS));
            }

            assertThat(ids).hasSize(1);
            assertThat(rowsWithKey(key)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from cost_allocation_line where allocation_id = ?",
                    Integer.class, ids.iterator().next())).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFinalAllocationSupersedesThePreliminaryOne() {
        String activity = activity();
        BookedAllocation preliminary = ledger.book(activity, AllocationKind.PRELIMINARY, "p-" + activity, "engine",
                threeAgencies("10000.00"));

        BookedAllocation fin = ledger.book(activity, AllocationKind.FINAL, "f-" + activity, "engine",
                threeAgencies("12000.00"));

        assertThat(fin.status()).isEqualTo(AllocationStatus.FINAL);
        assertThat(fin.version()).isEqualTo(2);
        BookedAllocation old = ledger.find(preliminary.id()).orElseThrow();
        assertThat(old.status()).isEqualTo(AllocationStatus.SUPERSEDED);
        assertThat(old.supersededById()).isEqualTo(fin.id());
        assertThatThrownBy(() -> ledger.book(activity, AllocationKind.PRELIMINARY, "p2-" + activity, "engine",
                threeAgencies("1.00")))
                .isInstanceOfSatisfying(CostAllocationException.class,
                        e -> assertThat(e.code()).isEqualTo("COST_ALLOCATION_FINAL_EXISTS"));
        assertThatThrownBy(() -> ledger.approve(preliminary.id(), "csn", "chef-csn", null))
                .isInstanceOfSatisfying(CostAllocationException.class,
                        e -> assertThat(e.code()).isEqualTo("COST_ALLOCATION_SUPERSEDED"));
    }

    @Test
    void whenEveryHeadApprovesThePreliminaryAllocationIsApproved() {
        String activity = activity();
        BookedAllocation booked = ledger.book(activity, AllocationKind.PRELIMINARY, "a-" + activity, "engine",
                threeAgencies("3000.00"));

        ledger.approve(booked.id(), "csn", "chef-csn", "OK för oss");
        BookedAllocation partly = ledger.approve(booked.id(), "spv", "chef-spv", null);
        assertThat(partly.status()).isEqualTo(AllocationStatus.PRELIMINARY);
        BookedAllocation approved = ledger.approve(booked.id(), "bolagsverket", "chef-bolagsverket", "");
        BookedAllocation again = ledger.approve(booked.id(), "bolagsverket", "chef-bolagsverket", "igen");

        assertThat(approved.status()).isEqualTo(AllocationStatus.APPROVED);
        assertThat(again.line("bolagsverket").orElseThrow().decidedAt())
                .isEqualTo(approved.line("bolagsverket").orElseThrow().decidedAt());
        BookedAllocation.Line csn = approved.line("csn").orElseThrow();
        assertThat(csn.approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(csn.decidedBy()).isEqualTo("chef-csn");
        assertThat(csn.decidedAt()).isNotNull();
        assertThat(csn.decisionComment()).isEqualTo("OK för oss");
    }

    @Test
    void aDeclineTakesTheAgencyOutAndRecomputesTheOthersAsANewVersion() {
        String activity = activity();
        BookedAllocation booked = ledger.book(activity, AllocationKind.PRELIMINARY, "d-" + activity, "engine",
                threeAgencies("10000.00"));
        ledger.approve(booked.id(), "spv", "chef-spv", null);

        DeclineOutcome outcome = ledger.decline(booked.id(), "csn", "chef-csn", "Ingen budget i år");

        assertThat(outcome.declined().status()).isEqualTo(AllocationStatus.SUPERSEDED);
        BookedAllocation.Line declined = outcome.declined().line("csn").orElseThrow();
        assertThat(declined.approvalStatus()).isEqualTo(ApprovalStatus.DECLINED);
        assertThat(declined.decidedBy()).isEqualTo("chef-csn");
        assertThat(declined.decisionComment()).isEqualTo("Ingen budget i år");

        BookedAllocation recomputed = outcome.recomputed().orElseThrow();
        assertThat(recomputed.version()).isEqualTo(2);
        assertThat(recomputed.supersedesId()).isEqualTo(booked.id());
        assertThat(recomputed.status()).isEqualTo(AllocationStatus.PRELIMINARY);
        assertThat(recomputed.lines()).extracting(BookedAllocation.Line::agency).containsExactly("bolagsverket", "spv");
        assertThat(recomputed.lines()).allSatisfy(l -> assertThat(l.approvalStatus()).isEqualTo(ApprovalStatus.PENDING));
        // 10 000 + 2 400 in kind shared 1:1 -> 6 200 each; spv pays 6 200 - 2 400
        assertThat(recomputed.sharesByAgency()).containsEntry("bolagsverket", sek("6200.00")).containsEntry("spv", sek("3800.00"));
        assertThat(recomputed.inKind()).singleElement().satisfies(v -> assertThat(v.rate()).isEqualTo(sek("1200.00")));

        DeclineOutcome repeated = ledger.decline(booked.id(), "csn", "chef-csn", "Ingen budget i år");
        assertThat(repeated.recomputed().orElseThrow().id()).isEqualTo(recomputed.id());
        assertThat(ledger.forActivity(activity)).hasSize(2);
    }

    @Test
    void whenTheLastCoFunderDeclinesNothingIsLeftToShare() {
        String activity = activity();
        BookedAllocation booked = ledger.book(activity, AllocationKind.FINAL, "l-" + activity, "engine",
                AllocationRequest.of(sek("800.00"), CostKey.EQUAL_SHARES, List.of(new CoFunder("msb", 3))));

        DeclineOutcome outcome = ledger.decline(booked.id(), "msb", "chef-msb", null);

        assertThat(outcome.recomputed()).isEmpty();
        assertThat(outcome.declined().status()).isEqualTo(AllocationStatus.SUPERSEDED);
        assertThat(ledger.invoicingBasis(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1), "msb").stream()
                .filter(l -> l.activityKey().equals(activity)).collect(Collectors.toList())).isEmpty();
    }

    @Test
    void anIdempotencyKeyIsNotReusedForAnotherActivity() {
        String activity = activity();
        ledger.book(activity, AllocationKind.PRELIMINARY, "r-" + activity, "engine", threeAgencies("100.00"));

        assertThatThrownBy(() -> ledger.book(activity(), AllocationKind.PRELIMINARY, "r-" + activity, "engine",
                threeAgencies("100.00")))
                .isInstanceOfSatisfying(CostAllocationException.class,
                        e -> assertThat(e.code()).isEqualTo("COST_ALLOCATION_INVALID"))
                .hasMessageContaining("används redan");
    }

    @Test
    void invalidInputIsRefusedBeforeAnythingIsBooked() {
        String activity = activity();

        assertThatThrownBy(() -> ledger.book(activity, AllocationKind.PRELIMINARY, "i-" + activity, "engine",
                AllocationRequest.of(sek("100.00"), null, List.of(new CoFunder("nasa", 1)))))
                .isInstanceOfSatisfying(CostAllocationException.class,
                        e -> assertThat(e.code()).isEqualTo("COST_ALLOCATION_INVALID"));
        assertThat(ledger.forActivity(activity)).isEmpty();
    }
}
