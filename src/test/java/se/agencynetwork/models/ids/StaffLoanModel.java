package se.agencynetwork.models.ids;

/**
 * The element ids of {@code processes/staff-loan.bpmn} that tests name, declared once: a test refers to them through
 * this class, and {@code ModelIdsTest} fails when the model no longer has one.
 */
public final class StaffLoanModel {

    public static final String FILE = "processes/staff-loan.bpmn";

    public static final String BOUNDARY_EVENT_ANSWER_DATE_PASSED = "BoundaryEvent_AnswerDatePassed";
    public static final String BOUNDARY_EVENT_MONTH_BEFORE_END = "BoundaryEvent_MonthBeforeEnd";
    public static final String END_EVENT_LOAN_ENDED = "EndEvent_LoanEnded";
    public static final String END_EVENT_LOAN_EVALUATED = "EndEvent_LoanEvaluated";
    public static final String SERVICE_TASK_OPEN_EVALUATION = "ServiceTask_OpenEvaluation";
    public static final String START_EVENT_LOAN_RUNS = "StartEvent_LoanRuns";
    public static final String SUB_PROCESS_RUNNING_LOAN = "SubProcess_RunningLoan";
    public static final String USER_TASK_EVALUATE_LOAN = "UserTask_EvaluateLoan";
    public static final String END_EVENT_REMINDED = "EndEvent_Reminded";
    public static final String END_EVENT_AGREEMENT_NOT_APPROVED = "EndEvent_AgreementNotApproved";
    public static final String END_EVENT_NEED_RETURNED = "EndEvent_NeedReturned";
    public static final String END_EVENT_NO_LOAN = "EndEvent_NoLoan";
    public static final String GATEWAY_ANY_OFFER = "Gateway_AnyOffer";
    public static final String GATEWAY_AWAIT_CHANGE = "Gateway_AwaitChange";
    public static final String GATEWAY_CHANGE_DONE = "Gateway_ChangeDone";
    public static final String GATEWAY_CHANGE_KIND = "Gateway_ChangeKind";
    public static final String GATEWAY_EXTENSION_APPROVED = "Gateway_ExtensionApproved";
    public static final String GATEWAY_LOAN_OVER = "Gateway_LoanOver";
    public static final String GATEWAY_NEXT_MONTH = "Gateway_NextMonth";
    public static final String GATEWAY_SPLIT_LOAN = "Gateway_SplitLoan";
    public static final String INTERMEDIATE_EVENT_MONTH_OVER = "IntermediateEvent_MonthOver";
    public static final String GATEWAY_BORROWER_APPROVES = "Gateway_BorrowerApproves";
    public static final String GATEWAY_CONSENT_GIVEN = "Gateway_ConsentGiven";
    public static final String GATEWAY_JOIN_APPROVALS = "Gateway_JoinApprovals";
    public static final String GATEWAY_JOIN_OFFERS = "Gateway_JoinOffers";
    public static final String GATEWAY_LENDER_APPROVES = "Gateway_LenderApproves";
    public static final String GATEWAY_NEED_PUBLISHABLE = "Gateway_NeedPublishable";
    public static final String GATEWAY_OFFER_CHOSEN = "Gateway_OfferChosen";
    public static final String GATEWAY_SPLIT_APPROVALS = "Gateway_SplitApprovals";
    public static final String SERVICE_TASK_BOOK_MONTH = "ServiceTask_BookMonth";
    public static final String SERVICE_TASK_CHANGE_EXTENT = "ServiceTask_ChangeExtent";
    public static final String SERVICE_TASK_END_EARLY = "ServiceTask_EndEarly";
    public static final String SERVICE_TASK_END_LOAN = "ServiceTask_EndLoan";
    public static final String SERVICE_TASK_EXTEND = "ServiceTask_Extend";
    public static final String SERVICE_TASK_REFUSE_EXTENSION = "ServiceTask_RefuseExtension";
    public static final String SERVICE_TASK_REMIND_END = "ServiceTask_RemindEnd";
    public static final String SERVICE_TASK_CLOSE_WITHOUT_LOAN = "ServiceTask_CloseWithoutLoan";
    public static final String SERVICE_TASK_COMPILE_OFFERS = "ServiceTask_CompileOffers";
    public static final String SERVICE_TASK_COMPUTE_REIMBURSEMENT = "ServiceTask_ComputeReimbursement";
    public static final String SERVICE_TASK_CONCLUDE_AGREEMENT = "ServiceTask_ConcludeAgreement";
    public static final String SERVICE_TASK_INFORM_PERSON = "ServiceTask_InformPerson";
    public static final String SERVICE_TASK_PUBLISH_NEED = "ServiceTask_PublishNeed";
    public static final String SERVICE_TASK_RECORD_REFUSAL = "ServiceTask_RecordRefusal";
    public static final String SERVICE_TASK_REGISTER_NEED = "ServiceTask_RegisterNeed";
    public static final String SERVICE_TASK_RETURN_NEED = "ServiceTask_ReturnNeed";
    public static final String START_EVENT_NEED_POSTED = "StartEvent_NeedPosted";
    public static final String USER_TASK_APPROVE_AS_BORROWER = "UserTask_ApproveAsBorrower";
    public static final String USER_TASK_APPROVE_AS_LENDER = "UserTask_ApproveAsLender";
    public static final String USER_TASK_APPROVE_EXTENSION = "UserTask_ApproveExtension";
    public static final String USER_TASK_CHANGE_LOAN = "UserTask_ChangeLoan";
    public static final String USER_TASK_CHOOSE_OFFER = "UserTask_ChooseOffer";
    public static final String USER_TASK_DRAFT_TERMS = "UserTask_DraftTerms";
    public static final String USER_TASK_OFFER_STAFF = "UserTask_OfferStaff";
    public static final String USER_TASK_RECORD_CONSENT = "UserTask_RecordConsent";
    public static final String USER_TASK_REVIEW_NEED = "UserTask_ReviewNeed";

    private StaffLoanModel() {
    }
}
