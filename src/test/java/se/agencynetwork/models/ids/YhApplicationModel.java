package se.agencynetwork.models.ids;

/**
 * The element ids of {@code processes/yh-application.bpmn} that tests name, declared once: a test refers to them through
 * this class, and {@code ModelIdsTest} fails when the model no longer has one.
 */
public final class YhApplicationModel {

    public static final String FILE = "processes/yh-application.bpmn";

    public static final String BOUNDARY_EVENT_DECISION_RECEIVED = "BoundaryEvent_DecisionReceived";
    public static final String BOUNDARY_EVENT_LETTER_DEADLINE = "BoundaryEvent_LetterDeadline";
    public static final String BOUNDARY_EVENT_LETTER_REMINDER = "BoundaryEvent_LetterReminder";
    public static final String BOUNDARY_EVENT_ROUND_REMINDER = "BoundaryEvent_RoundReminder";
    public static final String END_EVENT_APPLICATION_REJECTED = "EndEvent_ApplicationRejected";
    public static final String END_EVENT_PROGRAMME_APPROVED = "EndEvent_ProgrammeApproved";
    public static final String END_EVENT_TOO_LITTLE_SUPPORT = "EndEvent_TooLittleSupport";
    public static final String GATEWAY_APPROVED = "Gateway_Approved";
    public static final String GATEWAY_DECISION_IN = "Gateway_DecisionIn";
    public static final String GATEWAY_ENOUGH_SUPPORT = "Gateway_EnoughSupport";
    public static final String GATEWAY_JOIN_ROUND = "Gateway_JoinRound";
    public static final String GATEWAY_TRY_AGAIN = "Gateway_TryAgain";
    public static final String INTERMEDIATE_EVENT_NEXT_ROUND_OPENS = "IntermediateEvent_NextRoundOpens";
    public static final String SERVICE_TASK_ANNOUNCE_APPROVAL = "ServiceTask_AnnounceApproval";
    public static final String SERVICE_TASK_ANNOUNCE_REJECTION = "ServiceTask_AnnounceRejection";
    public static final String SERVICE_TASK_COMPILE_SUPPORT = "ServiceTask_CompileSupport";
    public static final String SERVICE_TASK_PREPARE_APPLICATION = "ServiceTask_PrepareApplication";
    public static final String SERVICE_TASK_PREPARE_ROUND = "ServiceTask_PrepareRound";
    public static final String SERVICE_TASK_RECORD_SILENCE = "ServiceTask_RecordSilence";
    public static final String SERVICE_TASK_REMIND_LETTERS = "ServiceTask_RemindLetters";
    public static final String SERVICE_TASK_REMIND_ROUND = "ServiceTask_RemindRound";
    public static final String SERVICE_TASK_REPORT_TOO_LITTLE_SUPPORT = "ServiceTask_ReportTooLittleSupport";
    public static final String SERVICE_TASK_REQUEST_LETTERS = "ServiceTask_RequestLetters";
    public static final String START_EVENT_YH_PROPOSED = "StartEvent_YhProposed";
    public static final String USER_TASK_ANSWER_LETTER = "UserTask_AnswerLetter";
    public static final String USER_TASK_CONFIRM_SUBMITTED = "UserTask_ConfirmSubmitted";
    public static final String USER_TASK_DESCRIBE_NEED = "UserTask_DescribeNeed";
    public static final String USER_TASK_LESSONS_LEARNED = "UserTask_LessonsLearned";
    public static final String USER_TASK_PLAN_START = "UserTask_PlanStart";
    public static final String USER_TASK_REGISTER_DECISION = "UserTask_RegisterDecision";
    public static final String USER_TASK_REGISTER_PROVIDER = "UserTask_RegisterProvider";

    private YhApplicationModel() {
    }
}
