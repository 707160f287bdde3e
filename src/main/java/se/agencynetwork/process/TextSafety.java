package se.agencynetwork.process;

/**
 * What no text a user sends may contain, in a form field, a process variable or the survey: more
 * characters than the engine can store in a text variable (4000), control characters other than
 * tab and line breaks (PostgreSQL refuses NUL outright, and the rest have no place in a form),
 * halves of a surrogate pair (not text at all; they would be stored as '?'), non-characters, and
 * the bidirectional overrides and isolates that make a text display as something other than what
 * it says (U+202A-U+202E, U+2066-U+2069).
 */
public final class TextSafety {

    /** The engine keeps a text variable in a varchar(4000) column. */
    public static final int MAX_STORED_TEXT = 4000;

    private TextSafety() {
    }

    /** Why the text cannot be accepted, in Swedish (to follow "Fältet ... "), or null when it can. */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return "innehåller ett ogiltigt tecken (ett halvt surrogatpar, " + codePoint(c) + ").";
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                return "innehåller ett otillåtet styrtecken (" + codePoint(c) + ").";
            }
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                return "innehåller ett otillåtet riktningstecken (" + codePoint(c)
                        + ") som kan få texten att visas som något annat än den är.";
            }
            if (c == 0xFFFE || c == 0xFFFF) {
                return "innehåller ett otillåtet tecken (" + codePoint(c) + ").";
            }
        }
        return null;
    }

    /** Why the text cannot be stored at all (too long for a text variable, NUL, half surrogates), or null. */
    public static String unstorable(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_STORED_TEXT) {
            return "får ha högst " + MAX_STORED_TEXT + " tecken (har " + text.length() + ").";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (c == 0 || Character.isSurrogate(c)) {
                return problem(text);
            }
        }
        return null;
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
