package se.agencynetwork.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.spin.json.SpinJsonNode;

/**
 * One process variable: its name, its Java type, how it is read from what the engine holds and how
 * it is written. A process declares each of its variables once (a {@code *Variables} class of
 * constants of this type) and its delegates, listeners, form rules and tests read and write through
 * it, so a rename or a type change fails at compile time, not in a running case.
 *
 * <p>How values are stored: text as String, flags as Boolean, whole numbers as Long, dates as the
 * form's date text {@code ÅÅÅÅ-MM-DD} (what Tasklist's date field writes), lists and maps as Spin
 * JSON (what Tasklist hands to form-js as it is).
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Function<Object, T> reader;
    private final Function<T, Object> writer;
    private final boolean blankIsValue;

    private ProcessVariable(String name, Function<Object, T> reader, Function<T, Object> writer) {
        this(name, reader, writer, false);
    }

    private ProcessVariable(String name, Function<Object, T> reader, Function<T, Object> writer, boolean blankIsValue) {
        this.name = Objects.requireNonNull(name);
        this.reader = reader;
        this.writer = writer;
        this.blankIsValue = blankIsValue;
    }

    /** Text; any value reads as its text. */
    public static ProcessVariable<String> text(String name) {
        return new ProcessVariable<>(name, Object::toString, value -> value, true);
    }

    /** A yes/no; the text {@code "true"} reads as yes too (a REST client's string). */
    public static ProcessVariable<Boolean> flag(String name) {
        return new ProcessVariable<>(name, value -> value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString()),
                value -> value);
    }

    /** A whole number stored as Long; Integer, Short and whole-valued numbers or text read as well. */
    public static ProcessVariable<Long> whole(String name) {
        return new ProcessVariable<>(name, ProcessVariable::toLong, value -> value);
    }

    /** A date stored as the form's date text; see {@link NetworkTime#date(Object)} for what reads. */
    public static ProcessVariable<LocalDate> date(String name) {
        return new ProcessVariable<>(name, NetworkTime::date, value -> value == null ? null : value.toString());
    }

    /**
     * An amount ({@link Money}) stored as its kronor with two decimals as text ({@code "48000.50"}), the
     * form the processes already exchange (idea, procurement, delivery, cost sharing); whole kronor
     * (Long) and the other amounts {@link Money#of(Object)} takes read as well.
     */
    public static ProcessVariable<Money> money(String name) {
        return new ProcessVariable<>(name, Money::of, ProcessVariable::kronorText);
    }

    /**
     * An amount stored as {@link #money} stores it, read with fractions of an öre rounded half up
     * ({@link Money#rounded}): a price as someone typed or quoted it.
     */
    public static ProcessVariable<Money> roundedMoney(String name) {
        return new ProcessVariable<>(name, Money::rounded, ProcessVariable::kronorText);
    }

    /** A moment stored as a {@link Date} (what timer expressions and due dates take). */
    public static ProcessVariable<Instant> moment(String name) {
        return new ProcessVariable<>(name, value -> ((Date) value).toInstant(), Date::from);
    }

    /** A small count stored as Integer (what forms and earlier versions of a process hold as int). */
    public static ProcessVariable<Integer> count(String name) {
        return new ProcessVariable<>(name, value -> ((Number) value).intValue(), value -> value);
    }

    /** A list of texts stored as a Spin JSON array. */
    public static ProcessVariable<List<String>> strings(String name) {
        return new ProcessVariable<>(name, ProcessJson::strings, ProcessJson::list);
    }

    /** Counts per key (e.g. participants per agency code) stored as a Spin JSON object. */
    public static ProcessVariable<Map<String, Long>> counts(String name) {
        return new ProcessVariable<>(name, ProcessJson::longs, ProcessJson::map);
    }

    /** Any JSON (e.g. a form's dynamic list) stored as Spin JSON. */
    public static ProcessVariable<SpinJsonNode> json(String name) {
        return new ProcessVariable<>(name, ProcessVariable::toSpin, value -> value);
    }

    /** A variable of another type with its own reading and writing. */
    public static <V> ProcessVariable<V> of(String name, Function<Object, V> reader, Function<V, Object> writer) {
        return new ProcessVariable<>(name, reader, writer);
    }

    public String name() {
        return name;
    }

    /** The value, or {@code null} when the variable is missing or null. */
    public T get(VariableScope scope) {
        return read(scope.getVariable(name));
    }

    /** The value, or {@code fallback} when it is missing or null. */
    public T get(VariableScope scope, T fallback) {
        T value = get(scope);
        return value == null ? fallback : value;
    }

    /** The value a step cannot do without; a missing one names the variable. */
    public T require(VariableScope scope) {
        T value = get(scope);
        if (value == null) {
            throw new IllegalStateException("process variable '" + name + "' is missing");
        }
        return value;
    }

    /** The value in a map of variables (a start request, a task's form variables, a test's map). */
    public T from(Map<String, ?> variables) {
        return read(variables.get(name));
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, stored(value));
    }

    /**
     * Sets a variable by name as {@link VariableScope#setVariable} does, unless the variable already
     * holds an equal value. A value written again unchanged is not free: the engine updates the
     * variable row and its history, writes a history detail and, for JSON, replaces its byte array.
     * A missing variable is always written, also with {@code null}.
     */
    public static void setChanged(VariableScope scope, String name, Object stored) {
        if (!scope.hasVariable(name) || !same(scope.getVariable(name), stored)) {
            scope.setVariable(name, stored);
        }
    }

    /** Equal values of the same type; JSON compares as its text. */
    private static boolean same(Object held, Object stored) {
        if (held instanceof SpinJsonNode heldJson && stored instanceof SpinJsonNode storedJson) {
            return heldJson.toString().equals(storedJson.toString());
        }
        return held == null ? stored == null : stored != null && held.getClass() == stored.getClass() && held.equals(stored);
    }

    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, stored(value));
    }

    /** Adds the value to a variable map, e.g. to start a process or complete a task. */
    public VariableMap put(VariableMap variables, T value) {
        return variables.putValue(name, stored(value));
    }

    /** The value as the engine stores it. */
    public Object stored(T value) {
        return value == null ? null : writer.apply(value);
    }

    /** A raw value (e.g. a submitted form field) read as this variable reads it; blank is null except for text. */
    public T read(Object raw) {
        // an empty form field arrives as blank text: a value for a text variable, nothing for any other
        if (raw == null || !blankIsValue && raw instanceof String text && text.isBlank()) {
            return null;
        }
        try {
            return reader.apply(raw);
        } catch (RuntimeException e) {
            throw new IllegalStateException("process variable '" + name + "' cannot be read: " + e.getMessage(), e);
        }
    }

    /** Stored Spin JSON as it is; JSON text or a form's JSON read as JSON, anything else written as JSON. */
    private static SpinJsonNode toSpin(Object value) {
        if (value instanceof SpinJsonNode node) {
            return node;
        }
        return org.camunda.spin.Spin.JSON(ProcessJson.toJson(value).toString());
    }

    private static Object kronorText(Money value) {
        return value.kronor().toPlainString();
    }

    private static Long toLong(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (d != Math.rint(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("not a whole number: " + value);
            }
            return n.longValue();
        }
        return Long.parseLong(value.toString().strip());
    }

    @Override
    public String toString() {
        return name;
    }
}
