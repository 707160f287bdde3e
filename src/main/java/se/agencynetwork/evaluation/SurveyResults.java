package se.agencynetwork.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

import se.agencynetwork.evaluation.SurveyRepository.Answer;

/**
 * The compiled results of one survey. NPS = % promoters (9-10) minus % detractors (0-6), rounded
 * half up to a whole number; averages to two decimals; null when nobody answered.
 */
public record SurveyResults(int invited, int responses, BigDecimal responseRate, BigDecimal relevanceAverage,
        BigDecimal trainerAverage, BigDecimal overallAverage, Integer nps, List<String> comments) {

    public static SurveyResults of(int invited, List<Answer> answers) {
        int n = answers.size();
        BigDecimal rate = invited == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(100L * n).divide(BigDecimal.valueOf(invited), 1, RoundingMode.HALF_UP);
        Integer nps = null;
        if (n > 0) {
            long promoters = answers.stream().filter(a -> a.nps() >= 9).count();
            long detractors = answers.stream().filter(a -> a.nps() <= 6).count();
            nps = BigDecimal.valueOf(100L * (promoters - detractors)).divide(BigDecimal.valueOf(n), 0,
                    RoundingMode.HALF_UP).intValueExact();
        }
        List<String> comments = answers.stream()
                .flatMap(a -> java.util.stream.Stream.of(a.learned(), a.comment()))
                .filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new SurveyResults(invited, n, rate, average(answers, Answer::relevance), average(answers, Answer::trainer),
                average(answers, Answer::overall), nps, comments);
    }

    /** The response count and rate alone: what may be shown when too few answered. */
    public SurveyResults countsOnly() {
        return new SurveyResults(invited, responses, responseRate, null, null, null, null, List.of());
    }

    private static BigDecimal average(List<Answer> answers, ToIntFunction<Answer> value) {
        if (answers.isEmpty()) {
            return null;
        }
        long sum = answers.stream().mapToLong(value::applyAsInt).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answers.size()), 2, RoundingMode.HALF_UP);
    }
}
