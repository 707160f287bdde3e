package se.agencynetwork.staffloan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.directory.Person;
import se.agencynetwork.forms.FormRefusedException;
import se.agencynetwork.process.Money;
import se.agencynetwork.process.NetworkTime;

/**
 * The rules of a staff loan: whose need it is, who is asked until when, which offers there are, what
 * the agreement says and what it costs. The delegates of {@code staff-loan} read variables, call this
 * and write the results back.
 */
@Service
class StaffLoanService {

    private static final Logger LOG = LoggerFactory.getLogger(StaffLoanService.class);

    private final StaffLoanRepository repository;
    private final NetworkDirectory directory;
    private final StaffLoanProperties properties;

    StaffLoanService(StaffLoanRepository repository, NetworkDirectory directory, StaffLoanProperties properties) {
        this.repository = repository;
        this.directory = directory;
        this.properties = properties;
    }

    /**
     * The agency the starting user works at, from the directory. Someone without an agency (the
     * administrator) cannot post a need: there would be no borrowing agency to lend to.
     */
    String borrowingAgency(String userId) {
        return directory.person(userId).map(Person::agency).filter(code -> directory.agency(code).isPresent())
                .orElseThrow(() -> FormRefusedException.ofField(StaffLoanVariables.Names.TITLE,
                        "Behovet kan inte registreras: du (" + userId + ") är inte knuten till någon myndighet i"
                                + " nätverkets katalog. Ett behov av personal läggs av en myndighets chef eller"
                                + " HR-chef för den egna myndigheten."));
    }

    String agencyName(String agencyCode) {
        return directory.requireAgency(agencyCode).name();
    }

    void registerNeed(StaffLoanNeed need, String processInstanceId) {
        repository.insertNeed(need, processInstanceId, NetworkTime.now());
        LOG.info("Staff loan {}: {} asks for '{}' ({} %, {} to {})", need.businessKey(), need.borrowingAgency(),
                need.title(), need.extentPercent(), need.start(), need.end());
    }

    /** Every member agency except the borrowing one, in the directory's order. */
    List<String> offeringAgencies(String borrowingAgency) {
        List<String> others = new ArrayList<>(directory.agencyCodes());
        others.remove(borrowingAgency);
        return others;
    }

    /** The end of the answer date, Swedish time. */
    static Instant answerDeadline(LocalDate answerDate) {
        return answerDate.atTime(LocalTime.of(23, 59, 59)).atZone(NetworkTime.ZONE).toInstant();
    }

    void publish(String businessKey, String reviewedBy) {
        repository.markPublished(businessKey, reviewedBy, NetworkTime.now());
        LOG.info("Staff loan {} published by {}", businessKey, reviewedBy);
    }

    void recordOffer(StaffLoanOffer offer) {
        repository.insertOffer(offer);
        LOG.info("Staff loan {}: {} offers a person at {} %", offer.businessKey(), offer.agencyCode(),
                offer.extentPercent());
    }

    List<StaffLoanOffer> offers(String businessKey) {
        return repository.offers(businessKey);
    }

    /** The choice's options: one per offer (the lending agency's code) and "none". */
    List<Map<String, String>> offerOptions(List<StaffLoanOffer> offers) {
        List<Map<String, String>> options = new ArrayList<>();
        for (StaffLoanOffer offer : offers) {
            options.add(Map.of("label", agencyName(offer.agencyCode()) + ": " + offer.personName(),
                    "value", offer.agencyCode()));
        }
        options.add(Map.of("label", "Inget av erbjudandena (behovet avslutas)", "value", StaffLoanVariables.NO_OFFER));
        return options;
    }

    /** The offers as the borrowing head reads them, salary included; one paragraph each. */
    String offersOverview(List<StaffLoanOffer> offers) {
        return offers.stream().map(offer -> agencyName(offer.agencyCode()) + ": " + offer.personName() + " ("
                + offer.personEmail() + "), " + offer.extentPercent() + " % " + offer.start() + "–" + offer.end()
                + ", månadslön " + offer.monthlySalary().swedish() + " kr"
                + (offer.comment() == null || offer.comment().isBlank() ? "" : ". " + offer.comment()))
                .collect(Collectors.joining("\n\n"));
    }

    /** The chosen offer, recorded on the loan; it must be one of the loan's offers. */
    StaffLoanOffer choose(String businessKey, String agencyCode) {
        StaffLoanOffer offer = repository.offer(businessKey, agencyCode).orElseThrow(() -> FormRefusedException.ofField(
                StaffLoanVariables.Names.CHOSEN_OFFER, "Fältet \"Erbjudande\" (chosenOffer): " + agencyCode
                        + " har inte lämnat något erbjudande."));
        repository.recordChoice(offer);
        LOG.info("Staff loan {}: the offer of {} is chosen", businessKey, agencyCode);
        return offer;
    }

    /** The agreement's reimbursement with the overhead rate in force on the loan's first day; stores the terms. */
    Reimbursement agree(String businessKey, AgreementTerms terms, Money monthlySalary, Money extraCosts) {
        Reimbursement reimbursement = Reimbursement.of(monthlySalary, terms.extentPercent(),
                properties.overheadRateOn(terms.start()), extraCosts == null ? Money.ZERO : extraCosts);
        repository.recordTerms(businessKey, terms, reimbursement);
        LOG.info("Staff loan {}: agreement drafted, {} a month", businessKey, reimbursement.monthlyTotal());
        return reimbursement;
    }

    void recordApproval(String businessKey, boolean borrower, String approvedBy) {
        repository.recordApproval(businessKey, borrower, approvedBy);
    }

    void recordConsent(String businessKey, String recordedBy) {
        repository.recordConsent(businessKey, recordedBy);
    }

    void close(String businessKey, String status, String reason) {
        repository.close(businessKey, status, reason, NetworkTime.now());
        LOG.info("Staff loan {} closed: {} ({})", businessKey, status, reason);
    }

    void conclude(String businessKey) {
        repository.markAgreed(businessKey, NetworkTime.now());
        LOG.info("Staff loan {}: agreement approved", businessKey);
    }

    /** The agreement as the approval forms show it. */
    static String summary(Map<String, String> lines) {
        return lines.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
    }

    static Map<String, String> lines() {
        return new LinkedHashMap<>();
    }
}
