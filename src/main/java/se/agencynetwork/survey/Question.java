package se.agencynetwork.survey;

import java.util.regex.Pattern;

import se.agencynetwork.process.TextSafety;

/**
 * One question of a {@link Questionnaire}: a scale (a whole number between {@code min} and
 * {@code max}, e.g. 1-5), a recommendation question (0-10, compiled as NPS) or a free text (at most
 * {@link #MAX_TEXT} characters). Scales and the recommendation are required, texts optional.
 *
 * @param id      the form field's name, also the answer's key in the database ({@code [a-z][a-zA-Z0-9]*})
 * @param text    the question as the respondent reads it, in Swedish
 * @param kind    what kind of answer it takes
 * @param hint    a line under the question (e.g. what 1 and 5 mean), or null
 */
public record Question(String id, String text, Kind kind, String hint) {

    public static final int MAX_TEXT = 2000;
    private static final Pattern ID = Pattern.compile("[a-z][a-zA-Z0-9]{0,39}");

    public enum Kind {
        /** 1-5. */
        SCALE(1, 5),
        /** 0-10, "how likely would you recommend": compiled as NPS (% 9-10 minus % 0-6). */
        RECOMMENDATION(0, 10),
        /** Free text, optional. */
        TEXT(0, 0);

        private final int min;
        private final int max;

        Kind(int min, int max) {
            this.min = min;
            this.max = max;
        }

        public int min() {
            return min;
        }

        public int max() {
            return max;
        }
    }

    public Question {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("question id must match " + ID + ": " + id);
        }
        if (text == null || text.isBlank() || kind == null) {
            throw new IllegalArgumentException("question " + id + " needs a text and a kind");
        }
    }

    /** A 1-5 scale; the hint says what the ends mean. */
    public static Question scale(String id, String text, String hint) {
        return new Question(id, text, Kind.SCALE, hint);
    }

    /** The 0-10 recommendation question. */
    public static Question recommendation(String id, String text) {
        return new Question(id, text, Kind.RECOMMENDATION, "0 = inte alls troligt, 10 = mycket troligt");
    }

    /** An optional free text. */
    public static Question text(String id, String text, String hint) {
        return new Question(id, text, Kind.TEXT, hint);
    }

    public boolean scored() {
        return kind != Kind.TEXT;
    }

    /**
     * Whether an answer may be stored for this question: for a scale or the recommendation a whole number in its
     * range; for a text a string that is not blank, at most {@link #MAX_TEXT} characters and free of control
     * characters ({@link TextSafety}). The one rule for the page and for answers written on a respondent's behalf.
     */
    public boolean accepts(Object value) {
        if (scored()) {
            return value instanceof Integer score && score >= kind.min() && score <= kind.max();
        }
        return value instanceof String text && !text.isBlank() && text.length() <= MAX_TEXT
                && TextSafety.problem(text) == null;
    }
}
