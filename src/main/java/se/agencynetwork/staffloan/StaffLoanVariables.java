package se.agencynetwork.staffloan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.camunda.spin.json.SpinJsonNode;

import se.agencynetwork.process.Money;
import se.agencynetwork.process.ProcessVariable;

/**
 * The variables of {@code staff-loan}, each declared once and typed. A person's salary is never a
 * variable of the process instance while other agencies have tasks in it: an offer's fields are
 * local to that agency's task execution and go to {@code staff_loan_offer}; the list of offers the
 * borrowing head chooses from is local to the choice task. Only the chosen offer's salary becomes a
 * process variable, when only the two heads (and the coordinators) still have tasks.
 */
public final class StaffLoanVariables {

    // start form: the need
    static final ProcessVariable<String> INITIATOR = ProcessVariable.text(Names.INITIATOR);
    static final ProcessVariable<String> TITLE = ProcessVariable.text(Names.TITLE);
    static final ProcessVariable<String> COMPETENCE = ProcessVariable.text(Names.COMPETENCE);
    static final ProcessVariable<String> WORK_DESCRIPTION = ProcessVariable.text(Names.WORK_DESCRIPTION);
    static final ProcessVariable<LocalDate> NEED_START = ProcessVariable.date(Names.NEED_START);
    static final ProcessVariable<LocalDate> NEED_END = ProcessVariable.date(Names.NEED_END);
    static final ProcessVariable<Long> EXTENT_PERCENT = ProcessVariable.whole(Names.EXTENT_PERCENT);
    static final ProcessVariable<String> PLACE = ProcessVariable.text(Names.PLACE);
    static final ProcessVariable<Boolean> REMOTE_POSSIBLE = ProcessVariable.flag(Names.REMOTE_POSSIBLE);
    static final ProcessVariable<String> SECURITY_REQUIREMENTS = ProcessVariable.text(Names.SECURITY_REQUIREMENTS);
    static final ProcessVariable<LocalDate> ANSWER_DATE = ProcessVariable.date(Names.ANSWER_DATE);
    // set when the need is registered
    static final ProcessVariable<String> BORROWING_AGENCY = ProcessVariable.text(Names.BORROWING_AGENCY);
    static final ProcessVariable<String> BORROWING_AGENCY_NAME = ProcessVariable.text(Names.BORROWING_AGENCY_NAME);
    /** Who completed the last user task, on that task's execution, for its end listener. */
    static final ProcessVariable<String> COMPLETED_BY = ProcessVariable.text(Names.COMPLETED_BY);
    // coordinator's review
    static final ProcessVariable<String> REVIEW_DECISION = ProcessVariable.text(Names.REVIEW_DECISION);
    static final ProcessVariable<String> REVIEW_COMMENT = ProcessVariable.text(Names.REVIEW_COMMENT);
    // published
    static final ProcessVariable<List<String>> OFFERING_AGENCIES = ProcessVariable.strings(Names.OFFERING_AGENCIES);
    /** The end of the answer date, Swedish time: the offer tasks are due then and the silence timer fires. */
    static final ProcessVariable<Instant> ANSWER_DEADLINE = ProcessVariable.moment(Names.ANSWER_DEADLINE);
    // one offer (multi-instance element variable and the agency's local answer)
    static final ProcessVariable<String> AGENCY = ProcessVariable.text(Names.AGENCY);
    static final ProcessVariable<String> AGENCY_NAME = ProcessVariable.text(Names.AGENCY_NAME);
    static final ProcessVariable<String> OFFER_DECISION = ProcessVariable.text(Names.OFFER_DECISION);
    static final ProcessVariable<String> PERSON_NAME = ProcessVariable.text(Names.PERSON_NAME);
    static final ProcessVariable<String> PERSON_EMAIL = ProcessVariable.text(Names.PERSON_EMAIL);
    static final ProcessVariable<Long> OFFERED_EXTENT = ProcessVariable.whole(Names.OFFERED_EXTENT);
    static final ProcessVariable<LocalDate> OFFERED_START = ProcessVariable.date(Names.OFFERED_START);
    static final ProcessVariable<LocalDate> OFFERED_END = ProcessVariable.date(Names.OFFERED_END);
    static final ProcessVariable<Money> MONTHLY_SALARY = ProcessVariable.money(Names.MONTHLY_SALARY);
    static final ProcessVariable<String> OFFER_COMMENT = ProcessVariable.text(Names.OFFER_COMMENT);
    // compiled offers
    static final ProcessVariable<Integer> OFFER_COUNT = ProcessVariable.count(Names.OFFER_COUNT);
    // the choice (its options and overview are local to the choice task)
    static final ProcessVariable<SpinJsonNode> OFFER_OPTIONS = ProcessVariable.json(Names.OFFER_OPTIONS);
    static final ProcessVariable<String> OFFERS_OVERVIEW = ProcessVariable.text(Names.OFFERS_OVERVIEW);
    static final ProcessVariable<String> CHOSEN_OFFER = ProcessVariable.text(Names.CHOSEN_OFFER);
    static final ProcessVariable<String> CHOICE_REASON = ProcessVariable.text(Names.CHOICE_REASON);
    static final ProcessVariable<Boolean> OFFER_CHOSEN = ProcessVariable.flag(Names.OFFER_CHOSEN);
    static final ProcessVariable<String> LENDING_AGENCY = ProcessVariable.text(Names.LENDING_AGENCY);
    static final ProcessVariable<String> LENDING_AGENCY_NAME = ProcessVariable.text(Names.LENDING_AGENCY_NAME);
    static final ProcessVariable<String> LOAN_PERSON = ProcessVariable.text(Names.LOAN_PERSON);
    static final ProcessVariable<Money> LOAN_MONTHLY_SALARY = ProcessVariable.money(Names.LOAN_MONTHLY_SALARY);
    // agreement terms
    static final ProcessVariable<LocalDate> LOAN_START = ProcessVariable.date(Names.LOAN_START);
    static final ProcessVariable<LocalDate> LOAN_END = ProcessVariable.date(Names.LOAN_END);
    static final ProcessVariable<Long> LOAN_EXTENT = ProcessVariable.whole(Names.LOAN_EXTENT);
    static final ProcessVariable<String> PLACE_OF_WORK = ProcessVariable.text(Names.PLACE_OF_WORK);
    static final ProcessVariable<String> WORK_LEADER = ProcessVariable.text(Names.WORK_LEADER);
    static final ProcessVariable<String> WORKING_HOURS = ProcessVariable.text(Names.WORKING_HOURS);
    static final ProcessVariable<String> SECRECY_TERMS = ProcessVariable.text(Names.SECRECY_TERMS);
    static final ProcessVariable<String> TRAVEL_COSTS = ProcessVariable.text(Names.TRAVEL_COSTS);
    /** The notice period in whole months: a change of extent or an early end is in force no earlier than that. */
    static final ProcessVariable<Long> NOTICE_MONTHS = ProcessVariable.whole(Names.NOTICE_MONTHS);
    static final ProcessVariable<Money> EXTRA_COSTS = ProcessVariable.money(Names.EXTRA_COSTS);
    static final ProcessVariable<String> EXTRA_COSTS_TEXT = ProcessVariable.text(Names.EXTRA_COSTS_TEXT);
    // computed
    static final ProcessVariable<Money> MONTHLY_REIMBURSEMENT = ProcessVariable.money(Names.MONTHLY_REIMBURSEMENT);
    static final ProcessVariable<String> AGREEMENT_SUMMARY = ProcessVariable.text(Names.AGREEMENT_SUMMARY);
    // approvals and consent
    static final ProcessVariable<String> APPROVAL_DECISION = ProcessVariable.text(Names.APPROVAL_DECISION);
    static final ProcessVariable<String> DECLINE_REASON = ProcessVariable.text(Names.DECLINE_REASON);
    static final ProcessVariable<Boolean> BORROWER_APPROVES = ProcessVariable.flag(Names.BORROWER_APPROVES);
    static final ProcessVariable<Boolean> LENDER_APPROVES = ProcessVariable.flag(Names.LENDER_APPROVES);
    static final ProcessVariable<String> CONSENT_DECISION = ProcessVariable.text(Names.CONSENT_DECISION);
    static final ProcessVariable<String> CONSENT_NOTE = ProcessVariable.text(Names.CONSENT_NOTE);
    /** Why the need or the agreement ended without a loan, for the closing mail and the row. */
    static final ProcessVariable<String> CLOSE_REASON = ProcessVariable.text(Names.CLOSE_REASON);

