package se.agencynetwork.costsharing;

import java.math.BigDecimal;
import java.math.RoundingMode;

import se.agencynetwork.process.Money;

/** An amount in SEK written the Swedish way for people: {@code 12 000,50} ({@link Money#swedish()}). */
public final class Kronor {

    private Kronor() {
    }

    public static String format(BigDecimal amount) {
        return Money.of(amount.setScale(2, RoundingMode.HALF_UP)).swedish();
    }
}
