package se.agencynetwork.procurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.spin.json.SpinJsonNode;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.agencynetwork.costsharing.AllocationKind;
import se.agencynetwork.costsharing.AllocationStatus;
import se.agencynetwork.costsharing.BookedAllocation;
import se.agencynetwork.costsharing.CostLedger;

/** Small conversions shared by the procurement delegates and form rules. */
final class ProcurementSupport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProcurementSupport() {
    }

    /**
     * A number that is no amount (a tender's score) from a form or a variable (Long, Integer, Double,
     * BigDecimal, String); null when empty. Amounts are {@link se.agencynetwork.process.Money}.
     */
    static BigDecimal number(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        return new BigDecimal(value.toString().trim());
    }

    /** A dynamiclist variable (Spin JSON, JSON text or a List of Maps) as a list of rows. */
    static List<Map<String, Object>> rows(Object value) {
        if (value == null) {
            return List.of();
        }
        try {
            String json = value instanceof SpinJsonNode || value instanceof String ? value.toString()
                    : MAPPER.writeValueAsString(value);
            List<Map<String, Object>> rows = MAPPER.readValue(json, new TypeReference<List<Map<String, Object>>>() { });
            return rows == null ? List.of() : new ArrayList<>(rows);
        } catch (Exception e) {
            throw new IllegalArgumentException("Not a list of rows: " + value, e);
        }
    }

    /** Swedish text of whole kronor: "1 250 000 kr". */
    static String kronor(long amount) {
        return String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', ' ') + " kr";
    }

    /** The CPV group of a code: its first three digits ("80511000-9" is in group 805). */
    static String cpvGroup(String cpv) {
        return cpv.trim().substring(0, 3);
    }

    /** The requirement's dynamic list [{agency, participants}] as participants by agency code, sorted by code. */
    static java.util.SortedMap<String, Long> participantsByAgency(Object agencyParticipants) {
        java.util.SortedMap<String, Long> participants = new java.util.TreeMap<>();
        for (Map<String, Object> line : rows(agencyParticipants)) {
            Object count = line.get("participants");
            participants.put(String.valueOf(line.get("agency")), count == null ? 0L : ((Number) count).longValue());
        }
        return participants;
    }

    /** Who completed the task: its assignee, else the signed-in user (a completion without a claim). */
    static String completedBy(org.camunda.bpm.engine.delegate.DelegateTask task) {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return task.getAssignee() != null || authentication == null ? task.getAssignee() : authentication.getUserId();
    }

    /** The procurement's current preliminary allocation (the newest not superseded one), if any. */
    static Optional<BookedAllocation> currentAllocation(CostLedger ledger, String activityKey) {
        return ledger.forActivity(activityKey).stream()
                .filter(a -> a.kind() == AllocationKind.PRELIMINARY && a.status() != AllocationStatus.SUPERSEDED)
                .max(Comparator.comparingInt(BookedAllocation::version));
    }
}
