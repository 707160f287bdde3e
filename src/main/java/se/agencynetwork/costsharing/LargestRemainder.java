package se.agencynetwork.costsharing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Splits a whole number of öre in proportion to integer weights, exactly: every party gets the
 * floor of its exact quota, and the öre left over go one each to the largest fractional parts,
 * ties broken by agency code (ascending). The result depends only on the (code, weight) pairs,
 * never on their order.
 */
final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * @param amount  öre to split, not negative
     * @param weights weight per agency code, not negative, at least one positive (sorted by code)
     * @return öre per agency code, same keys, summing to {@code amount}
     */
    static Map<String, Long> split(long amount, SortedMap<String, Long> weights) {
        if (amount < 0) {
            throw new IllegalArgumentException("amount < 0: " + amount);
        }
        BigInteger total = BigInteger.ZERO;
        for (long w : weights.values()) {
            if (w < 0) {
                throw new IllegalArgumentException("negative weight " + w);
            }
            total = total.add(BigInteger.valueOf(w));
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("all weights are zero");
        }
        BigInteger big = BigInteger.valueOf(amount);
        record Part(String code, long floor, BigInteger remainder) {
        }
        List<Part> parts = new ArrayList<>();
        long distributed = 0;
        for (Map.Entry<String, Long> e : weights.entrySet()) {
            BigInteger[] qr = big.multiply(BigInteger.valueOf(e.getValue())).divideAndRemainder(total);
            parts.add(new Part(e.getKey(), qr[0].longValueExact(), qr[1]));
            distributed += qr[0].longValueExact();
        }
        long left = amount - distributed;
        // remainders share the denominator 'total', so comparing them compares the fractions exactly
        List<Part> byRemainder = new ArrayList<>(parts);
        byRemainder.sort(Comparator.comparing(Part::remainder).reversed().thenComparing(Part::code));
        Map<String, Long> extra = new LinkedHashMap<>();
        for (int i = 0; i < left; i++) {
            extra.put(byRemainder.get(i).code(), 1L);
        }
        Map<String, Long> result = new LinkedHashMap<>();
        for (Part p : parts) {
            result.put(p.code(), p.floor() + extra.getOrDefault(p.code(), 0L));
        }
        return result;
    }
}
