package se.agencynetwork.costsharing;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.agencynetwork.directory.Agency;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.Money;
import se.agencynetwork.process.SwedishOrder;

/**
 * Invoicing bases and their issue (docs/COST-SHARING.md section 7). A period's basis is open (a
 * preview that follows the ledger) until the finance office marks it as invoiced; from then on it
 * is frozen: the lines as sent are stored and answered again unchanged. An invoiced final
 * allocation that is superseded later is reversed by a credit line in a later basis (dated by the
 * supersession), and the allocation that replaced it is charged there as usual, referring to it.
 */
public class InvoicingRuns {

    private static final Logger LOG = LoggerFactory.getLogger(InvoicingRuns.class);

    /** Where a never-invoiced line is looked for before a period to be issued. */
    private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    /** Whether a line charges an agency or credits (reverses) an earlier charge. */
    public enum LineType {
        CHARGE("Debitering"),
        CREDIT("Kreditering");

        private final String swedishName;

        LineType(String swedishName) {
            this.swedishName = swedishName;
        }

        public String swedishName() {
            return swedishName;
        }
    }

    /**
     * One line of a basis. A credit line repeats the invoiced line it reverses with every amount
     * and the participants negated, dated by the day its allocation was superseded; it and a
     * charge that replaces an invoiced allocation name that allocation ({@code correctsAllocationId})
     * and the issued basis it was sent in ({@code correctsBasisFrom}–{@code correctsBasisTo}). A staff
     * loan's reimbursement (kind {@code STAFF_LOAN}) names the agency it is owed to ({@code creditorAgency},
     * {@code creditorName}); course shares leave both null.
     */
    public record Line(
            LineType type,
            String agency,
            String agencyName,
            String orgNumber,
            String invoiceReference,
            boolean vatLiable,
            String activityKey,
            AllocationKind kind,
            int version,
            String allocationId,
            LocalDate bookedOn,
            int participants,
            Money keyShare,
            Money inKindCredit,
            Money amount,
            String correctsAllocationId,
            LocalDate correctsBasisFrom,
            LocalDate correctsBasisTo,
            String creditorAgency,
            String creditorName) {
    }

    /** A basis: issued (frozen, with who marked it and when) or not yet issued. */
    public record Basis(LocalDate from, LocalDate to, String agency, boolean issued, LocalDateTime issuedAt,
                        String issuedBy, Money total, List<Line> lines) {
    }

    /** Why a period cannot be marked as invoiced; {@code field} is the parameter it concerns. */
    public static class IssueRefused extends RuntimeException {
        private final String field;
        private final boolean conflict;

        IssueRefused(String field, String message, boolean conflict) {
            super(message);
            this.field = field;
            this.conflict = conflict;
        }

        public String field() {
            return field;
        }

        /** True when the refusal is a clash with another issued basis (HTTP 409), else bad input (400). */
        public boolean conflict() {
            return conflict;
        }
    }

    private record Run(String id, LocalDate from, LocalDate to, LocalDateTime issuedAt, String issuedBy) {
    }

    private record Invoiced(String allocationId, String runId, LocalDate from, LocalDate to) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final CostLedger ledger;
    private final NetworkDirectory directory;
    private final Clock clock;

