package se.agencynetwork.costsharing;

import java.math.BigDecimal;

import se.agencynetwork.process.Money;

/**
 * An in-kind contribution valued at the rate in force: {@code value = quantity * rate}, to the öre. The
 * quantity (trainer hours, venue days, up to three decimals) is no amount and stays a decimal.
 */
public record ValuedInKind(String agency, InKindKind kind, BigDecimal quantity, Money rate, Money value) {

    /** Swedish description for ledgers and invoicing, e.g. "6 lärartimmar à 1200,00 kr". */
    public String description() {
        return quantity.stripTrailingZeros().toPlainString().replace('.', ',') + " " + kind.swedishUnit()
                + " à " + rate.kronor().toPlainString().replace('.', ',') + " kr";
    }
}
