package se.agencynetwork.costsharing;

import java.math.BigDecimal;

/** An agency's own trainer hours or venue days, before valuation. */
public record InKindContribution(String agency, InKindKind kind, BigDecimal quantity) {
}
