package se.agencynetwork.mentorship;

import java.util.Arrays;

/** The areas an adept wants to grow in and a mentor offers; the values of the participation form's selects. */
enum Area {
    HR("hr", "HR och kompetensförsörjning"),
    IT("it", "IT och digitalisering"),
    LAW("juridik", "Juridik"),
    FINANCE("ekonomi", "Ekonomi och upphandling"),
    COMMUNICATION("kommunikation", "Kommunikation"),
    OPERATIONS("verksamhet", "Kärnverksamhet och handläggning"),
    LEADERSHIP("ledarskap", "Ledarskap och chefskap");

    private final String value;
    private final String label;

    Area(String value, String label) {
        this.value = value;
        this.label = label;
    }

    String value() {
        return value;
    }

    String label() {
        return label;
    }

    /** The label of a form value; an unknown value (the form refuses it before) shows as it is. */
    static String labelOf(String value) {
        return Arrays.stream(values()).filter(a -> a.value.equals(value)).map(Area::label).findFirst().orElse(value);
    }
}
