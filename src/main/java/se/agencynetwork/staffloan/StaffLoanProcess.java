package se.agencynetwork.staffloan;

/**
 * Staff loans between agencies ("Utlån av personal", {@code processes/staff-loan.bpmn}): its key,
 * business key prefix and form ids in one place; its variables are {@link StaffLoanVariables}.
 */
public final class StaffLoanProcess {

    public static final String KEY = "staff-loan";
    public static final String BUSINESS_KEY_PREFIX = "LOAN";

    public static final String START_FORM = "staffLoanNeedForm";
    /** The timer "Månaden är slut" that waits for the next month (or the last day) to be over. */
    static final String MONTH_OVER_EVENT = "IntermediateEvent_MonthOver";
    public static final String REVIEW_FORM = "staffLoanReviewForm";
    public static final String OFFER_FORM = "staffLoanOfferForm";
    public static final String CHOICE_FORM = "staffLoanChoiceForm";
    public static final String TERMS_FORM = "staffLoanTermsForm";
    public static final String APPROVAL_FORM = "staffLoanApprovalForm";
    public static final String CONSENT_FORM = "staffLoanConsentForm";
    public static final String CHANGE_FORM = "staffLoanChangeForm";
    public static final String EXTENSION_FORM = "staffLoanExtensionForm";
    public static final String EVALUATION_FORM = "staffLoanEvaluationForm";

    /** The user tasks whose end listeners need to know which of the two heads approved. */
    static final String APPROVE_AS_BORROWER = "UserTask_ApproveAsBorrower";
    static final String APPROVE_AS_LENDER = "UserTask_ApproveAsLender";

    private StaffLoanProcess() {
    }
}
