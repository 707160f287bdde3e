package se.agencynetwork.process;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An amount in Swedish kronor as whole öre: never a double, never text in the code. A form's number
 * field, a process variable or a ledger column becomes one once ({@link #of(Object)}, {@link #of(BigDecimal)});
 * the ledger gets {@link #kronor()}, people get {@link #swedish()}.
 */
public record Money(long ore) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofKronor(long kronor) {
        return new Money(Math.multiplyExact(kronor, 100L));
    }

    /** Kronor with at most two decimals (öre); more decimals are refused, not rounded. A null column is null. */
    public static Money of(BigDecimal kronor) {
        if (kronor == null) {
            return null;
        }
        try {
            return new Money(kronor.movePointRight(2).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("not an amount in whole öre: " + kronor.toPlainString(), e);
        }
    }

    /**
     * The amount a form field or process variable holds: whole kronor (Long, Integer, Short), kronor
     * with öre (BigDecimal, a Double or Float read by its shortest decimal form, so 1234.5 is 1234,50
     * and never 1234,4999...), or text with a decimal point or comma ("48000.50", "48000,50").
     * Blank or missing is {@code null}.
     *
     * @throws IllegalArgumentException when it is no amount or has more than two decimals
     */
    public static Money of(Object value) {
        return read(value, false);
    }

    /**
     * What {@link #of(Object)} takes, with more than two decimals rounded half up to the öre (a price as a
     * supplier quoted it). Blank or missing is {@code null}.
     */
    public static Money rounded(Object value) {
        return read(value, true);
    }

    /** The kronor of an optional amount, as a nullable numeric column takes it. */
    public static BigDecimal kronorOrNull(Money amount) {
        return amount == null ? null : amount.kronor();
    }

    private static Money read(Object value, boolean roundToOre) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
        if (value instanceof Money money) {
            return money;
        }
        BigDecimal kronor = decimal(value);
        return of(roundToOre ? kronor.setScale(2, RoundingMode.HALF_UP) : kronor);
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        try {
            return new BigDecimal(value.toString().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an amount: '" + value + "'", e);
        }
    }

    /**
     * Kronor with two decimals, for the ledger and for the process variables that hold it as text; JSON
     * writes an amount as this number ({@code 1234.50}).
     */
    @JsonValue
    public BigDecimal kronor() {
        return BigDecimal.valueOf(ore, 2);
    }

    /** Whole kronor, öre rounded up: a value compared with a limit never comes out lower than it is. */
    public long wholeKronorRoundedUp() {
        return kronor().setScale(0, RoundingMode.CEILING).longValueExact();
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(ore, other.ore));
    }

    public Money negate() {
        return new Money(Math.negateExact(ore));
    }

    /**
     * This amount times a quantity (e.g. a rate times hours), rounded half up to the öre.
     *
     * @throws ArithmeticException when the result does not fit in whole öre as a long
     */
    public Money times(BigDecimal quantity) {
        return new Money(BigDecimal.valueOf(ore).multiply(quantity).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    public boolean isNegative() {
        return ore < 0;
    }

    /** Swedish for people: {@code 12 000,50}. */
    public String swedish() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE"));
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", symbols).format(kronor());
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(ore, other.ore);
    }

    @Override
    public String toString() {
        return kronor().toPlainString() + " kr";
    }
}
