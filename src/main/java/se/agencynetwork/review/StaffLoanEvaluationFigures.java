package se.agencynetwork.review;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The staff loans that ended in a year and their evaluations by the two agencies' heads (the table
 * {@code staff_loan_evaluation} of staff-loan, read by SQL like the network overview does), for the review's
 * summary: how many loans were evaluated and, per side, the answers, the averages (1–5) and how many would do
 * it again.
 */
record StaffLoanEvaluationFigures(int year, int loansEvaluated, Side borrowers, Side lenders, Persons persons) {

    /**
     * The persons' anonymous questionnaires over all the year's loans (survey package): counts always, the
     * averages only when the survey shows them (from its minimum of answers up).
     */
    record Persons(int invited, int responses, boolean shown, int minimum, BigDecimal work, BigDecimal learning,
            BigDecimal support) {

        static final Persons NONE = new Persons(0, 0, false, 0, null, null, null);

        String text() {
            if (invited == 0) {
                return "Medarbetarna: ingen tillfrågad.";
            }
            String counts = "Medarbetarna (anonymt, över alla årets utlån): " + responses + " svar av " + invited
                    + " tillfrågade";
            if (!shown) {
                return counts + "; medelvärden visas först när minst " + minimum + " har svarat.";
            }
            return counts + ", arbetet hos den lånande myndigheten " + Side.swedish(work) + ", utvecklats "
                    + Side.swedish(learning) + ", omhändertagande " + Side.swedish(support) + " (medelvärden 1–5).";
        }
    }

    /** One side's answers: the rating sums and how many would do it again. */
    record Side(int answers, long purposeSum, long cooperationSum, int wouldRepeat) {

        static final Side NONE = new Side(0, 0, 0, 0);

        BigDecimal purpose() {
            return mean(purposeSum);
        }

        BigDecimal cooperation() {
            return mean(cooperationSum);
        }

        private BigDecimal mean(long sum) {
            return answers == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answers), 2, RoundingMode.HALF_UP);
        }

        String text(String who) {
            if (answers == 0) {
                return who + ": inga svar.";
            }
            return who + ": " + answers + " svar" + ", motsvarade behovet "
                    + swedish(purpose()) + ", fungerade för myndigheten " + swedish(cooperation())
                    + " (medelvärden 1–5), skulle göra det igen " + wouldRepeat + " av " + answers + ".";
        }

        static String swedish(BigDecimal value) {
            return value.toPlainString().replace('.', ',');
        }
    }

    /** The figures as the review's forms show them, one line each. */
    String text() {
        if (loansEvaluated == 0 && persons.invited() == 0) {
            return "Utlån av personal som slutade " + year + ": inget utvärderat.";
        }
        return "Utlån av personal som slutade " + year + ": " + loansEvaluated + " utvärderade.\n"
                + borrowers.text("Lånande myndigheter") + "\n" + lenders.text("Utlånande myndigheter") + "\n"
                + persons.text();
    }
}
