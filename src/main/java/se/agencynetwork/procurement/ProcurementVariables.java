package se.agencynetwork.procurement;

import java.time.LocalDate;
import java.util.List;

import se.agencynetwork.process.Money;
import se.agencynetwork.process.ProcessVariable;

/**
 * The variables of the {@code procurement} process (docs/PROCUREMENT.md section 3). The variables the
 * steps read and write are declared once, typed; {@link Names} holds the same names as compile-time text
 * for annotations ({@code @DelegateContract}), forms and tests. Names without a typed constant (form
 * fields only a form or the model reads, form keys, procedure values) stay plain text here.
 */
public final class ProcurementVariables {

    // passed in by idea's CallActivity_Procurement (among others)
    public static final String TITLE = "title";
    public static final String CO_FUNDING_AGENCIES = "coFundingAgencies";

    // requirement: the first question, a state framework agreement (förordning 1998:796)
    /** NONE, CALL_OFF (call-off from the framework agreement) or DEVIATION (not used: avstegsanmälan to Kammarkollegiet). */
    public static final String FRAMEWORK_AGREEMENT = "frameworkAgreement";
    public static final String FRAMEWORK_NONE = "NONE";
    public static final String FRAMEWORK_CALL_OFF = "CALL_OFF";
    public static final String FRAMEWORK_DEVIATION = "DEVIATION";
    /** The procedure of a call-off from a framework agreement (no threshold decision). */
    public static final String CALL_OFF = "CALL_OFF";
    public static final String CALL_OFF_REFERENCE = "callOffReference";

    // powers of attorney (fullmakt) from the co-funders to the procuring agency
    public static final String POWER_OF_ATTORNEY_GRANTED = "powerOfAttorneyGranted";

    // requirement
    public static final String REQUIREMENT = "requirement";
    /** dynamiclist: [{agency, participants}] */
    public static final String AGENCY_PARTICIPANTS = "agencyParticipants";
    public static final String AGENCY_OPTIONS = "agencyOptions";
    public static final String APPROVAL_DUE_AT = "approvalDueAt";

    // decision table
    public static final String THRESHOLDS_ADDED = "thresholdsAdded";

    // approvals
    public static final String PENDING_AGENCIES = "pendingAgencies";
    public static final String APPROVAL_STATE = "approvalState";

    // tendering
    public static final String SUPPLIERS_ASKED = "suppliersAsked";
    public static final String NOTICE_REFERENCE = "noticeReference";
    public static final String TENDER_DEADLINE = "tenderDeadline";
    public static final String TENDER_DEADLINE_AT = "tenderDeadlineAt";
    /** The suppliers' last day for questions: before the answers' last day. */
    public static final String QUESTIONS_DEADLINE = "questionsDeadline";
    /** The last day the procuring agency answers questions (days before the tender deadline). */
    public static final String ANSWERS_DEADLINE = "answersDeadline";
    /** dynamiclist: [{supplier, price, score, acceptable}] */
    public static final String TENDERS = "tenders";
    public static final String NO_AWARD_REASON = "noAwardReason";
    public static final String TENDER_ACCEPTED = "tenderAccepted";
    public static final String SUPPLIER = "supplier";

    // standstill
    public static final String STANDSTILL_ENDS_AT = "standstillEndsAt";
    public static final String COURT_DECISION = "courtDecision";
    public static final String REVIEW_MESSAGE = "ReviewApplicationReceived";

    // post-award notice (efterannonsering)
    public static final String POST_AWARD_NOTICE_DUE_AT = "postAwardNoticeDueAt";
    public static final String POST_AWARD_NOTICE_REFERENCE = "postAwardNoticeReference";
    public static final String POST_AWARD_NOTICE_PUBLISHED_ON = "postAwardNoticePublishedOn";

    // out
    public static final String OUTCOME = "outcome";
    public static final String OUTCOME_REASON = "outcomeReason";

    // forms
    public static final String REQUIREMENT_FORM = "procurementRequirementForm";
    public static final String QUOTES_FORM = "procurementQuotesForm";
    public static final String ADVERTISE_FORM = "procurementAdvertiseForm";
    public static final String CONTRACT_FORM = "procurementContractForm";
    public static final String APPROVE_START_FORM = "procurementApproveStartForm";
    public static final String APPROVE_AWARD_FORM = "procurementApproveAwardForm";
    public static final String THRESHOLDS_FORM = "procurementThresholdsForm";
    public static final String POST_AWARD_NOTICE_FORM = "procurementPostAwardNoticeForm";
    public static final String DEVIATION_FORM = "procurementDeviationForm";
    public static final String CALL_OFF_FORM = "procurementCallOffForm";
    public static final String POWER_OF_ATTORNEY_FORM = "procurementPowerOfAttorneyForm";

