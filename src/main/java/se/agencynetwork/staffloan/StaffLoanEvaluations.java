package se.agencynetwork.staffloan;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.agencynetwork.process.NetworkTime;

/**
 * The evaluation after a loan: who is asked until when, and the answers kept per loan and agency in
 * {@code staff_loan_evaluation}, where the network overview and the yearly network review read them.
 */
@Service
class StaffLoanEvaluations {

    private static final Logger LOG = LoggerFactory.getLogger(StaffLoanEvaluations.class);

    private final RunningLoans loans;
    private final StaffLoanRepository repository;
    private final StaffLoanProperties properties;

    StaffLoanEvaluations(RunningLoans loans, StaffLoanRepository repository, StaffLoanProperties properties) {
        this.loans = loans;
        this.repository = repository;
        this.properties = properties;
    }

    /** The two agencies of the loan, borrowing first. */
    List<String> agencies(String businessKey) {
        StaffLoanAgreement agreement = loans.agreement(businessKey);
        return List.of(agreement.borrowingAgency(), agreement.lendingAgency());
    }

    /** The end of the last day to evaluate: today plus the configured period, Swedish time. */
    Instant dueAt() {
        return NetworkTime.today().plus(properties.evaluationPeriod()).atTime(LocalTime.of(23, 59, 59))
                .atZone(NetworkTime.ZONE).toInstant();
    }

    /** The agency's part in the loan: {@link StaffLoanEvaluation#BORROWER} or {@link StaffLoanEvaluation#LENDER}. */
    static String party(String agency, String borrowingAgency) {
        return agency.equals(borrowingAgency) ? StaffLoanEvaluation.BORROWER : StaffLoanEvaluation.LENDER;
    }

    /** The loan in brief for the evaluation form: no salary or reimbursement. */
    String summary(String businessKey) {
        StaffLoanAgreement agreement = loans.agreement(businessKey);
        return agreement.title() + ", " + agreement.personName() + "\n"
                + "Period: " + agreement.start() + " – " + agreement.end() + "\n"
                + "Omfattning i avtalet: " + agreement.extentPercent() + " % av heltid";
    }

    void record(StaffLoanEvaluation evaluation) {
        repository.insertEvaluation(evaluation);
        LOG.info("Staff loan {}: {} ({}) evaluated the loan: purpose {}, cooperation {}, again {}",
                evaluation.businessKey(), evaluation.agencyCode(), evaluation.party(), evaluation.purposeRating(),
                evaluation.cooperationRating(), evaluation.wouldRepeat());
    }
}
