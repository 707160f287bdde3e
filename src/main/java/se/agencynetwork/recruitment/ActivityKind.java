package se.agencynetwork.recruitment;

import java.util.Arrays;

/** The kinds of joint recruitment activity, as the plan form offers them ({@code activityKind}). */
enum ActivityKind {
    CAREER_FAIR("career-fair", "Gemensam monter på karriärmässa"),
    EMPLOYER_BRANDING("employer-branding", "Gemensamt arbetsgivarvarumärkesevent"),
    TRAINEE_PROGRAMME("trainee-programme", "Gemensamt traineeprogram"),
    SHARED_ADVERTISEMENT("shared-advertisement", "Gemensam annons för bristyrken");

    private final String value;
    private final String swedishName;

    ActivityKind(String value, String swedishName) {
        this.value = value;
        this.swedishName = swedishName;
    }

    String value() {
        return value;
    }

    String swedishName() {
        return swedishName;
    }

    static ActivityKind of(String value) {
        return Arrays.stream(values()).filter(kind -> kind.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown activity kind '" + value + "'"));
    }
}
