package se.agencynetwork.costsharing;

import java.math.BigDecimal;

/** An in-kind contribution valued at the rate in force: {@code value = quantity * rate}, to the öre. */
public record ValuedInKind(String agency, InKindKind kind, BigDecimal quantity, BigDecimal rate, BigDecimal value) {

    /** Swedish description for ledgers and invoicing, e.g. "6 lärartimmar à 1200,00 kr". */
    public String description() {
        return quantity.stripTrailingZeros().toPlainString().replace('.', ',') + " " + kind.swedishUnit()
                + " à " + rate.setScale(2).toPlainString().replace('.', ',') + " kr";
    }
}
