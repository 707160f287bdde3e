package se.agencynetwork.models.ids;

/**
 * The element ids of {@code processes/idea.bpmn} that tests name, declared once: a test refers to them through
 * this class, and {@code ModelIdsTest} fails when the model no longer has one.
 */
public final class IdeaModel {

    public static final String FILE = "processes/idea.bpmn";

    public static final String BOUNDARY_EVENT_INTEREST_DEADLINE = "BoundaryEvent_InterestDeadline";
    public static final String BOUNDARY_EVENT_INTEREST_REMINDER = "BoundaryEvent_InterestReminder";
    public static final String CALL_ACTIVITY_COURSE_DELIVERY = "CallActivity_CourseDelivery";
    public static final String CALL_ACTIVITY_PROCURED_COURSE_DELIVERY = "CallActivity_ProcuredCourseDelivery";
    public static final String CALL_ACTIVITY_PROCUREMENT = "CallActivity_Procurement";
    public static final String CALL_ACTIVITY_YH_APPLICATION = "CallActivity_YhApplication";
    public static final String CALL_ACTIVITY_RECRUITMENT_ACTIVITY = "CallActivity_RecruitmentActivity";
    public static final String END_EVENT_MERGED = "EndEvent_Merged";
    public static final String END_EVENT_REJECTED = "EndEvent_Rejected";
    public static final String END_EVENT_REMINDED = "EndEvent_Reminded";
    public static final String END_EVENT_TO_COURSE_DELIVERY = "EndEvent_ToCourseDelivery";
    public static final String END_EVENT_TO_PROCURED_COURSE_DELIVERY = "EndEvent_ToProcuredCourseDelivery";
    public static final String END_EVENT_TO_YH_APPLICATION = "EndEvent_ToYhApplication";
    public static final String END_EVENT_TO_RECRUITMENT_ACTIVITY = "EndEvent_ToRecruitmentActivity";
    public static final String GATEWAY_APPROVED = "Gateway_Approved";
    public static final String GATEWAY_PROCUREMENT_OUTCOME = "Gateway_ProcurementOutcome";
    public static final String SERVICE_TASK_MERGE_DUPLICATE = "ServiceTask_MergeDuplicate";
    public static final String SERVICE_TASK_PREPARE_INTEREST_ROUND = "ServiceTask_PrepareInterestRound";
    public static final String SERVICE_TASK_RECORD_REJECTION = "ServiceTask_RecordRejection";
    public static final String SERVICE_TASK_REGISTER_IDEA = "ServiceTask_RegisterIdea";
    public static final String SERVICE_TASK_REMIND_AGENCIES = "ServiceTask_RemindAgencies";
    public static final String SERVICE_TASK_SUMMARIZE_INTEREST = "ServiceTask_SummarizeInterest";
    public static final String START_EVENT_IDEA_SUBMITTED = "StartEvent_IdeaSubmitted";
    public static final String USER_TASK_COMPLETE_IDEA = "UserTask_CompleteIdea";
    public static final String USER_TASK_DECIDE_IDEA = "UserTask_DecideIdea";
    public static final String USER_TASK_SCREEN_IDEA = "UserTask_ScreenIdea";
    public static final String USER_TASK_SHAPE_IDEA = "UserTask_ShapeIdea";
    public static final String USER_TASK_STATE_INTEREST = "UserTask_StateInterest";

    private IdeaModel() {
    }
}
