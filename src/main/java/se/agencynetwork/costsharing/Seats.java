package se.agencynetwork.costsharing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Seats of a course occasion per agency, in proportion to the agencies' interest and within the
 * capacity, with the same exact rounding as the cost shares (largest remainder, ties by agency
 * code): when the capacity covers the interest every agency gets what it asked for.
 */
public final class Seats {

    private Seats() {
    }

    /** Seats per agency code (same keys, agencies without interest get 0), summing to at most {@code capacity}. */
    public static Map<String, Long> allocate(long capacity, Map<String, Long> interest) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: " + capacity);
        }
        TreeMap<String, Long> weights = new TreeMap<>(interest);
        long wanted = weights.values().stream().mapToLong(Long::longValue).sum();
        if (wanted == 0) {
            Map<String, Long> none = new LinkedHashMap<>();
            weights.keySet().forEach(code -> none.put(code, 0L));
            return none;
        }
        if (wanted <= capacity) {
            return new LinkedHashMap<>(weights);
        }
        return LargestRemainder.split(capacity, weights);
    }
}