    InvoicingRuns(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, CostLedger ledger,
                  NetworkDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.ledger = ledger;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * The basis of the period, optionally of one agency: the issued one as it was sent if exactly
     * this period was marked as invoiced, else what is still to be invoiced from the period: the
     * lines of final allocations booked in it and not invoiced yet, and credits for invoiced
     * allocations superseded in it.
     */
    public Basis basis(LocalDate from, LocalDate to, String agency) {
        Optional<Run> run = run(from, to);
        if (run.isPresent()) {
            return issuedBasis(run.get(), agency);
        }
        List<Line> lines = pending(from, to).stream()
                .filter(l -> agency == null || l.agency().equals(agency)).toList();
        return new Basis(from, to, agency, false, null, null, total(lines), lines);
    }

    /**
     * Marks the period's basis (every agency) as invoiced and freezes it. Marking the same period
     * again returns the basis issued first. Refused: a period that is not over (a later booking
     * would fall into a basis already sent), one overlapping an issued period, and one with
     * never-invoiced lines booked before it (they would never be invoiced).
     */
    public Basis issue(LocalDate from, LocalDate to, String user) {
        Optional<Run> existing = run(from, to);
        if (existing.isPresent()) {
            return issuedBasis(existing.get(), null);
        }
        LocalDate today = LocalDate.now(clock);
        if (!to.isBefore(today)) {
            throw new IssueRefused("to", "Perioden kan markeras som fakturerad först när den är slut: 'to' ("
                    + to + ") måste ligga före dagens datum (" + today + ").", false);
        }
        for (Run run : runs()) {
            if (!run.from().isAfter(to) && !run.to().isBefore(from)) {
                throw new IssueRefused("from", "Perioden " + from + "–" + to + " överlappar fakturaunderlaget "
                        + run.from() + "–" + run.to() + " som redan är markerat som fakturerat.", true);
            }
        }
        List<Line> earlier = pending(BEGINNING, from.minusDays(1));
        if (!earlier.isEmpty()) {
            Line first = earlier.stream().min(Comparator.comparing(Line::bookedOn)).orElseThrow();
            throw new IssueRefused("from", "Det finns ofakturerade rader före 'from' (" + from + "), den första "
                    + first.bookedOn() + " (" + first.activityKey() + "). Markera först perioden som börjar "
                    + first.bookedOn() + " som fakturerad, eller börja perioden då.", false);
        }
        try {
            String runId = transaction.execute(status -> insertRun(from, to, user));
            Run run = run(from, to).orElseThrow(() -> new IllegalStateException("run " + runId + " vanished"));
            return issuedBasis(run, null);
        } catch (DuplicateKeyException concurrent) {
            return run(from, to).map(run -> issuedBasis(run, null)).orElseThrow(() -> new IssueRefused("from",
                    "Ett annat fakturaunderlag markerades samtidigt som fakturerat; hämta underlagen igen.", true));
        }
    }

    private String insertRun(LocalDate from, LocalDate to, String user) {
        List<Line> lines = pending(from, to);
        String runId = UUID.randomUUID().toString();
        jdbc.update("insert into invoicing_run (id, period_from, period_to, issued_at, issued_by) values (?, ?, ?, ?, ?)",
                runId, Date.valueOf(from), Date.valueOf(to),
                Timestamp.valueOf(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS)), user);
        Map<String, String> runIds = new HashMap<>();
        runs().forEach(r -> runIds.put(r.from() + "/" + r.to(), r.id()));
        int lineNo = 0;
        for (Line l : lines) {
            String correctsRun = l.correctsBasisFrom() == null ? null
                    : runIds.get(l.correctsBasisFrom() + "/" + l.correctsBasisTo());
            jdbc.update("insert into invoicing_run_line (run_id, line_no, line_type, allocation_id, agency_code,"
                            + " agency_name, org_number, invoice_reference, vat_liable, activity_key, kind, version,"
                            + " booked_on, participants, key_share, in_kind_credit, amount, corrects_allocation_id,"
                            + " corrects_run_id, creditor_agency) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                            + " ?, ?, ?)",
                    runId, ++lineNo, l.type().name(), l.allocationId(), l.agency(), l.agencyName(), l.orgNumber(),
                    l.invoiceReference(), l.vatLiable(), l.activityKey(), l.kind().name(), l.version(),
                    Date.valueOf(l.bookedOn()), l.participants(), l.keyShare().kronor(), l.inKindCredit().kronor(),
                    l.amount().kronor(),
                    l.correctsAllocationId(), correctsRun, l.creditorAgency());
        }
        Money total = total(lines);
        LOG.info("Invoicing basis {}–{} marked as invoiced by {} as run {}: {} lines, total {}",
                from, to, user, runId, lines.size(), total);
        return runId;
    }

    /** The lines still to be invoiced from the period, every agency, in the order a basis lists them. */
    private List<Line> pending(LocalDate from, LocalDate to) {
        Set<String> charged = new HashSet<>(jdbc.queryForList(
                "select allocation_id || '/' || agency_code from invoicing_run_line where line_type = ?",
                String.class, LineType.CHARGE.name()));
        Map<String, Optional<Invoiced>> replaced = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (InvoicingLine l : ledger.invoicingBasis(from, to, null)) {
            if (charged.contains(l.allocationId() + "/" + l.agency())) {
                continue;
            }
            Optional<Invoiced> original = replaced.computeIfAbsent(l.activityKey() + "/" + l.allocationId(),
                    k -> invoicedOriginal(l.activityKey(), l.allocationId()));
            Optional<Agency> agency = directory.agency(l.agency());
            lines.add(new Line(LineType.CHARGE, l.agency(),
                    agency.map(Agency::name).orElse(l.agency()),
                    agency.map(Agency::orgNumber).orElse(""),
                    agency.map(Agency::invoiceReference).orElse(""),
                    l.vatLiable(), l.activityKey(), l.kind(), l.version(), l.allocationId(),
                    l.bookedAt().toLocalDate(), l.participants(), l.keyShare(), l.inKindCredit(), l.amount(),
                    original.map(Invoiced::allocationId).orElse(null),
                    original.map(Invoiced::from).orElse(null), original.map(Invoiced::to).orElse(null),
                    l.creditorAgency(), creditorName(l.creditorAgency())));
        }
        lines.addAll(jdbc.query("select r.*, a.superseded_at, run.period_from run_from, run.period_to run_to"
                        + " from invoicing_run_line r join cost_allocation a on a.id = r.allocation_id"
                        + " join invoicing_run run on run.id = r.run_id"
                        + " where r.line_type = ? and a.status = ? and a.superseded_at >= ? and a.superseded_at < ?"
                        + " and not exists (select 1 from invoicing_run_line c where c.allocation_id = r.allocation_id"
                        + " and c.agency_code = r.agency_code and c.line_type = ?)",
                (rs, i) -> new Line(LineType.CREDIT, rs.getString("agency_code"), rs.getString("agency_name"),
                        rs.getString("org_number"), rs.getString("invoice_reference"), rs.getBoolean("vat_liable"),
                        rs.getString("activity_key"), AllocationKind.valueOf(rs.getString("kind")),
                        rs.getInt("version"), rs.getString("allocation_id"),
                        rs.getTimestamp("superseded_at").toLocalDateTime().toLocalDate(),
                        -rs.getInt("participants"), Money.of(rs.getBigDecimal("key_share")).negate(),
                        Money.of(rs.getBigDecimal("in_kind_credit")).negate(), Money.of(rs.getBigDecimal("amount")).negate(),
                        rs.getString("allocation_id"), rs.getDate("run_from").toLocalDate(),
                        rs.getDate("run_to").toLocalDate(), rs.getString("creditor_agency"),
                        creditorName(rs.getString("creditor_agency"))),
                LineType.CHARGE.name(), AllocationStatus.SUPERSEDED.name(),
                Timestamp.valueOf(from.atStartOfDay()), Timestamp.valueOf(to.plusDays(1).atStartOfDay()),
                LineType.CREDIT.name()));
        // by agency name the Swedish way; within an agency by day, credits before the charges replacing them
        Comparator<Line> order = SwedishOrder.by(Line::agencyName);
        return lines.stream().sorted(order.thenComparing(Line::agency).thenComparing(Line::bookedOn)
                .thenComparing(l -> l.type() == LineType.CREDIT ? 0 : 1).thenComparing(Line::activityKey).thenComparing(Line::version)).toList();
    }

    /** The latest invoiced allocation of the activity that a later one has superseded. */
    private Optional<Invoiced> invoicedOriginal(String activityKey, String replacingAllocationId) {
        return jdbc.query("select r.allocation_id, r.run_id, run.period_from, run.period_to"
                        + " from invoicing_run_line r join invoicing_run run on run.id = r.run_id"
                        + " join cost_allocation o on o.id = r.allocation_id"
                        + " where r.line_type = ? and o.activity_key = ? and o.status = ? and o.id <> ?"
                        + " order by run.issued_at desc, o.version desc",
                (rs, i) -> new Invoiced(rs.getString("allocation_id"), rs.getString("run_id"),
                        rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate()),
                LineType.CHARGE.name(), activityKey, AllocationStatus.SUPERSEDED.name(), replacingAllocationId)
                .stream().findFirst();
    }

    private Basis issuedBasis(Run run, String agency) {
        List<Line> lines = jdbc.query("select l.*, c.period_from corrects_from, c.period_to corrects_to"
                        + " from invoicing_run_line l left join invoicing_run c on c.id = l.corrects_run_id"
                        + " where l.run_id = ?" + (agency == null ? "" : " and l.agency_code = ?")
                        + " order by l.line_no",
                this::storedLine, agency == null ? new Object[] {run.id()} : new Object[] {run.id(), agency});
        return new Basis(run.from(), run.to(), agency, true, run.issuedAt(), run.issuedBy(), total(lines), lines);
    }

    private Line storedLine(ResultSet rs, int row) throws SQLException {
        Date correctsFrom = rs.getDate("corrects_from");
        Date correctsTo = rs.getDate("corrects_to");
        return new Line(LineType.valueOf(rs.getString("line_type")), rs.getString("agency_code"),
                rs.getString("agency_name"), rs.getString("org_number"), rs.getString("invoice_reference"),
                rs.getBoolean("vat_liable"), rs.getString("activity_key"), AllocationKind.valueOf(rs.getString("kind")),
                rs.getInt("version"), rs.getString("allocation_id"), rs.getDate("booked_on").toLocalDate(),
                rs.getInt("participants"), Money.of(rs.getBigDecimal("key_share")), Money.of(rs.getBigDecimal("in_kind_credit")),
                Money.of(rs.getBigDecimal("amount")), rs.getString("corrects_allocation_id"),
                correctsFrom == null ? null : correctsFrom.toLocalDate(),
                correctsTo == null ? null : correctsTo.toLocalDate(), rs.getString("creditor_agency"),
                creditorName(rs.getString("creditor_agency")));
    }

    /** The name of the agency a staff loan's reimbursement is owed to; null for course shares. */
    private String creditorName(String creditorAgency) {
        return creditorAgency == null ? null
                : directory.agency(creditorAgency).map(Agency::name).orElse(creditorAgency);
    }

    private Optional<Run> run(LocalDate from, LocalDate to) {
        return jdbc.query("select * from invoicing_run where period_from = ? and period_to = ?", this::mapRun,
                Date.valueOf(from), Date.valueOf(to)).stream().findFirst();
    }

    private List<Run> runs() {
        return jdbc.query("select * from invoicing_run order by period_from", this::mapRun);
    }

    private Run mapRun(ResultSet rs, int row) throws SQLException {
        return new Run(rs.getString("id"), rs.getDate("period_from").toLocalDate(),
                rs.getDate("period_to").toLocalDate(), rs.getTimestamp("issued_at").toLocalDateTime(),
                rs.getString("issued_by"));
    }

    private static Money total(List<Line> lines) {
        return lines.stream().map(Line::amount).reduce(Money.ZERO, Money::plus);
    }
}
