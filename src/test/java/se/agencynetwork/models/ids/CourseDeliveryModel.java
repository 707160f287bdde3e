package se.agencynetwork.models.ids;

/**
 * The element ids of {@code processes/course-delivery.bpmn} that tests name, declared once: a test refers to them through
 * this class, and {@code ModelIdsTest} fails when the model no longer has one.
 */
public final class CourseDeliveryModel {

    public static final String FILE = "processes/course-delivery.bpmn";

    public static final String BOUNDARY_EVENT_COURSE_STARTED = "BoundaryEvent_CourseStarted";
    public static final String BOUNDARY_EVENT_OCCASION_CHANGED = "BoundaryEvent_OccasionChanged";
    public static final String BOUNDARY_EVENT_REGISTRATION_CLOSED = "BoundaryEvent_RegistrationClosed";
    public static final String CALL_ACTIVITY_COURSE_EVALUATION = "CallActivity_CourseEvaluation";
    public static final String END_EVENT_COURSE_CANCELLED = "EndEvent_CourseCancelled";
    public static final String END_EVENT_COURSE_DELIVERED = "EndEvent_CourseDelivered";
    public static final String END_EVENT_OCCASION_CHANGED = "EndEvent_OccasionChanged";
    public static final String INTERMEDIATE_EVENT_REMINDER_DUE = "IntermediateEvent_ReminderDue";
    public static final String SERVICE_TASK_ALLOCATE_SEATS = "ServiceTask_AllocateSeats";
    public static final String SERVICE_TASK_BOOK_FINAL_COSTS = "ServiceTask_BookFinalCosts";
    public static final String SERVICE_TASK_CANCEL_COURSE = "ServiceTask_CancelCourse";
    public static final String SERVICE_TASK_COMPILE_REGISTRATIONS = "ServiceTask_CompileRegistrations";
    public static final String SERVICE_TASK_OFFER_UNUSED_SEATS = "ServiceTask_OfferUnusedSeats";
    public static final String SERVICE_TASK_PREPARE_DELIVERY = "ServiceTask_PrepareDelivery";
    public static final String SERVICE_TASK_PREPARE_EVALUATION = "ServiceTask_PrepareEvaluation";
    public static final String SERVICE_TASK_SEND_INVITATIONS = "ServiceTask_SendInvitations";
    public static final String SERVICE_TASK_SEND_REMINDERS = "ServiceTask_SendReminders";
    public static final String SERVICE_TASK_SEND_UPDATE = "ServiceTask_SendUpdate";
    public static final String START_EVENT_DELIVERY_DECIDED = "StartEvent_DeliveryDecided";
    public static final String USER_TASK_CHANGE_OCCASION = "UserTask_ChangeOccasion";
    public static final String USER_TASK_DECIDE_TOO_FEW = "UserTask_DecideTooFew";
    public static final String USER_TASK_PLAN_OCCASION = "UserTask_PlanOccasion";
    public static final String USER_TASK_REGISTER_ATTENDANCE = "UserTask_RegisterAttendance";
    public static final String USER_TASK_REGISTER_PARTICIPANTS = "UserTask_RegisterParticipants";

    private CourseDeliveryModel() {
    }
}
