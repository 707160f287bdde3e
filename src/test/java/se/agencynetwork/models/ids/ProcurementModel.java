package se.agencynetwork.models.ids;

/**
 * The element ids of {@code processes/procurement.bpmn} that tests name, declared once: a test refers to them through
 * this class, and {@code ModelIdsTest} fails when the model no longer has one.
 */
public final class ProcurementModel {

    public static final String FILE = "processes/procurement.bpmn";

    public static final String BOUNDARY_EVENT_AWARD_ALLOCATION_INVALID = "BoundaryEvent_AwardAllocationInvalid";
    public static final String BOUNDARY_EVENT_AWARD_SHARE_NOT_RECORDED = "BoundaryEvent_AwardShareNotRecorded";
    public static final String BOUNDARY_EVENT_PRELIMINARY_ALLOCATION_INVALID = "BoundaryEvent_PreliminaryAllocationInvalid";
    public static final String BOUNDARY_EVENT_START_SHARE_NOT_RECORDED = "BoundaryEvent_StartShareNotRecorded";
    public static final String BUSINESS_RULE_TASK_CHOOSE_PROCEDURE = "BusinessRuleTask_ChooseProcedure";
    public static final String END_EVENT_AWARD_TOO_FEW_CO_FUNDERS = "EndEvent_AwardTooFewCoFunders";
    public static final String END_EVENT_CONTRACTED = "EndEvent_Contracted";
    public static final String END_EVENT_COURT_STOPPED = "EndEvent_CourtStopped";
    public static final String END_EVENT_NO_ACCEPTABLE_TENDER = "EndEvent_NoAcceptableTender";
    public static final String END_EVENT_START_TOO_FEW_CO_FUNDERS = "EndEvent_StartTooFewCoFunders";
    public static final String GATEWAY_FRAMEWORK_AGREEMENT = "Gateway_FrameworkAgreement";
    public static final String GATEWAY_PROCEDURE = "Gateway_Procedure";
    public static final String GATEWAY_READY_FOR_CONTRACT = "Gateway_ReadyForContract";
    public static final String GATEWAY_STANDSTILL = "Gateway_Standstill";
    public static final String GATEWAY_STANDSTILL_DONE = "Gateway_StandstillDone";
    public static final String GATEWAY_THRESHOLDS_FOUND = "Gateway_ThresholdsFound";
    public static final String INTERMEDIATE_EVENT_REVIEW_APPLIED = "IntermediateEvent_ReviewApplied";
    public static final String INTERMEDIATE_EVENT_STANDSTILL_OVER = "IntermediateEvent_StandstillOver";
    public static final String INTERMEDIATE_EVENT_TENDER_DEADLINE = "IntermediateEvent_TenderDeadline";
    public static final String SERVICE_TASK_BOOK_AWARD_ALLOCATION = "ServiceTask_BookAwardAllocation";
    public static final String SERVICE_TASK_BOOK_PRELIMINARY_ALLOCATION = "ServiceTask_BookPreliminaryAllocation";
    public static final String SERVICE_TASK_CHECK_AWARD_APPROVALS = "ServiceTask_CheckAwardApprovals";
    public static final String SERVICE_TASK_CHECK_START_APPROVALS = "ServiceTask_CheckStartApprovals";
    public static final String SERVICE_TASK_CHOOSE_CALL_OFF = "ServiceTask_ChooseCallOff";
    public static final String SERVICE_TASK_COMPUTE_STANDSTILL = "ServiceTask_ComputeStandstill";
    public static final String SERVICE_TASK_NOTIFY_COST_SHARES = "ServiceTask_NotifyCostShares";
    public static final String SERVICE_TASK_PREPARE_POWERS_OF_ATTORNEY = "ServiceTask_PreparePowersOfAttorney";
    public static final String SERVICE_TASK_PREPARE_PROCEDURE_CHOICE = "ServiceTask_PrepareProcedureChoice";
    public static final String USER_TASK_ADD_THRESHOLDS = "UserTask_AddThresholds";
    public static final String USER_TASK_ADVERTISE_CALL = "UserTask_AdvertiseCall";
    public static final String USER_TASK_APPROVE_AWARD = "UserTask_ApproveAward";
    public static final String USER_TASK_APPROVE_START = "UserTask_ApproveStart";
    public static final String USER_TASK_CALL_OFF = "UserTask_CallOff";
    public static final String USER_TASK_DESCRIBE_REQUIREMENT = "UserTask_DescribeRequirement";
    public static final String USER_TASK_DOCUMENT_DIRECT_AWARD = "UserTask_DocumentDirectAward";
    public static final String USER_TASK_EVALUATE_TENDERS = "UserTask_EvaluateTenders";
    public static final String USER_TASK_GRANT_POWER_OF_ATTORNEY = "UserTask_GrantPowerOfAttorney";
    public static final String USER_TASK_POST_AWARD_NOTICE = "UserTask_PostAwardNotice";
    public static final String USER_TASK_REGISTER_CONTRACT = "UserTask_RegisterContract";
    public static final String USER_TASK_REGISTER_COURT_DECISION = "UserTask_RegisterCourtDecision";
    public static final String USER_TASK_REPORT_DEVIATION = "UserTask_ReportDeviation";
    public static final String USER_TASK_REQUEST_QUOTES = "UserTask_RequestQuotes";
    public static final String USER_TASK_SEND_AWARD_DECISION = "UserTask_SendAwardDecision";

    private ProcurementModel() {
    }
}
