package se.agencynetwork.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.camunda.bpm.engine.delegate.VariableScope;

import se.agencynetwork.forms.FormRefusedException;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.process.ProcessVariable;

/**
 * Server-side checks of the review's form fields. Camunda Forms validate in the browser only, so
 * whatever arrives through the REST API is checked here against the same limits as the forms. A
 * refusal is a form field refusal ({@link FormRefusedException#ofField}) whose message starts with the field key: the
 * engine REST API answers 400 with it and the transaction (task completion, rows) rolls back.
 * The checks read a field as it was submitted (not through its typed reading, which would fail
 * without naming the field to the user).
 */
final class ReviewFormRules {

    static final int MIN_RATING = 1;
    static final int MAX_RATING = 5;
    static final int ANSWER_TEXT_MAX = 2000;
    static final int SUMMARY_TEXT_MAX = 4000;
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private ReviewFormRules() {
    }

    /** A rating of 1 to 5; forms may send it as a number or as a numeric string. */
    static int rating(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw refuse(field, "ett betyg 1–5 måste anges");
        }
        long rating;
        if (value instanceof Number n) {
            if (n.doubleValue() != Math.rint(n.doubleValue())) {
                throw refuse(field, "betyget måste vara ett heltal 1–5, inte " + value);
            }
            rating = n.longValue();
        } else if (value instanceof String s) {
            try {
                rating = Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                throw refuse(field, "betyget måste vara ett heltal 1–5, inte '" + s + "'");
            }
        } else {
            throw refuse(field, "betyget måste vara ett heltal 1–5");
        }
        if (rating < MIN_RATING || rating > MAX_RATING) {
            throw refuse(field, "betyget måste vara mellan 1 och 5, inte " + rating);
        }
        return (int) rating;
    }

    /** A yes/no field; a checkbox left alone counts as no. */
    static boolean flag(String field, Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s && (s.equals("true") || s.equals("false"))) {
            return Boolean.parseBoolean(s);
        }
        throw refuse(field, "måste vara ja eller nej");
    }

    /** Optional free text up to {@code max} characters; blank becomes {@code null}. */
    static String optionalText(String field, Object value, int max) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw refuse(field, "måste vara text");
        }
        if (s.length() > max) {
            throw refuse(field, "texten får vara högst " + max + " tecken (nu " + s.length() + ")");
        }
        return s.isBlank() ? null : s.strip();
    }

    /** Required free text up to {@code max} characters. */
    static String requiredText(String field, Object value, int max) {
        String text = optionalText(field, value, max);
        if (text == null) {
            throw refuse(field, "måste fyllas i");
        }
        return text;
    }

    /** One of the enum's constants, by name. */
    static <E extends Enum<E>> E choice(String field, Object value, Class<E> type) {
        if (!(value instanceof String s) || s.isBlank()) {
            throw refuse(field, "ett val måste göras");
        }
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw refuse(field, "'" + s + "' är inget giltigt val; tillåtna är "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** An optional year between 2000 and 2100; {@code null} when not given. */
    static Integer optionalYear(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        long year;
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            year = n.longValue();
        } else if (value instanceof String s && s.trim().matches("\\d{4}")) {
            year = Long.parseLong(s.trim());
        } else {
            throw refuse(field, "året måste anges med fyra siffror");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw refuse(field, "året måste vara mellan " + MIN_YEAR + " och " + MAX_YEAR);
        }
        return (int) year;
    }

    /** An optional date ({@code 2026-02-15}) that must not lie before {@code today}. */
    static LocalDate optionalDateFrom(String field, Object value, LocalDate today) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw refuse(field, "datumet måste anges som ÅÅÅÅ-MM-DD");
        }
        LocalDate date;
        try {
            // form-js sends a date field as 2026-02-15; a time part is tolerated
            date = NetworkTime.date(s);
        } catch (DateTimeParseException e) {
            throw refuse(field, "datumet måste anges som ÅÅÅÅ-MM-DD, inte '" + s + "'");
        }
        if (date.isBefore(today)) {
            throw refuse(field, "datumet " + date + " har redan passerat");
        }
        return date;
    }

    /** {@link #flag(String, Object)} of the field as it was submitted. */
    static boolean flag(VariableScope scope, ProcessVariable<Boolean> field) {
        return flag(field.name(), scope.getVariable(field.name()));
    }

    /** {@link #optionalText(String, Object, int)} of the field as it was submitted. */
    static String optionalText(VariableScope scope, ProcessVariable<String> field, int max) {
        return optionalText(field.name(), scope.getVariable(field.name()), max);
    }

    /** {@link #requiredText(String, Object, int)} of the field as it was submitted. */
    static String requiredText(VariableScope scope, ProcessVariable<String> field, int max) {
        return requiredText(field.name(), scope.getVariable(field.name()), max);
    }

    /** {@link #choice(String, Object, Class)} of the field as it was submitted. */
    static <E extends Enum<E>> E choice(VariableScope scope, ProcessVariable<String> field, Class<E> type) {
        return choice(field.name(), scope.getVariable(field.name()), type);
    }

    static RuntimeException refuse(String field, String reason) {
        return FormRefusedException.ofField(field, field + ": " + reason);
    }
}
