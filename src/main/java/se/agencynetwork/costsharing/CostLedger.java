package se.agencynetwork.costsharing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.agencynetwork.directory.Agency;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.Money;

/**
 * The cost-sharing ledger in the application's own tables (Flyway V4): books allocations
 * idempotently, records the heads' decisions and recomputes when an agency declines.
 *
 * <p>Amounts are {@link Money} in the code and numeric(15,2) kronor in the tables: {@link Money#kronor()}
 * going in, {@link Money#of(BigDecimal)} coming out.
 *
 * <p>Every write runs in a nested transaction (a savepoint when called inside the engine's
 * transaction, e.g. from a delegate), so that a lost race on the idempotency key's unique
 * constraint only rolls back the losing insert and the caller gets the allocation that won.
 */
public class CostLedger {

    private static final Logger LOG = LoggerFactory.getLogger(CostLedger.class);

    private static final String SELECT_ALLOCATION = "select id, activity_key, kind, version, cost_key, total,"
            + " fixed_fee_per_agency, status, supersedes_id, superseded_by_id, created_at, created_by, idempotency_key"
            + " from cost_allocation";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate nested;
    private final AllocationService allocationService;
    private final NetworkDirectory directory;
    private final Clock clock;

    CostLedger(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                      AllocationService allocationService, NetworkDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.nested = new TransactionTemplate(transactionManager);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.allocationService = allocationService;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Computes and books an allocation, once per idempotency key: a second call with the same key
     * (a retried job, a repeated REST call, a concurrent duplicate) returns the allocation booked
     * first and books nothing. A final allocation supersedes every earlier allocation of the
     * activity; a preliminary one supersedes earlier preliminary ones and is refused once a final
     * one exists.
     */
    public BookedAllocation book(String activityKey, AllocationKind kind, String idempotencyKey, String createdBy,
                                 AllocationRequest request) {
        requireText(activityKey, "Aktivitetens nyckel", "activity key");
        requireText(idempotencyKey, "Idempotensnyckeln", "idempotency key");
        Optional<BookedAllocation> existing = findByIdempotencyKey(idempotencyKey);
        if (existing.isPresent()) {
            if (!existing.get().activityKey().equals(activityKey) || existing.get().kind() != kind) {
                throw CostAllocationException.invalid("Idempotensnyckeln '" + idempotencyKey
                                + "' används redan för en annan aktivitet eller fördelning.",
                        "idempotency key already used for another activity or kind");
            }
            LOG.info("Allocation for idempotency key {} already booked as {}; not booking again",
                    idempotencyKey, existing.get().id());
            return existing.get();
        }
        AllocationResult result = allocationService.allocate(request);
        try {
            String id = nested.execute(status -> insert(activityKey, kind, idempotencyKey, createdBy, result, null));
            return require(id);
        } catch (DuplicateKeyException lostRace) {
            BookedAllocation winner = findByIdempotencyKey(idempotencyKey).orElseThrow(() -> lostRace);
            LOG.info("Concurrent booking for idempotency key {} lost to {}; not booking again",
                    idempotencyKey, winner.id());
            return winner;
        }
    }

    /** Records the head's approval of the agency's line; when every line is approved a preliminary allocation becomes APPROVED. */
    public BookedAllocation approve(String allocationId, String agency, String user, String comment) {
        return nested.execute(status -> {
            BookedAllocation allocation = lockLive(allocationId);
            BookedAllocation.Line line = requireLine(allocation, agency);
            if (line.approvalStatus() == ApprovalStatus.APPROVED) {
                return allocation;
            }
            if (line.approvalStatus() == ApprovalStatus.DECLINED) {
                throw CostAllocationException.invalid(
                        "Myndigheten '" + agency + "' har redan avböjt sin andel.", "agency already declined");
            }
            decide(allocationId, agency, ApprovalStatus.APPROVED, user, comment);
            jdbc.update("update cost_allocation set status = ? where id = ? and status = ? and not exists"
                            + " (select 1 from cost_allocation_line where allocation_id = ? and approval_status <> ?)",
                    AllocationStatus.APPROVED.name(), allocationId, AllocationStatus.PRELIMINARY.name(),
                    allocationId, ApprovalStatus.APPROVED.name());
            LOG.info("Agency {} approved its share of allocation {} ({})", agency, allocationId, user);
            return require(allocationId);
        });
    }

    /**
     * Records the head's decline: the agency drops out, the allocation is superseded by a new
     * version of the same kind computed without it (all its lines pending again). When no
     * co-funder is left the allocation is superseded without successor. Declining twice returns
     * the same outcome.
     */
    public DeclineOutcome decline(String allocationId, String agency, String user, String comment) {
        return nested.execute(status -> {
            BookedAllocation allocation = lockAny(allocationId);
            BookedAllocation.Line line = requireLine(allocation, agency);
            String successorKey = allocation.idempotencyKey() + "#declined:" + agency;
            if (line.approvalStatus() == ApprovalStatus.DECLINED) {
                return new DeclineOutcome(allocation, findByIdempotencyKey(successorKey));
            }
            requireLive(allocation);
            if (line.approvalStatus() == ApprovalStatus.APPROVED) {
                throw CostAllocationException.invalid(
                        "Myndigheten '" + agency + "' har redan godkänt sin andel.", "agency already approved");
            }
            decide(allocationId, agency, ApprovalStatus.DECLINED, user, comment);
            List<BookedAllocation.Line> remaining = allocation.lines().stream()
                    .filter(l -> !l.agency().equals(agency)).toList();
            if (remaining.isEmpty()) {
                jdbc.update("update cost_allocation set status = ?, superseded_at = ? where id = ?",
                        AllocationStatus.SUPERSEDED.name(), now(), allocationId);
                LOG.info("Agency {} declined allocation {}; no co-funder left ({})", agency, allocationId, user);
                return new DeclineOutcome(require(allocationId), Optional.empty());
            }
            List<CoFunder> coFunders = remaining.stream().map(l -> new CoFunder(l.agency(), l.participants())).toList();
            List<ValuedInKind> inKind = allocation.inKind().stream().filter(v -> !v.agency().equals(agency)).toList();
            AllocationResult result = allocationService.compute(allocation.total(), allocation.key(),
                    allocation.fixedFeePerAgency(), coFunders, inKind);
            String newId = insert(allocation.activityKey(), allocation.kind(), successorKey, user, result, allocationId);
            LOG.info("Agency {} declined allocation {}; recomputed as {} ({})", agency, allocationId, newId, user);
            return new DeclineOutcome(require(allocationId), Optional.of(require(newId)));
        });
    }

    public Optional<BookedAllocation> find(String id) {
        return jdbc.query(SELECT_ALLOCATION + " where id = ?", this::mapAllocation, id).stream().findFirst()
                .map(this::withLines);
    }

    public Optional<BookedAllocation> findByIdempotencyKey(String idempotencyKey) {
        return jdbc.query(SELECT_ALLOCATION + " where idempotency_key = ?", this::mapAllocation, idempotencyKey)
                .stream().findFirst().map(this::withLines);
    }

    /** Every allocation of the activity, oldest first. */
    public List<BookedAllocation> forActivity(String activityKey) {
        return jdbc.query(SELECT_ALLOCATION + " where activity_key = ? order by version, created_at",
                this::mapAllocation, activityKey).stream().map(this::withLines).toList();
    }

    /**
     * Books one month of a staff loan's reimbursement: an allocation of kind {@code STAFF_LOAN} (status
     * {@code FINAL}, so the invoicing basis lists it, with its kind) with one line, the borrowing agency's,
     * owed to the lending agency. It supersedes nothing and is superseded by nothing: every month is its own
     * row. Once per idempotency key, like {@link #book}; the key names the loan and the month.
     *
     * @return the allocation's id
     */
    public String bookStaffLoanMonth(String loanKey, String idempotencyKey, String borrowingAgency, String lendingAgency,
                                     LocalDate periodFrom, LocalDate periodTo, Money amount, String createdBy) {
        requireText(loanKey, "Aktivitetens nyckel", "activity key");
        requireText(idempotencyKey, "Idempotensnyckeln", "idempotency key");
        Optional<String> existing = jdbc.query("select id from cost_allocation where idempotency_key = ?",
                (rs, i) -> rs.getString(1), idempotencyKey).stream().findFirst();
        if (existing.isPresent()) {
            LOG.info("Staff loan month {} already booked as {}; not booking again", idempotencyKey, existing.get());
            return existing.get();
        }
        Agency borrower = directory.requireAgency(borrowingAgency);
        directory.requireAgency(lendingAgency);
        try {
            return nested.execute(status -> {
                Integer maxVersion = jdbc.queryForObject("select max(version) from cost_allocation where activity_key = ?",
                        Integer.class, loanKey);
                String id = UUID.randomUUID().toString();
                LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
                // one payer bears the whole amount: equal shares over one agency
                jdbc.update("insert into cost_allocation (id, activity_key, kind, version, cost_key, total, status,"
                                + " created_at, created_by, idempotency_key, creditor_agency, period_from, period_to)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        id, loanKey, AllocationKind.STAFF_LOAN.name(), maxVersion == null ? 1 : maxVersion + 1,
                        CostKey.EQUAL_SHARES.name(), amount.kronor(), AllocationStatus.FINAL.name(),
                        Timestamp.valueOf(now), createdBy, idempotencyKey, lendingAgency,
                        java.sql.Date.valueOf(periodFrom), java.sql.Date.valueOf(periodTo));
                jdbc.update("insert into cost_allocation_line (allocation_id, agency_code, participants, key_share,"
                                + " in_kind_credit, unreimbursed_in_kind, share, vat_liable, approval_status)"
                                + " values (?, ?, 0, ?, 0, 0, ?, ?, ?)",
                        id, borrowingAgency, amount.kronor(), amount.kronor(), Boolean.TRUE.equals(borrower.vatLiable()),
                        ApprovalStatus.APPROVED.name());
                LOG.info("Booked staff loan month {} {}–{}: {} owes {} {}", loanKey, periodFrom, periodTo,
                        borrowingAgency, lendingAgency, amount);
                return id;
            });
        } catch (DuplicateKeyException lostRace) {
            return jdbc.queryForObject("select id from cost_allocation where idempotency_key = ?", String.class,
                    idempotencyKey);
        }
    }

    /** The lines of final allocations booked from {@code from} to {@code to} (inclusive), optionally of one agency. */
    public List<InvoicingLine> invoicingBasis(LocalDate from, LocalDate to, String agency) {
        String sql = "select a.id, a.activity_key, a.kind, a.version, a.created_at, a.creditor_agency, l.agency_code,"
                + " l.participants, l.key_share, l.in_kind_credit, l.share, l.vat_liable"
                + " from cost_allocation a join cost_allocation_line l on l.allocation_id = a.id"
                + " where a.status = ? and a.created_at >= ? and a.created_at < ? and l.approval_status <> ?"
                + (agency == null ? "" : " and l.agency_code = ?")
                + " order by l.agency_code, a.created_at, a.activity_key";
        List<Object> args = new ArrayList<>(List.of(AllocationStatus.FINAL.name(),
                Timestamp.valueOf(from.atStartOfDay()), Timestamp.valueOf(to.plusDays(1).atStartOfDay()),
                ApprovalStatus.DECLINED.name()));
        if (agency != null) {
            args.add(agency);
        }
        return jdbc.query(sql, (rs, i) -> new InvoicingLine(
                rs.getString("agency_code"),
                rs.getString("activity_key"),
                AllocationKind.valueOf(rs.getString("kind")),
                rs.getInt("version"),
                rs.getString("id"),
                rs.getTimestamp("created_at").toLocalDateTime(),
                rs.getInt("participants"),
                Money.of(rs.getBigDecimal("key_share")),
                Money.of(rs.getBigDecimal("in_kind_credit")),
                Money.of(rs.getBigDecimal("share")),
                rs.getBoolean("vat_liable"),
                rs.getString("creditor_agency")), args.toArray());
    }

    private String insert(String activityKey, AllocationKind kind, String idempotencyKey, String createdBy,
                          AllocationResult result, String supersedesId) {
        if (kind == AllocationKind.PRELIMINARY) {
            Integer finals = jdbc.queryForObject("select count(*) from cost_allocation where activity_key = ?"
                    + " and kind = ? and status <> ?", Integer.class, activityKey, AllocationKind.FINAL.name(),
                    AllocationStatus.SUPERSEDED.name());
            if (finals != null && finals > 0) {
                throw new CostAllocationException(CostAllocationException.FINAL_EXISTS,
                        "Aktiviteten '" + activityKey + "' har redan en slutlig kostnadsfördelning."
                                + " (activity already has a final allocation)");
            }
        }
        Integer maxVersion = jdbc.queryForObject("select max(version) from cost_allocation where activity_key = ?",
                Integer.class, activityKey);
        int version = maxVersion == null ? 1 : maxVersion + 1;
        String id = UUID.randomUUID().toString();
        AllocationStatus status = kind == AllocationKind.FINAL ? AllocationStatus.FINAL : AllocationStatus.PRELIMINARY;
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        jdbc.update("insert into cost_allocation (id, activity_key, kind, version, cost_key, total, fixed_fee_per_agency,"
                        + " status, supersedes_id, created_at, created_by, idempotency_key)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, activityKey, kind.name(), version, result.key().name(), result.total().kronor(), Money.kronorOrNull(result.fixedFeePerAgency()),
                status.name(), supersedesId, Timestamp.valueOf(now), createdBy == null ? "system" : createdBy,
                idempotencyKey);
        for (ShareLine line : result.lines()) {
            Agency agency = directory.requireAgency(line.agency());
            jdbc.update("insert into cost_allocation_line (allocation_id, agency_code, participants, key_share,"
                            + " in_kind_credit, unreimbursed_in_kind, share, vat_liable, approval_status)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, line.agency(), line.participants(), line.keyShare().kronor(), line.inKindCredit().kronor(),
                    line.unreimbursedInKind().kronor(), line.share().kronor(), Boolean.TRUE.equals(agency.vatLiable()),
                    ApprovalStatus.PENDING.name());
        }
        int lineNo = 0;
        for (ValuedInKind v : result.inKind()) {
            jdbc.update("insert into cost_allocation_in_kind (allocation_id, line_no, agency_code, kind, quantity, rate,"
                            + " amount) values (?, ?, ?, ?, ?, ?, ?)",
                    id, ++lineNo, v.agency(), v.kind().name(), v.quantity(), v.rate().kronor(),
                    v.value().kronor());
        }
        String supersededKinds = kind == AllocationKind.FINAL ? "('PRELIMINARY', 'FINAL')" : "('PRELIMINARY')";
        int superseded = jdbc.update("update cost_allocation set status = ?, superseded_by_id = ?, superseded_at = ?"
                        + " where activity_key = ? and id <> ? and status <> ? and kind in " + supersededKinds,
                AllocationStatus.SUPERSEDED.name(), id, Timestamp.valueOf(now), activityKey, id,
                AllocationStatus.SUPERSEDED.name());
        LOG.info("Booked {} allocation {} v{} of activity {} (key {}, total {}), superseding {}",
                kind, id, version, activityKey, result.key(), result.total(), superseded);
        return id;
    }

    private Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
    }