    // typed: the steps, listeners, form rules and tests read and write through these
    /** The idea's estimated cost (passed in by idea's call activity), an amount. */
    static final ProcessVariable<Money> ESTIMATED_COST = ProcessVariable.money(Names.ESTIMATED_COST);
    /** The call-off's price as the administrator enters it; fractions of an öre are rounded half up. */
    static final ProcessVariable<Money> CALL_OFF_PRICE = ProcessVariable.roundedMoney(Names.CALL_OFF_PRICE);
    static final ProcessVariable<String> SUBJECT = ProcessVariable.text(Names.SUBJECT);
    static final ProcessVariable<String> CPV_CODE = ProcessVariable.text(Names.CPV_CODE);
    /** The contract's estimated value as the form gives it; whole kronor once the procedure is prepared. */
    static final ProcessVariable<Money> ESTIMATED_VALUE = ProcessVariable.money(Names.ESTIMATED_VALUE);
    static final ProcessVariable<Long> ESTIMATED_VALUE_KRONOR = ProcessVariable.whole(Names.ESTIMATED_VALUE);
    static final ProcessVariable<String> PROCURING_AGENCY = ProcessVariable.text(Names.PROCURING_AGENCY);
    static final ProcessVariable<String> PROCURING_AGENCY_NAME = ProcessVariable.text(Names.PROCURING_AGENCY_NAME);
    static final ProcessVariable<Long> MIN_CO_FUNDERS = ProcessVariable.whole(Names.MIN_CO_FUNDERS);
    static final ProcessVariable<String> FRAMEWORK_AGREEMENT_NAME = ProcessVariable.text(Names.FRAMEWORK_AGREEMENT_NAME);
    static final ProcessVariable<Boolean> RENEWED_COMPETITION = ProcessVariable.flag(Names.RENEWED_COMPETITION);
    static final ProcessVariable<String> DEVIATION_REASON = ProcessVariable.text(Names.DEVIATION_REASON);
    static final ProcessVariable<String> DEVIATION_REPORT = ProcessVariable.text(Names.DEVIATION_REPORT);
    static final ProcessVariable<LocalDate> DEVIATION_REPORTED_ON = ProcessVariable.date(Names.DEVIATION_REPORTED_ON);
    static final ProcessVariable<String> DEVIATION_REPORT_REFERENCE = ProcessVariable.text(Names.DEVIATION_REPORT_REFERENCE);
    static final ProcessVariable<List<String>> POWER_OF_ATTORNEY_AGENCIES = ProcessVariable.strings(Names.POWER_OF_ATTORNEY_AGENCIES);
    static final ProcessVariable<String> POWERS_OF_ATTORNEY = ProcessVariable.text(Names.POWERS_OF_ATTORNEY);

    // the decision table's inputs and row
    static final ProcessVariable<Boolean> ANNEX_TWO = ProcessVariable.flag(Names.ANNEX_TWO);
    static final ProcessVariable<LocalDate> DECISION_DATE = ProcessVariable.date(Names.DECISION_DATE);
    static final ProcessVariable<Long> EARLIER_DIRECT_AWARDS = ProcessVariable.whole(Names.EARLIER_DIRECT_AWARDS);
    static final ProcessVariable<Long> DIRECT_AWARD_VALUE = ProcessVariable.whole(Names.DIRECT_AWARD_VALUE);
    static final ProcessVariable<String> VALUE_BASIS = ProcessVariable.text(Names.VALUE_BASIS);
    static final ProcessVariable<String> THRESHOLDS_MISSING = ProcessVariable.text(Names.THRESHOLDS_MISSING);
    static final ProcessVariable<String> PROCEDURE = ProcessVariable.text(Names.PROCEDURE);
    static final ProcessVariable<Boolean> DOCUMENTATION_REQUIRED = ProcessVariable.flag(Names.DOCUMENTATION_REQUIRED);
    static final ProcessVariable<Boolean> STANDSTILL_APPLIES = ProcessVariable.flag(Names.STANDSTILL_APPLIES);
    /** Stored as Integer, as the decision table gives it. */
    static final ProcessVariable<Integer> MINIMUM_TENDER_PERIOD_DAYS = ProcessVariable.count(
            Names.MINIMUM_TENDER_PERIOD_DAYS);
    static final ProcessVariable<Boolean> POST_AWARD_NOTICE = ProcessVariable.flag(Names.POST_AWARD_NOTICE);
    /** The engine's transient result of the business rule task, readable in its end listener; never stored. */
    static final ProcessVariable<org.camunda.bpm.dmn.engine.DmnDecisionResult> DECISION_RESULT = ProcessVariable.of(
            Names.DECISION_RESULT, value -> (org.camunda.bpm.dmn.engine.DmnDecisionResult) value, value -> value);

