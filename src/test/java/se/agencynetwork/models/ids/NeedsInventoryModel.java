package se.agencynetwork.models.ids;

/**
 * The element ids of {@code processes/needs-inventory.bpmn} that tests name, declared once: a test refers to them through
 * this class, and {@code ModelIdsTest} fails when the model no longer has one.
 */
public final class NeedsInventoryModel {

    public static final String FILE = "processes/needs-inventory.bpmn";

    public static final String BOUNDARY_EVENT_REPORT_DEADLINE = "BoundaryEvent_ReportDeadline";
    public static final String END_EVENT_PLAN_DECIDED = "EndEvent_PlanDecided";
    public static final String SERVICE_TASK_COMPILE_NEEDS = "ServiceTask_CompileNeeds";
    public static final String SERVICE_TASK_PREPARE_INVENTORY = "ServiceTask_PrepareInventory";
    public static final String SERVICE_TASK_START_IDEAS = "ServiceTask_StartIdeas";
    public static final String START_EVENT_INVENTORY_STARTED = "StartEvent_InventoryStarted";
    public static final String USER_TASK_CONSOLIDATE_NEEDS = "UserTask_ConsolidateNeeds";
    public static final String USER_TASK_REPORT_NEEDS = "UserTask_ReportNeeds";

    private NeedsInventoryModel() {
    }
}