    // during the loan
    /** When the next month's reimbursement is due to be booked: the day after the month (or the loan) ends. */
    static final ProcessVariable<Instant> NEXT_BOOKING_AT = ProcessVariable.moment(Names.NEXT_BOOKING_AT);
    /** A month before the loan's last day: both heads are reminded then. */
    static final ProcessVariable<Instant> REMINDER_AT = ProcessVariable.moment(Names.REMINDER_AT);
    static final ProcessVariable<Boolean> LOAN_OVER = ProcessVariable.flag(Names.LOAN_OVER);
    /** The loan as it stands (period, extent, notice, reimbursement), for the change forms. */
    static final ProcessVariable<String> CURRENT_TERMS = ProcessVariable.text(Names.CURRENT_TERMS);
    static final ProcessVariable<String> CHANGE_KIND = ProcessVariable.text(Names.CHANGE_KIND);
    static final ProcessVariable<LocalDate> EFFECTIVE_DATE = ProcessVariable.date(Names.EFFECTIVE_DATE);
    static final ProcessVariable<Long> NEW_EXTENT = ProcessVariable.whole(Names.NEW_EXTENT);
    static final ProcessVariable<LocalDate> NEW_END = ProcessVariable.date(Names.NEW_END);
    static final ProcessVariable<String> CHANGE_REASON = ProcessVariable.text(Names.CHANGE_REASON);
    /** The change being handled (row of staff_loan_change). */
    static final ProcessVariable<String> CHANGE_ID = ProcessVariable.text(Names.CHANGE_ID);
    /** The agency whose heads approve an extension: the other one than the asking head's. */
    static final ProcessVariable<String> EXTENSION_APPROVER = ProcessVariable.text(Names.EXTENSION_APPROVER);
    static final ProcessVariable<String> CHANGE_SUMMARY = ProcessVariable.text(Names.CHANGE_SUMMARY);
    static final ProcessVariable<String> EXTENSION_DECISION = ProcessVariable.text(Names.EXTENSION_DECISION);
    static final ProcessVariable<String> EXTENSION_COMMENT = ProcessVariable.text(Names.EXTENSION_COMMENT);
    static final ProcessVariable<Boolean> EXTENSION_APPROVED = ProcessVariable.flag(Names.EXTENSION_APPROVED);
    /** Why the other agency's head did not approve the extension, for the mail. */
    static final ProcessVariable<String> EXTENSION_REFUSAL = ProcessVariable.text(Names.EXTENSION_REFUSAL);

