package se.agencynetwork.review;

import java.math.BigDecimal;
import java.util.List;

/**
 * The compiled answers of a round.
 *
 * @param averageRating the mean rating rounded half-up to 2 decimals, {@code null} without answers
 * @param nonResponding the codes of the agencies asked that did not answer, in directory order
 * @param staffLoans    the evaluations of the staff loans that ended in the review's year, as the overview shows them
 */
record ReviewFigures(
        int agencyCount,
        int answerCount,
        BigDecimal averageRating,
        int continueCount,
        List<String> nonResponding,
        StaffLoanEvaluationFigures staffLoans) {

    ReviewFigures {
        nonResponding = List.copyOf(nonResponding);
    }
}