    private void decide(String allocationId, String agency, ApprovalStatus decision, String user, String comment) {
        jdbc.update("update cost_allocation_line set approval_status = ?, decided_by = ?, decided_at = ?,"
                        + " decision_comment = ? where allocation_id = ? and agency_code = ?",
                decision.name(), user, Timestamp.valueOf(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS)),
                comment == null || comment.isBlank() ? null : truncate(comment, 2000), allocationId, agency);
    }

    private BookedAllocation lockLive(String allocationId) {
        BookedAllocation allocation = lockAny(allocationId);
        requireLive(allocation);
        return allocation;
    }

    /** Reads the allocation with its row locked, so that concurrent decisions on it run one after the other. */
    private BookedAllocation lockAny(String allocationId) {
        requireText(allocationId, "Kostnadsfördelningens id", "allocation id");
        List<BookedAllocation> locked = jdbc.query(SELECT_ALLOCATION + " where id = ? for update",
                this::mapAllocation, allocationId);
        if (locked.isEmpty()) {
            throw new CostAllocationException(CostAllocationException.NOT_FOUND,
                    "Kostnadsfördelningen '" + allocationId + "' finns inte. (no such allocation)");
        }
        return withLines(locked.get(0));
    }

    private static void requireLive(BookedAllocation allocation) {
        if (allocation.status() == AllocationStatus.SUPERSEDED) {
            throw new CostAllocationException(CostAllocationException.SUPERSEDED,
                    "Kostnadsfördelningen '" + allocation.id() + "' har ersatts av en nyare version."
                            + " (allocation superseded by " + allocation.supersededById() + ")");
        }
    }

    private static BookedAllocation.Line requireLine(BookedAllocation allocation, String agency) {
        return allocation.line(agency).orElseThrow(() -> new CostAllocationException(CostAllocationException.NOT_FOUND,
                "Myndigheten '" + agency + "' ingår inte i kostnadsfördelningen '" + allocation.id() + "'."
                        + " (agency not in allocation)"));
    }

    private BookedAllocation require(String id) {
        return find(id).orElseThrow(() -> new IllegalStateException("allocation " + id + " vanished"));
    }

    private BookedAllocation mapAllocation(ResultSet rs, int row) throws SQLException {
        return new BookedAllocation(
                rs.getString("id"),
                rs.getString("activity_key"),
                AllocationKind.valueOf(rs.getString("kind")),
                rs.getInt("version"),
                CostKey.valueOf(rs.getString("cost_key")),
                Money.of(rs.getBigDecimal("total")),
                Money.of(rs.getBigDecimal("fixed_fee_per_agency")),
                AllocationStatus.valueOf(rs.getString("status")),
                rs.getString("supersedes_id"),
                rs.getString("superseded_by_id"),
                rs.getTimestamp("created_at").toLocalDateTime(),
                rs.getString("created_by"),
                rs.getString("idempotency_key"),
                List.of(),
                List.of());
    }

    private BookedAllocation withLines(BookedAllocation a) {
        List<BookedAllocation.Line> lines = jdbc.query("select agency_code, participants, key_share, in_kind_credit,"
                        + " unreimbursed_in_kind, share, vat_liable, approval_status, decided_by, decided_at,"
                        + " decision_comment from cost_allocation_line where allocation_id = ? order by agency_code",
                (rs, i) -> new BookedAllocation.Line(
                        rs.getString("agency_code"),
                        rs.getInt("participants"),
                        Money.of(rs.getBigDecimal("key_share")),
                        Money.of(rs.getBigDecimal("in_kind_credit")),
                        Money.of(rs.getBigDecimal("unreimbursed_in_kind")),
                        Money.of(rs.getBigDecimal("share")),
                        rs.getBoolean("vat_liable"),
                        ApprovalStatus.valueOf(rs.getString("approval_status")),
                        rs.getString("decided_by"),
                        toLocal(rs.getTimestamp("decided_at")),
                        rs.getString("decision_comment")), a.id());
        List<ValuedInKind> inKind = jdbc.query("select agency_code, kind, quantity, rate, amount"
                        + " from cost_allocation_in_kind where allocation_id = ? order by line_no",
                (rs, i) -> new ValuedInKind(
                        rs.getString("agency_code"),
                        InKindKind.valueOf(rs.getString("kind")),
                        rs.getBigDecimal("quantity"),
                        Money.of(rs.getBigDecimal("rate")),
                        Money.of(rs.getBigDecimal("amount"))), a.id());
        return new BookedAllocation(a.id(), a.activityKey(), a.kind(), a.version(), a.key(), a.total(),
                a.fixedFeePerAgency(), a.status(), a.supersedesId(), a.supersededById(), a.createdAt(), a.createdBy(),
                a.idempotencyKey(), lines, inKind);
    }


    private static LocalDateTime toLocal(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static void requireText(String value, String swedish, String english) {
        if (value == null || value.isBlank()) {
            throw CostAllocationException.invalid(swedish + " saknas.", english + " missing");
        }
    }
}
