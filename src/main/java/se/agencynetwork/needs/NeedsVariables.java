package se.agencynetwork.needs;

/** Process key and variable names of the {@code needs-inventory} process ("Behovsinventering"). */
public final class NeedsVariables {

    public static final String PROCESS_KEY = "needs-inventory";
    public static final String BUSINESS_KEY_PREFIX = "NEEDS";

    public static final String REPORT_DEADLINE = "reportDeadline";
    public static final String INVENTORY_NOTE = "inventoryNote";
    public static final String INVENTORY_AGENCIES = "inventoryAgencies";
    public static final String REPORT_DEADLINE_AT = "reportDeadlineAt";
    public static final String AGENCY = "agency";
    public static final String HAS_NEEDS = "hasNeeds";
    public static final String NEEDS = "needs";
    public static final String NEED_OPTIONS = "needOptions";
    public static final String NEEDS_SUMMARY = "needsSummary";
    public static final String NEEDS_COUNT = "needsCount";
    public static final String CHOSEN_NEEDS = "chosenNeeds";
    public static final String PLAN_SUMMARY = "planSummary";
    public static final String STARTED_IDEAS = "startedIdeas";

    public static final String START_FORM = "needsStartForm";
    public static final String REPORT_FORM = "needsReportForm";
    public static final String CONSOLIDATE_FORM = "needsConsolidateForm";

    private NeedsVariables() {
    }
}
