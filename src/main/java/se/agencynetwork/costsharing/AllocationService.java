package se.agencynetwork.costsharing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import se.agencynetwork.process.Money;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.directory.NetworkDirectory;

/**
 * Shares the cost of an activity between its co-funding agencies (docs/COST-SHARING.md). Plain
 * Java: no engine, no database.
 *
 * <p>Rule: the activity's whole value is its cash cost plus the value of all in-kind
 * contributions. That value is split by the key into key shares (largest remainder to the öre,
 * ties by agency code). Each agency pays its key share minus its own in-kind credit. An agency
 * whose credit exceeds its key share pays nothing; the excess is shown as unreimbursed in-kind and
 * the others' net shares are reduced in proportion so that the cash shares still add up exactly
 * to the cash cost. All arithmetic is in whole öre ({@link Money#ore()}), exact.
 */
class AllocationService {

    /** Larger totals are refused: amounts are stored as numeric(15,2). */
    static final Money MAX_AMOUNT = new Money(999_999_999_999_999L);

    private final NetworkDirectory directory;
    private final CostSharingProperties properties;

    AllocationService(NetworkDirectory directory, CostSharingProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    /** Validates the request, values its in-kind contributions and computes the shares. */
    AllocationResult allocate(AllocationRequest request) {
        if (request == null) {
            throw CostAllocationException.invalid("Underlag för kostnadsfördelning saknas.", "no allocation request");
        }
        validateCoFunders(request.coFunders());
        Set<String> coFunderCodes = new HashSet<>();
        request.coFunders().forEach(c -> coFunderCodes.add(c.agency()));
        List<ValuedInKind> valued = new ArrayList<>();
        for (InKindContribution c : request.inKind()) {
            valued.add(value(c, coFunderCodes, request.valuationDate()));
        }
        return compute(request.total(), request.key(), request.fixedFeePerAgency(), request.coFunders(), valued);
    }

    /** Computes the shares from already valued in-kind contributions (used when recomputing a stored allocation). */
    AllocationResult compute(Money total, CostKey key, Money fixedFee, List<CoFunder> coFunders,
                             List<ValuedInKind> inKind) {
        CostKey k = key == null ? CostKey.PER_PARTICIPANT : key;
        validateAmount(total, "Totalbeloppet", "total");
        validateCoFunders(coFunders);
        SortedMap<String, CoFunder> byCode = new TreeMap<>();
        coFunders.forEach(c -> byCode.put(c.agency(), c));

        SortedMap<String, Long> credit = new TreeMap<>();
        byCode.keySet().forEach(code -> credit.put(code, 0L));
        for (ValuedInKind v : inKind) {
            if (!byCode.containsKey(v.agency())) {
                throw notCoFunder(v.agency());
            }
            credit.merge(v.agency(), v.value().ore(), Long::sum);
        }
        long cash = total.ore();
        long creditTotal = credit.values().stream().mapToLong(Long::longValue).sum();
        long whole = cash + creditTotal;

        Map<String, Long> keyShares = keyShares(k, whole, fixedFee, byCode);

        SortedMap<String, Long> positive = new TreeMap<>();
        SortedMap<String, Long> excess = new TreeMap<>();
        for (String code : byCode.keySet()) {
            long net = keyShares.get(code) - credit.get(code);
            if (net < 0) {
                excess.put(code, -net);
            }
            positive.put(code, Math.max(net, 0));
        }
        Map<String, Long> shares = positive;
        if (!excess.isEmpty()) {
            // the others' net shares add up to cash + excess; scale them down to the cash cost
            long positiveSum = positive.values().stream().mapToLong(Long::longValue).sum();
            shares = positiveSum == 0 ? positive : LargestRemainder.split(cash, positive);
        }

        List<ShareLine> lines = new ArrayList<>();
        for (CoFunder c : byCode.values()) {
            String code = c.agency();
            lines.add(new ShareLine(code, c.participants(), new Money(keyShares.get(code)), new Money(credit.get(code)),
                    new Money(excess.getOrDefault(code, 0L)), new Money(shares.get(code))));
        }
        List<ValuedInKind> sortedInKind = new ArrayList<>(inKind);
        sortedInKind.sort((a, b) -> a.agency().equals(b.agency())
                ? a.kind().compareTo(b.kind()) : a.agency().compareTo(b.agency()));
        Money fee = k == CostKey.FIXED_FEE_PLUS_PER_PARTICIPANT ? fixedFee : null;
        return new AllocationResult(total, k, fee, lines, sortedInKind);
    }

    private Map<String, Long> keyShares(CostKey key, long whole, Money fixedFee, SortedMap<String, CoFunder> byCode) {
        SortedMap<String, Long> weights = new TreeMap<>();
        switch (key) {
            case PER_PARTICIPANT -> {
                byCode.forEach((code, c) -> weights.put(code, (long) c.participants()));
                requireParticipants(weights, key);
                return LargestRemainder.split(whole, weights);
            }
            case EQUAL_SHARES -> {
                byCode.keySet().forEach(code -> weights.put(code, 1L));
                return LargestRemainder.split(whole, weights);
            }
            case BY_HEADCOUNT -> {
                for (String code : byCode.keySet()) {
                    Integer headcount = directory.requireAgency(code).headcount();
                    if (headcount == null || headcount <= 0) {
                        throw CostAllocationException.invalid(
                                "Antal anställda saknas i katalogen för myndigheten '" + code + "'.",
                                "no headcount in the directory for agency '" + code + "'");
                    }
                    weights.put(code, headcount.longValue());
                }
                return LargestRemainder.split(whole, weights);
            }
            case FIXED_FEE_PLUS_PER_PARTICIPANT -> {
                if (fixedFee == null) {
                    throw CostAllocationException.invalid(
                            "Fast avgift per myndighet saknas för nyckeln fast avgift plus per deltagare.",
                            "fixed fee per agency missing for key " + key);
                }
                validateAmount(fixedFee, "Den fasta avgiften", "fixed fee");
                long fee = fixedFee.ore();
                long rest = whole - fee * byCode.size();
                if (rest < 0) {
                    throw CostAllocationException.invalid(
                            "De fasta avgifterna (" + byCode.size() + " × " + fixedFee.kronor().toPlainString()
                                    + " kr) är större än kostnaden att fördela.",
                            "the fixed fees exceed the amount to share");
                }
                byCode.forEach((code, c) -> weights.put(code, (long) c.participants()));
                Map<String, Long> result = new TreeMap<>();
                byCode.keySet().forEach(code -> result.put(code, fee));
                if (rest > 0) {
                    requireParticipants(weights, key);
                    LargestRemainder.split(rest, weights).forEach((code, part) -> result.merge(code, part, Long::sum));
                }
                return result;
            }
            default -> throw new IllegalStateException("unhandled key " + key);
        }
    }

    private static void requireParticipants(SortedMap<String, Long> weights, CostKey key) {
        if (weights.values().stream().mapToLong(Long::longValue).sum() == 0) {
            throw CostAllocationException.invalid(
                    "Inga deltagare angivna; nyckeln '" + key.swedishName() + "' kräver minst en deltagare.",
                    "zero participants under key " + key);
        }
    }

    private void validateCoFunders(List<CoFunder> coFunders) {
        if (coFunders == null || coFunders.isEmpty()) {
            throw CostAllocationException.invalid("Inga medfinansierande myndigheter angivna.", "no co-funding agencies");
        }
        Set<String> seen = new HashSet<>();
        for (CoFunder c : coFunders) {
            if (c == null || c.agency() == null || c.agency().isBlank()) {
                throw CostAllocationException.invalid("En medfinansierande myndighet saknar kod.", "agency code missing");
            }
            if (directory.agency(c.agency()).isEmpty()) {
                throw CostAllocationException.invalid("Okänd myndighet '" + c.agency() + "'.",
                        "unknown agency '" + c.agency() + "'");
            }
            if (!seen.add(c.agency())) {
                throw CostAllocationException.invalid("Myndigheten '" + c.agency() + "' förekommer mer än en gång.",
                        "duplicate agency '" + c.agency() + "'");
            }
            if (c.participants() < 0) {
                throw CostAllocationException.invalid(
                        "Negativt antal deltagare (" + c.participants() + ") för myndigheten '" + c.agency() + "'.",
                        "negative participants for agency '" + c.agency() + "'");
            }
        }
    }

    private ValuedInKind value(InKindContribution c, Set<String> coFunders, LocalDate date) {
        if (c == null || c.agency() == null || c.kind() == null || c.quantity() == null) {
            throw CostAllocationException.invalid(
                    "En insats in natura saknar myndighet, slag eller mängd.", "in-kind contribution incomplete");
        }
        if (!coFunders.contains(c.agency())) {
            throw notCoFunder(c.agency());
        }
        if (c.quantity().signum() < 0) {
            throw CostAllocationException.invalid(
                    "Negativ mängd " + c.kind().swedishUnit() + " för myndigheten '" + c.agency() + "'.",
                    "negative in-kind quantity for agency '" + c.agency() + "'");
        }
        if (c.quantity().stripTrailingZeros().scale() > 3) {
            throw CostAllocationException.invalid(
                    "Mängden " + c.kind().swedishUnit() + " har fler än tre decimaler.",
                    "in-kind quantity has more than three decimals");
        }
        LocalDate on = date == null ? NetworkTime.today() : date;
        CostSharingProperties.InKindRate rate = properties.rateOn(c.kind(), on).orElseThrow(() ->
                CostAllocationException.invalid(
                        "Inget pris för " + c.kind().swedishUnit() + " gäller den " + on + ".",
                        "no in-kind rate for " + c.kind() + " valid on " + on));
        Money price = Money.of(rate.rate());
        Money value;
        try {
            value = price.times(c.quantity());
        } catch (ArithmeticException e) {
            throw tooLarge("Värdet av insatsen in natura", "in-kind value", price.kronor().multiply(c.quantity()).toPlainString());
        }
        validateAmount(value, "Värdet av insatsen in natura", "in-kind value");
        return new ValuedInKind(c.agency(), c.kind(), c.quantity(), price, value);
    }

    private static CostAllocationException notCoFunder(String agency) {
        return CostAllocationException.invalid(
                "Myndigheten '" + agency + "' har en insats in natura men är inte medfinansiär.",
                "in-kind contribution from agency '" + agency + "' which is not a co-funder");
    }

    /** An amount in whole öre cannot have more than two decimals: {@link Money} refuses that where it is read. */
    private static void validateAmount(Money amount, String swedishWhat, String englishWhat) {
        if (amount == null) {
            throw CostAllocationException.invalid(swedishWhat + " saknas.", englishWhat + " missing");
        }
        if (amount.isNegative()) {
            throw CostAllocationException.invalid(swedishWhat + " är negativt: " + amount.kronor().toPlainString() + " kr.",
                    englishWhat + " is negative");
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw tooLarge(swedishWhat, englishWhat, amount.kronor().toPlainString());
        }
    }

    private static CostAllocationException tooLarge(String swedishWhat, String englishWhat, String kronor) {
        return CostAllocationException.invalid(swedishWhat + " är orimligt stort: " + kronor + " kr.",
                englishWhat + " is too large");
    }
}
