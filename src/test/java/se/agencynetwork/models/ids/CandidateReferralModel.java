package se.agencynetwork.models.ids;

/**
 * The element ids of {@code processes/candidate-referral.bpmn} that tests name, declared once: a test refers to them
 * through this class, and {@code ModelIdsTest} fails when the model no longer has one.
 */
public final class CandidateReferralModel {

    public static final String FILE = "processes/candidate-referral.bpmn";

    public static final String BOUNDARY_EVENT_ANSWER_DEADLINE_PASSED = "BoundaryEvent_AnswerDeadlinePassed";
    public static final String BOUNDARY_EVENT_CANDIDATE_DECLINED = "BoundaryEvent_CandidateDeclined";
    public static final String BOUNDARY_EVENT_REMINDER_DUE = "BoundaryEvent_ReminderDue";
    public static final String BOUNDARY_EVENT_SHARING_PERIOD_OVER = "BoundaryEvent_SharingPeriodOver";
    public static final String END_EVENT_CANDIDATE_REMINDED = "EndEvent_CandidateReminded";
    public static final String END_EVENT_REFERRAL_CLOSED = "EndEvent_ReferralClosed";
    public static final String GATEWAY_JOIN_CLOSING = "Gateway_JoinClosing";
    public static final String GATEWAY_JOIN_SHARING_END = "Gateway_JoinSharingEnd";
    public static final String RECEIVE_TASK_AWAIT_ANSWER = "ReceiveTask_AwaitAnswer";
    public static final String RECEIVE_TASK_PROFILE_SHARED = "ReceiveTask_ProfileShared";
    public static final String SERVICE_TASK_DELETE_CANDIDATE_DATA = "ServiceTask_DeleteCandidateData";
    public static final String SERVICE_TASK_REGISTER_REFERRAL = "ServiceTask_RegisterReferral";
    public static final String SERVICE_TASK_REMIND_CANDIDATE = "ServiceTask_RemindCandidate";
    public static final String SERVICE_TASK_REQUEST_CONSENT = "ServiceTask_RequestConsent";
    public static final String SERVICE_TASK_SHARE_PROFILE = "ServiceTask_ShareProfile";
    public static final String START_EVENT_REFERRAL_STARTED = "StartEvent_ReferralStarted";

    private CandidateReferralModel() {
    }
}
