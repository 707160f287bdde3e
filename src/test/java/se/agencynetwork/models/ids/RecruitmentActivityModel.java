package se.agencynetwork.models.ids;

/**
 * The element ids of {@code processes/recruitment-activity.bpmn} that tests name, declared once: a test refers to them
 * through this class, and {@code ModelIdsTest} fails when the model no longer has one.
 */
public final class RecruitmentActivityModel {

    public static final String FILE = "processes/recruitment-activity.bpmn";

    public static final String BOUNDARY_EVENT_FOLLOW_UP_DEADLINE = "BoundaryEvent_FollowUpDeadline";
    public static final String BOUNDARY_EVENT_SIGN_UP_DEADLINE = "BoundaryEvent_SignUpDeadline";
    public static final String BOUNDARY_EVENT_SIGN_UP_REMINDER = "BoundaryEvent_SignUpReminder";
    public static final String END_EVENT_CANCELLED = "EndEvent_Cancelled";
    public static final String END_EVENT_FOLLOWED_UP = "EndEvent_FollowedUp";
    public static final String END_EVENT_NO_PARTICIPANTS = "EndEvent_NoParticipants";
    public static final String END_EVENT_SIGN_UP_REMINDED = "EndEvent_SignUpReminded";
    public static final String GATEWAY_ANY_SIGNED_UP = "Gateway_AnySignedUp";
    public static final String GATEWAY_EVENT_HELD = "Gateway_EventHeld";
    public static final String GATEWAY_FOLLOW_UP_CLOSED = "Gateway_FollowUpClosed";
    public static final String GATEWAY_SIGN_UP_CLOSED = "Gateway_SignUpClosed";
    public static final String INTERMEDIATE_EVENT_SIX_MONTHS_LATER = "IntermediateEvent_SixMonthsLater";
    public static final String SERVICE_TASK_CANCEL_ACTIVITY = "ServiceTask_CancelActivity";
    public static final String SERVICE_TASK_CLOSE_ACTIVITY = "ServiceTask_CloseActivity";
    public static final String SERVICE_TASK_CLOSE_WITHOUT_PARTICIPANTS = "ServiceTask_CloseWithoutParticipants";
    public static final String SERVICE_TASK_COMPILE_HIRES = "ServiceTask_CompileHires";
    public static final String SERVICE_TASK_COMPILE_SIGN_UPS = "ServiceTask_CompileSignUps";
    public static final String SERVICE_TASK_OPEN_FOLLOW_UP = "ServiceTask_OpenFollowUp";
    public static final String SERVICE_TASK_OPEN_SIGN_UP = "ServiceTask_OpenSignUp";
    public static final String SERVICE_TASK_REGISTER_ACTIVITY = "ServiceTask_RegisterActivity";
    public static final String SERVICE_TASK_REMIND_SIGN_UP = "ServiceTask_RemindSignUp";
    public static final String SERVICE_TASK_SHARE_COST = "ServiceTask_ShareCost";
    public static final String START_EVENT_ACTIVITY_DECIDED = "StartEvent_ActivityDecided";
    public static final String USER_TASK_PLAN_ACTIVITY = "UserTask_PlanActivity";
    public static final String USER_TASK_RECORD_EVENT = "UserTask_RecordEvent";
    public static final String USER_TASK_REPORT_HIRES = "UserTask_ReportHires";
    public static final String USER_TASK_REVIEW_SUMMARY = "UserTask_ReviewSummary";
    public static final String USER_TASK_SIGN_UP = "UserTask_SignUp";

    private RecruitmentActivityModel() {
    }
}
