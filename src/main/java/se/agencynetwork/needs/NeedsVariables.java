package se.agencynetwork.needs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.camunda.spin.json.SpinJsonNode;

import com.fasterxml.jackson.databind.JsonNode;

import se.agencynetwork.process.ProcessJson;
import se.agencynetwork.process.ProcessVariable;

/**
 * Process key and variables of the {@code needs-inventory} process ("Behovsinventering"), each
 * declared once, typed; {@link Names} holds the same names as compile-time text for annotations.
 */
public final class NeedsVariables {

    public static final String PROCESS_KEY = "needs-inventory";
    public static final String BUSINESS_KEY_PREFIX = "NEEDS";

    static final ProcessVariable<LocalDate> REPORT_DEADLINE = ProcessVariable.date(Names.REPORT_DEADLINE);
    static final ProcessVariable<String> INVENTORY_NOTE = ProcessVariable.text(Names.INVENTORY_NOTE);
    static final ProcessVariable<List<String>> INVENTORY_AGENCIES = ProcessVariable.strings(Names.INVENTORY_AGENCIES);
    /** The reports are due: the end of the deadline day in Sweden, as a {@code Date} for the timer. */
    static final ProcessVariable<Instant> REPORT_DEADLINE_AT = ProcessVariable.moment(Names.REPORT_DEADLINE_AT);
    /** The agency of one report: the multi-instance element variable, local to the agency's task. */
    static final ProcessVariable<String> AGENCY = ProcessVariable.text(Names.AGENCY);
    /** {@code "yes"} or {@code "no"}. */
    static final ProcessVariable<String> HAS_NEEDS = ProcessVariable.text(Names.HAS_NEEDS);
    /** The report form's dynamic list (title, description, kind, targetGroup, participants), read as JSON. */
    static final ProcessVariable<JsonNode> NEEDS = ProcessVariable.of(Names.NEEDS, ProcessJson::toJson,
            ProcessJson::json);
    static final ProcessVariable<SpinJsonNode> NEED_OPTIONS = ProcessVariable.json(Names.NEED_OPTIONS);
    static final ProcessVariable<SpinJsonNode> NEEDS_SUMMARY = ProcessVariable.json(Names.NEEDS_SUMMARY);
    static final ProcessVariable<Integer> NEEDS_COUNT = ProcessVariable.count(Names.NEEDS_COUNT);
    /** The needs the council chose to become ideas (their ids, {@code agency#no}). */
    static final ProcessVariable<List<String>> CHOSEN_NEEDS = ProcessVariable.strings(Names.CHOSEN_NEEDS);
    static final ProcessVariable<List<String>> STARTED_IDEAS = ProcessVariable.strings(Names.STARTED_IDEAS);

    public static final String START_FORM = "needsStartForm";
    public static final String REPORT_FORM = "needsReportForm";
    public static final String CONSOLIDATE_FORM = "needsConsolidateForm";

    private NeedsVariables() {
    }

    /** The variables' names as compile-time text. */
    public static final class Names {
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
        public static final String STARTED_IDEAS = "startedIdeas";

        private Names() {
        }
    }
}
