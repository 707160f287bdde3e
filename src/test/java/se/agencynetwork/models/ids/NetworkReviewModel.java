package se.agencynetwork.models.ids;

/**
 * The element ids of {@code processes/network-review.bpmn} that tests name, declared once: a test refers to them through
 * this class, and {@code ModelIdsTest} fails when the model no longer has one.
 */
public final class NetworkReviewModel {

    public static final String FILE = "processes/network-review.bpmn";

    public static final String BOUNDARY_EVENT_RESPONSE_DEADLINE_PASSED = "BoundaryEvent_ResponseDeadlinePassed";
    public static final String END_EVENT_NEXT_YEAR_DECIDED = "EndEvent_NextYearDecided";
    public static final String GATEWAY_JOIN_ANSWERS = "Gateway_JoinAnswers";
    public static final String GATEWAY_JOIN_COMPILATION = "Gateway_JoinCompilation";
    public static final String GATEWAY_NEEDS_COMPLETION = "Gateway_NeedsCompletion";
    public static final String SERVICE_TASK_COMPILE_ANSWERS = "ServiceTask_CompileAnswers";
    public static final String SERVICE_TASK_PREPARE_REVIEW_ROUND = "ServiceTask_PrepareReviewRound";
    public static final String SERVICE_TASK_RECORD_DECISION = "ServiceTask_RecordDecision";
    public static final String START_EVENT_YEARLY_REVIEW = "StartEvent_YearlyReview";
    public static final String USER_TASK_COMPILE_REVIEW = "UserTask_CompileReview";
    public static final String USER_TASK_DECIDE_NEXT_YEAR = "UserTask_DecideNextYear";
    public static final String USER_TASK_RATE_NETWORK_BENEFIT = "UserTask_RateNetworkBenefit";

    private NetworkReviewModel() {
    }
}
