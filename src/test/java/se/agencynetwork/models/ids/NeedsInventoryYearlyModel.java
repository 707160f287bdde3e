package se.agencynetwork.models.ids;

/**
 * The element ids of {@code processes/needs-inventory-yearly.bpmn} that tests name, declared once: a test refers to them through
 * this class, and {@code ModelIdsTest} fails when the model no longer has one.
 */
public final class NeedsInventoryYearlyModel {

    public static final String FILE = "processes/needs-inventory-yearly.bpmn";

    public static final String START_EVENT_YEARLY = "StartEvent_Yearly";

    private NeedsInventoryYearlyModel() {
    }
}