    // after the loan: the evaluation
    /** The two agencies asked to evaluate the loan, borrowing first: one "Utvärdera utlånet" task each. */
    static final ProcessVariable<List<String>> EVALUATION_AGENCIES = ProcessVariable.strings(Names.EVALUATION_AGENCIES);
    /** The end of the last day to evaluate, Swedish time: the evaluation tasks are due then. */
    static final ProcessVariable<Instant> EVALUATION_DUE_AT = ProcessVariable.moment(Names.EVALUATION_DUE_AT);
    /** The agency's part in the loan as the evaluation form shows it ("Lånande myndighet"), local to its task. */
    static final ProcessVariable<String> EVALUATION_ROLE = ProcessVariable.text(Names.EVALUATION_ROLE);
    /** The loan in brief for the evaluation form (role, agencies, period; no figures). */
    static final ProcessVariable<String> LOAN_SUMMARY = ProcessVariable.text(Names.LOAN_SUMMARY);
    // one agency's evaluation (local to its task)
    static final ProcessVariable<Long> PURPOSE_RATING = ProcessVariable.whole(Names.PURPOSE_RATING);
    static final ProcessVariable<Long> COOPERATION_RATING = ProcessVariable.whole(Names.COOPERATION_RATING);
    static final ProcessVariable<String> WOULD_REPEAT = ProcessVariable.text(Names.WOULD_REPEAT);
    static final ProcessVariable<String> IMPROVEMENT = ProcessVariable.text(Names.IMPROVEMENT);

    /** The evaluation form's answer to "would you do it again". */
    static final String REPEAT_YES = "yes";
    static final String REPEAT_NO = "no";

    /** The change form's kinds. */
    static final String CHANGE_EXTENT = "extent";
    static final String CHANGE_END_EARLY = "endEarly";
    static final String CHANGE_EXTEND = "extend";

    /** The choice's option that takes none of the offers. */
    static final String NO_OFFER = "none";

    private StaffLoanVariables() {
    }

