package se.agencynetwork.forms;

/** One reason a submission is refused: the field (key and label) and a Swedish message that names it. */
public record FormViolation(String key, String label, String message) {

    public static FormViolation of(String key, String label, String problem) {
        return new FormViolation(key, label, "Fältet \"" + label + "\" (" + key + ") " + problem);
    }
}
