package se.agencynetwork.procurement;

import java.util.regex.Pattern;

/**
 * CPV codes (Common Procurement Vocabulary): eight digits, optionally a dash and a check digit
 * ("80511000-9"). Training services 80000000 to 80660000 inclusive (e.g. 80511000 staff training)
 * are annex 2 services of LOU with their own, higher limit; 79632000 and 79633000 (personnel
 * training / development services) are not (LOU annex 2; docs/PROCUREMENT.md section 2).
 */
public final class CpvCodes {

    /** The pattern the requirement form enforces as well. */
    public static final String PATTERN = "^[0-9]{8}(-[0-9])?$";
    private static final Pattern CPV = Pattern.compile(PATTERN);
    static final int ANNEX_TWO_TRAINING_FROM = 80_000_000;
    static final int ANNEX_TWO_TRAINING_TO = 80_660_000;

    private CpvCodes() {
    }

    public static boolean isValid(String code) {
        return code != null && CPV.matcher(code.trim()).matches();
    }

    /** True for a training service of annex 2 (CPV 80000000-80660000 inclusive). */
    public static boolean isAnnexTwoTraining(String code) {
        if (!isValid(code)) {
            throw new IllegalArgumentException("not a CPV code: " + code);
        }
        int number = Integer.parseInt(code.trim().substring(0, 8));
        return number >= ANNEX_TWO_TRAINING_FROM && number <= ANNEX_TWO_TRAINING_TO;
    }
}
