package se.agencynetwork.models.ids;

/**
 * The element ids of {@code processes/course-evaluation.bpmn} that tests name, declared once: a test refers to them through
 * this class, and {@code ModelIdsTest} fails when the model no longer has one.
 */
public final class CourseEvaluationModel {

    public static final String FILE = "processes/course-evaluation.bpmn";

    public static final String END_EVENT_EVALUATION_DONE = "EndEvent_EvaluationDone";
    public static final String GATEWAY_REPORT_HANDLED = "Gateway_ReportHandled";
    public static final String GATEWAY_REVIEW_DONE = "Gateway_ReviewDone";
    public static final String INTERMEDIATE_EVENT_FOLLOW_UP_DUE = "IntermediateEvent_FollowUpDue";
    public static final String INTERMEDIATE_EVENT_SURVEY_CLOSED = "IntermediateEvent_SurveyClosed";
    public static final String SERVICE_TASK_COMPILE_RESULTS = "ServiceTask_CompileResults";
    public static final String SERVICE_TASK_SEND_SURVEYS = "ServiceTask_SendSurveys";
    public static final String SERVICE_TASK_START_FOLLOW_UP_IDEAS = "ServiceTask_StartFollowUpIdeas";
    public static final String START_EVENT_COURSE_HELD = "StartEvent_CourseHeld";
    public static final String USER_TASK_FOLLOW_UP_WITH_MANAGERS = "UserTask_FollowUpWithManagers";
    public static final String USER_TASK_REVIEW_REPORT = "UserTask_ReviewReport";
    public static final String USER_TASK_WRITE_REPORT = "UserTask_WriteReport";

    private CourseEvaluationModel() {
    }
}
