package se.agencynetwork.models.ids;

/**
 * The element ids of {@code processes/mentorship.bpmn} that tests name, declared once: a test refers to them through
 * this class, and {@code ModelIdsTest} fails when the model no longer has one.
 */
public final class MentorshipModel {

    public static final String FILE = "processes/mentorship.bpmn";

    public static final String BOUNDARY_EVENT_APPROVAL_DEADLINE = "BoundaryEvent_ApprovalDeadline";
    public static final String BOUNDARY_EVENT_PARTICIPATION_DEADLINE = "BoundaryEvent_ParticipationDeadline";
    public static final String BOUNDARY_EVENT_PERIOD_OVER = "BoundaryEvent_PeriodOver";
    public static final String END_EVENT_PROGRAMME_CANCELLED = "EndEvent_ProgrammeCancelled";
    public static final String END_EVENT_PROGRAMME_CLOSED = "EndEvent_ProgrammeClosed";
    public static final String GATEWAY_ANY_ACCEPTED_PAIRS = "Gateway_AnyAcceptedPairs";
    public static final String GATEWAY_ANY_DECLINE = "Gateway_AnyDecline";
    public static final String GATEWAY_ANY_EVALUATION_ANSWERS = "Gateway_AnyEvaluationAnswers";
    public static final String GATEWAY_APPROVAL_CLOSED = "Gateway_ApprovalClosed";
    public static final String GATEWAY_EARLY_END_CLOSED = "Gateway_EarlyEndClosed";
    public static final String GATEWAY_EVALUATION_DONE = "Gateway_EvaluationDone";
    public static final String GATEWAY_JOIN_MATCHING = "Gateway_JoinMatching";
    public static final String GATEWAY_NEW_PAIRS = "Gateway_NewPairs";
    public static final String GATEWAY_PARTICIPATION_CLOSED = "Gateway_ParticipationClosed";
    public static final String GATEWAY_PERIOD_OVER = "Gateway_PeriodOver";
    public static final String GATEWAY_PROGRAMME_RUNS = "Gateway_ProgrammeRuns";
    public static final String INTERMEDIATE_EVENT_CLOSING = "IntermediateEvent_Closing";
    public static final String INTERMEDIATE_EVENT_EVALUATION_CLOSED = "IntermediateEvent_EvaluationClosed";
    public static final String INTERMEDIATE_EVENT_KICK_OFF = "IntermediateEvent_KickOff";
    public static final String INTERMEDIATE_EVENT_MID_POINT = "IntermediateEvent_MidPoint";
    public static final String SERVICE_TASK_BOOK_COSTS = "ServiceTask_BookCosts";
    public static final String SERVICE_TASK_CANCEL_PROGRAMME = "ServiceTask_CancelProgramme";
    public static final String SERVICE_TASK_CLOSE_PROGRAMME = "ServiceTask_CloseProgramme";
    public static final String SERVICE_TASK_COMPILE_ANSWERS = "ServiceTask_CompileAnswers";
    public static final String SERVICE_TASK_COMPILE_EVALUATION = "ServiceTask_CompileEvaluation";
    public static final String SERVICE_TASK_COMPILE_NOMINATIONS = "ServiceTask_CompileNominations";
    public static final String SERVICE_TASK_INVITE_TO_KICK_OFF = "ServiceTask_InviteToKickOff";
    public static final String SERVICE_TASK_PREPARE_PROGRAMME = "ServiceTask_PrepareProgramme";
    public static final String SERVICE_TASK_PROPOSE_MATCHING = "ServiceTask_ProposeMatching";
    public static final String SERVICE_TASK_RECORD_MATCHING = "ServiceTask_RecordMatching";
    public static final String SERVICE_TASK_SEND_EVALUATION = "ServiceTask_SendEvaluation";
    public static final String SERVICE_TASK_SEND_EVALUATION_REPORT = "ServiceTask_SendEvaluationReport";
    public static final String START_EVENT_PROGRAMME_OPENED = "StartEvent_ProgrammeOpened";
    public static final String USER_TASK_ANSWER_MATCH = "UserTask_AnswerMatch";
    public static final String USER_TASK_APPROVE_NOMINATIONS = "UserTask_ApproveNominations";
    public static final String USER_TASK_CLOSING_CHECK_IN = "UserTask_ClosingCheckIn";
    public static final String USER_TASK_CONFIRM_MATCHING = "UserTask_ConfirmMatching";
    public static final String USER_TASK_MID_POINT_CHECK_IN = "UserTask_MidPointCheckIn";
    public static final String USER_TASK_REPORT_EARLY_END = "UserTask_ReportEarlyEnd";
    public static final String USER_TASK_STATE_PARTICIPATION = "UserTask_StateParticipation";
    public static final String USER_TASK_WRITE_EVALUATION_REPORT = "UserTask_WriteEvaluationReport";
    public static final String FLOW_APPROVAL_SILENCE = "Flow_ApprovalSilence";
    public static final String FLOW_NEW_PAIRS_PROPOSED = "Flow_NewPairsProposed";
    public static final String FLOW_NO_ACCEPTED_PAIRS = "Flow_NoAcceptedPairs";
    public static final String FLOW_NO_NEW_PAIRS = "Flow_NoNewPairs";
    public static final String FLOW_NOBODY_DECLINED = "Flow_NobodyDeclined";
    public static final String FLOW_PAIRS_ACCEPTED = "Flow_PairsAccepted";
    public static final String FLOW_PARTICIPATION_SILENCE = "Flow_ParticipationSilence";
    public static final String FLOW_SOMEONE_DECLINED = "Flow_SomeoneDeclined";

    private MentorshipModel() {
    }
}