    /** The variables' names as compile-time text, for annotations and tests. */
    public static final class Names {
        public static final String INITIATOR = "initiator";
        public static final String TITLE = "title";
        public static final String COMPETENCE = "competence";
        public static final String WORK_DESCRIPTION = "workDescription";
        public static final String NEED_START = "needStart";
        public static final String NEED_END = "needEnd";
        public static final String EXTENT_PERCENT = "extentPercent";
        public static final String PLACE = "place";
        public static final String REMOTE_POSSIBLE = "remotePossible";
        public static final String SECURITY_REQUIREMENTS = "securityRequirements";
        public static final String ANSWER_DATE = "answerDate";
        public static final String BORROWING_AGENCY = "borrowingAgency";
        public static final String BORROWING_AGENCY_NAME = "borrowingAgencyName";
        public static final String COMPLETED_BY = "completedBy";
        public static final String REVIEW_DECISION = "reviewDecision";
        public static final String REVIEW_COMMENT = "reviewComment";
        public static final String OFFERING_AGENCIES = "offeringAgencies";
        public static final String ANSWER_DEADLINE = "answerDeadline";
        public static final String AGENCY = "agency";
        public static final String AGENCY_NAME = "agencyName";
        public static final String OFFER_DECISION = "offerDecision";
        public static final String PERSON_NAME = "personName";
        public static final String PERSON_EMAIL = "personEmail";
        public static final String OFFERED_EXTENT = "offeredExtent";
        public static final String OFFERED_START = "offeredStart";
        public static final String OFFERED_END = "offeredEnd";
        public static final String MONTHLY_SALARY = "monthlySalary";
        public static final String OFFER_COMMENT = "offerComment";
        public static final String OFFER_COUNT = "offerCount";
        public static final String OFFER_OPTIONS = "offerOptions";
        public static final String OFFERS_OVERVIEW = "offersOverview";
        public static final String CHOSEN_OFFER = "chosenOffer";
        public static final String CHOICE_REASON = "choiceReason";
        public static final String OFFER_CHOSEN = "offerChosen";
        public static final String LENDING_AGENCY = "lendingAgency";
        public static final String LENDING_AGENCY_NAME = "lendingAgencyName";
        public static final String LOAN_PERSON = "loanPerson";
        public static final String LOAN_MONTHLY_SALARY = "loanMonthlySalary";
        public static final String LOAN_START = "loanStart";
        public static final String LOAN_END = "loanEnd";
        public static final String LOAN_EXTENT = "loanExtent";
        public static final String PLACE_OF_WORK = "placeOfWork";
        public static final String WORK_LEADER = "workLeader";
        public static final String WORKING_HOURS = "workingHours";
        public static final String SECRECY_TERMS = "secrecyTerms";
        public static final String TRAVEL_COSTS = "travelCosts";
        public static final String NOTICE_MONTHS = "noticeMonths";
        public static final String EXTRA_COSTS = "extraCostsMonthly";
        public static final String EXTRA_COSTS_TEXT = "extraCostsText";
        public static final String MONTHLY_REIMBURSEMENT = "monthlyReimbursement";
        public static final String AGREEMENT_SUMMARY = "agreementSummary";
        public static final String APPROVAL_DECISION = "approvalDecision";
        public static final String DECLINE_REASON = "declineReason";
        public static final String BORROWER_APPROVES = "borrowerApproves";
        public static final String LENDER_APPROVES = "lenderApproves";
        public static final String CONSENT_DECISION = "consentDecision";
        public static final String CONSENT_NOTE = "consentNote";
        public static final String CLOSE_REASON = "closeReason";
        public static final String NEXT_BOOKING_AT = "nextBookingAt";
        public static final String REMINDER_AT = "reminderAt";
        public static final String LOAN_OVER = "loanOver";
        public static final String CURRENT_TERMS = "currentTerms";
        public static final String CHANGE_KIND = "changeKind";
        public static final String EFFECTIVE_DATE = "effectiveDate";
        public static final String NEW_EXTENT = "newExtent";
        public static final String NEW_END = "newEnd";
        public static final String CHANGE_REASON = "changeReason";
        public static final String CHANGE_ID = "changeId";
        public static final String EXTENSION_APPROVER = "extensionApprover";
        public static final String CHANGE_SUMMARY = "changeSummary";
        public static final String EXTENSION_DECISION = "extensionDecision";
        public static final String EXTENSION_COMMENT = "extensionComment";
        public static final String EXTENSION_APPROVED = "extensionApproved";
        public static final String EXTENSION_REFUSAL = "extensionRefusal";
        public static final String EVALUATION_AGENCIES = "evaluationAgencies";
        public static final String EVALUATION_DUE_AT = "evaluationDueAt";
        public static final String EVALUATION_ROLE = "evaluationRole";
        public static final String LOAN_SUMMARY = "loanSummary";
        public static final String PURPOSE_RATING = "purposeRating";
        public static final String COOPERATION_RATING = "cooperationRating";
        public static final String WOULD_REPEAT = "wouldRepeat";
        public static final String IMPROVEMENT = "improvement";

        private Names() {
        }
    }
}
