package se.agencynetwork.yh;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import se.agencynetwork.directory.DirectoryValidator;
import se.agencynetwork.forms.FormValidator;

/**
 * The YH rules on a planned programme (docs/YH.md), and the organisation number check.
 * Pure functions, so the form rule and the process use the same words.
 */
public final class YhRules {

    /** 200 YH credits are one year of full-time study. */
    public static final int CREDITS_PER_YEAR = 200;
    /** Programmes from this size need a minimum LIA share. */
    public static final int LIA_RULE_FROM_CREDITS = 400;
    /** The minimum LIA share, in percent, of a programme of 400 credits or more. */
    public static final int MIN_LIA_PERCENT = 25;
    /** Programmes last one to three years. */
    public static final int MIN_CREDITS = CREDITS_PER_YEAR;
    public static final int MAX_CREDITS = 3 * CREDITS_PER_YEAR;

    private static final Pattern ORG_NUMBER = Pattern.compile("\\d{6}-\\d{4}");

    private YhRules() {
    }

    /** The problems of a programme's size and LIA share, in Swedish; empty when it is fine. */
    public static List<String> programmeProblems(int credits, BigDecimal liaPercent) {
        List<String> problems = new ArrayList<>();
        if (credits < MIN_CREDITS || credits > MAX_CREDITS) {
            problems.add("En YH-utbildning omfattar 200–600 YH-poäng (1–3 år), inte " + credits + ".");
        }
        if (liaPercent != null && liaPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add("LIA-andelen kan inte vara över 100 %.");
        }
        if (credits >= LIA_RULE_FROM_CREDITS && liaPercent != null
                && liaPercent.compareTo(BigDecimal.valueOf(MIN_LIA_PERCENT)) < 0) {
            problems.add("En utbildning om " + credits + " YH-poäng (400 eller fler) ska ha minst 25 % LIA, inte "
                    + liaPercent.stripTrailingZeros().toPlainString() + " %.");
        }
        return problems;
    }

    /** The programme's length in years (200 credits = one year). */
    public static BigDecimal years(int credits) {
        return BigDecimal.valueOf(credits).divide(BigDecimal.valueOf(CREDITS_PER_YEAR)).stripTrailingZeros();
    }

    /** What is wrong with an organisation number (NNNNNN-NNNN with a Luhn check digit), or null. */
    public static String orgNumberProblem(String orgNumber) {
        if (orgNumber == null || !ORG_NUMBER.matcher(orgNumber).matches()) {
            return "ska skrivas NNNNNN-NNNN.";
        }
        if (!DirectoryValidator.luhnValid(orgNumber.replace("-", ""))) {
            return "har fel kontrollsiffra.";
        }
        return null;
    }
}
