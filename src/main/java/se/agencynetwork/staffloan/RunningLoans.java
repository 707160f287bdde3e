package se.agencynetwork.staffloan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.agencynetwork.costsharing.CostLedger;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.directory.Person;
import se.agencynetwork.process.Money;
import se.agencynetwork.process.NetworkTime;

/**
 * A loan while it runs: the monthly reimbursement rows in the cost ledger (kind {@code STAFF_LOAN}, owed by the
 * borrowing agency to the lending agency), a change of extent or an early end, and an extension. The rules of
 * the calendar are {@link LoanMonths}.
 */
@Service
class RunningLoans {

    private static final Logger LOG = LoggerFactory.getLogger(RunningLoans.class);

    private final StaffLoanRepository repository;
    private final CostLedger ledger;
    private final NetworkDirectory directory;

    RunningLoans(StaffLoanRepository repository, CostLedger ledger, NetworkDirectory directory) {
        this.repository = repository;
        this.ledger = ledger;
        this.directory = directory;
    }

    StaffLoanAgreement agreement(String businessKey) {
        return repository.agreement(businessKey).orElseThrow(() -> new IllegalStateException("No staff loan " + businessKey));
    }

    /** The agreement is concluded: its extent is in force from the first day, nothing is booked yet. */
    void start(String businessKey, String decidedBy) {
        StaffLoanAgreement agreement = agreement(businessKey);
        repository.startLoan(businessKey, agreement.start(), agreement.extentPercent(), agreement.monthlyReimbursement(),
                decidedBy, NetworkTime.now());
    }

    /** When the month after the last booked day may be booked. */
    Instant nextBookingAt(String businessKey) {
        return LoanMonths.dueAt(LoanMonths.next(repository.bookedThrough(businessKey), agreement(businessKey).end()));
    }

    /**
     * Books the next month if it is over (an extension may have moved the end after the timer was set: then
     * nothing is booked yet). Once per loan and month, whatever retries.
     *
     * @return true when the loan's last day is booked: the loan is over
     */
    boolean bookDueMonth(String businessKey) {
        StaffLoanAgreement agreement = agreement(businessKey);
        LoanMonths.Period period = LoanMonths.next(repository.bookedThrough(businessKey), agreement.end());
        if (!NetworkTime.today().isAfter(period.to())) {
            LOG.info("Staff loan {}: {}–{} is not over yet, nothing booked", businessKey, period.from(), period.to());
            return false;
        }
        Money amount = LoanMonths.amount(period, repository.extents(businessKey));
        ledger.bookStaffLoanMonth(businessKey, "staff-loan:" + businessKey + ":" + YearMonth.from(period.from()),
                agreement.borrowingAgency(), agreement.lendingAgency(), period.from(), period.to(), amount, "system");
        boolean ended = !period.to().isBefore(agreement.end());
        repository.markBookedThrough(businessKey, period.to(), ended);
        return ended;
    }

    /** Records what a head asks for; an extension waits for the other agency's head, the others are in force. */
    String request(String businessKey, String kind, LocalDate effectiveDate, Integer newExtent, LocalDate newEnd,
            String reason, String requestedBy) {
        String id = UUID.randomUUID().toString();
        String status = StaffLoanVariables.CHANGE_EXTEND.equals(kind) ? StaffLoanRepository.CHANGE_PENDING
                : StaffLoanRepository.CHANGE_IN_FORCE;
        repository.insertChange(id, businessKey, switch (kind) {
            case StaffLoanVariables.CHANGE_EXTENT -> "EXTENT";
            case StaffLoanVariables.CHANGE_END_EARLY -> "END_EARLY";
            default -> "EXTEND";
        }, requestedBy, NetworkTime.now(), effectiveDate, newExtent, newEnd, reason, status);
        LOG.info("Staff loan {}: {} asks for {} ({})", businessKey, requestedBy, kind, id);
        return id;
    }

    /** A new extent from a day: the monthly reimbursement for it, with the agreement's salary, overhead and extra costs. */
    Money changeExtent(String businessKey, LocalDate from, int extentPercent, String decidedBy) {
        StaffLoanAgreement agreement = agreement(businessKey);
        Reimbursement reimbursement = Reimbursement.of(agreement.monthlySalary(), extentPercent,
                agreement.overheadRate(), agreement.extraCostsMonthly());
        repository.changeExtent(businessKey, from, extentPercent, reimbursement.monthlyTotal(), decidedBy,
                NetworkTime.now());
        return reimbursement.monthlyTotal();
    }

    void changeEnd(String businessKey, LocalDate end) {
        repository.changeEnd(businessKey, end);
    }

    void decide(String changeId, boolean approved, String decidedBy, String note) {
        repository.decideChange(changeId, approved ? StaffLoanRepository.CHANGE_APPROVED
                : StaffLoanRepository.CHANGE_DECLINED, decidedBy, note, NetworkTime.now());
    }

    /** The agency whose heads approve an extension: the lending one, unless a lending head asked. */
    String extensionApprover(String businessKey, String requestedBy) {
        StaffLoanAgreement agreement = agreement(businessKey);
        Optional<String> agency = directory.person(requestedBy).map(Person::agency);
        return agency.filter(agreement.lendingAgency()::equals).isPresent() ? agreement.borrowingAgency()
                : agreement.lendingAgency();
    }

    /** The loan as it stands, for the heads' forms: no salary, the reimbursement per extent. */
    String currentTerms(String businessKey, long noticeMonths) {
        StaffLoanAgreement agreement = agreement(businessKey);
        List<LoanMonths.ExtentPeriod> extents = repository.extents(businessKey);
        return "Period: " + agreement.start() + " – " + agreement.end() + "\n"
                + "Uppsägningstid: " + AgreementTerms.noticePeriod((int) noticeMonths) + "\n"
                + extents.stream().map(e -> "Från " + e.validFrom() + ": " + e.extentPercent() + " % av heltid, "
                        + e.monthly().swedish() + " kr i månaden").collect(Collectors.joining("\n"));
    }
}
