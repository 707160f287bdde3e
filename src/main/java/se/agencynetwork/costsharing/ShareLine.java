package se.agencynetwork.costsharing;

import se.agencynetwork.process.Money;

/**
 * One agency's part of an allocation, all amounts in SEK to the öre.
 *
 * @param keyShare          the agency's part of the activity's whole value (cash cost plus all in-kind
 *                          contributions) under the key
 * @param inKindCredit      the value of the agency's own in-kind contributions, credited to it
 * @param unreimbursedInKind the part of the in-kind credit above the key share: not paid out in cash
 * @param share             what the agency pays in cash; never negative; all shares add up to the total
 */
public record ShareLine(
        String agency,
        int participants,
        Money keyShare,
        Money inKindCredit,
        Money unreimbursedInKind,
        Money share) {
}