    // standstill, contract
    static final ProcessVariable<LocalDate> AWARD_SENT_ON = ProcessVariable.date(Names.AWARD_SENT_ON);
    static final ProcessVariable<Boolean> SENT_ELECTRONICALLY = ProcessVariable.flag(Names.SENT_ELECTRONICALLY);
    static final ProcessVariable<LocalDate> STANDSTILL_LAST_DAY = ProcessVariable.date(Names.STANDSTILL_LAST_DAY);
    /** The price of the contract (stored as decimal text, handed on to idea and course-delivery). */
    static final ProcessVariable<Money> CONTRACT_PRICE = ProcessVariable.money(Names.CONTRACT_PRICE);
    static final ProcessVariable<LocalDate> CONTRACT_START = ProcessVariable.date(Names.CONTRACT_START);
    static final ProcessVariable<LocalDate> CONTRACT_END = ProcessVariable.date(Names.CONTRACT_END);
    static final ProcessVariable<Long> TENDERS_RECEIVED = ProcessVariable.whole(Names.TENDERS_RECEIVED);
    static final ProcessVariable<LocalDate> POST_AWARD_NOTICE_DUE = ProcessVariable.date(Names.POST_AWARD_NOTICE_DUE);
    static final ProcessVariable<String> AGENCY_SHARE = ProcessVariable.text(Names.AGENCY_SHARE);
    static final ProcessVariable<String> AGENCY_NAME = ProcessVariable.text(Names.AGENCY_NAME);

    private ProcurementVariables() {
    }

    /** The typed variables' names as compile-time text. */
    public static final class Names {
        public static final String ESTIMATED_COST = "estimatedCost";
        public static final String CALL_OFF_PRICE = "callOffPrice";
        public static final String FRAMEWORK_AGREEMENT_NAME = "frameworkAgreementName";
        /** The framework agreement asks for a renewed competition among its suppliers. */
        public static final String RENEWED_COMPETITION = "renewedCompetition";
        public static final String DEVIATION_REASON = "deviationReason";
        /** The avstegsanmälan's text as the application prepares it (Swedish). */
        public static final String DEVIATION_REPORT = "deviationReport";
        public static final String DEVIATION_REPORTED_ON = "deviationReportedOn";
        public static final String DEVIATION_REPORT_REFERENCE = "deviationReportReference";
        public static final String POWER_OF_ATTORNEY_AGENCIES = "powerOfAttorneyAgencies";
        /** The powers of attorney given, in Swedish, for the documentation and the contract. */
        public static final String POWERS_OF_ATTORNEY = "powersOfAttorney";
        public static final String SUBJECT = "subject";
        public static final String CPV_CODE = "cpvCode";
        /** The contract's estimated value as LOU counts it: all payments over the whole term, options and extensions, excl. VAT; whole kronor (Long). */
        public static final String ESTIMATED_VALUE = "estimatedValue";
        /** The agency that procures on behalf of the others (a directory code, chosen in the requirement form). */
        public static final String PROCURING_AGENCY = "procuringAgency";
        public static final String PROCURING_AGENCY_NAME = "procuringAgencyName";
        public static final String MIN_CO_FUNDERS = "minCoFunders";
        public static final String ANNEX_TWO = "annexTwo";
        public static final String DECISION_DATE = "decisionDate";
        public static final String PROCEDURE = "procedure";
        public static final String DOCUMENTATION_REQUIRED = "documentationRequired";
        public static final String STANDSTILL_APPLIES = "standstillApplies";
        public static final String MINIMUM_TENDER_PERIOD_DAYS = "minimumTenderPeriodDays";
        public static final String POST_AWARD_NOTICE = "postAwardNotice";
        /** Direct awards of the same kind (CPV group, procuring agency) earlier in the financial year, whole kronor (Long). */
        public static final String EARLIER_DIRECT_AWARDS = "earlierDirectAwards";
        /** The value the direct award limit is checked against: estimated value + earlier direct awards (Long). */
        public static final String DIRECT_AWARD_VALUE = "directAwardValue";
        /** The sum and its parts in Swedish, shown to those who decide. */
        public static final String VALUE_BASIS = "valueBasis";
        /** Why the table gave no row (Swedish), shown to the network coordinator. */
        public static final String THRESHOLDS_MISSING = "thresholdsMissing";
        /** The engine's transient result of a business rule task (DmnDecisionResult), readable in its end listener; never stored. */
        public static final String DECISION_RESULT = "decisionResult";
        public static final String AGENCY_SHARE = "agencyShare";
        public static final String AGENCY_NAME = "agencyName";
        public static final String TENDERS_RECEIVED = "tendersReceived";
        public static final String CONTRACT_PRICE = "contractPrice";
        public static final String AWARD_SENT_ON = "awardSentOn";
        public static final String SENT_ELECTRONICALLY = "sentElectronically";
        public static final String STANDSTILL_LAST_DAY = "standstillLastDay";
        public static final String CONTRACT_START = "contractStart";
        public static final String CONTRACT_END = "contractEnd";
        public static final String POST_AWARD_NOTICE_DUE = "postAwardNoticeDue";

        private Names() {
        }
    }
}
