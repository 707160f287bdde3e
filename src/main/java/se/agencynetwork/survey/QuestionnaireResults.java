package se.agencynetwork.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The compiled answers of one or more rounds of a questionnaire, for one respondent group or all:
 * averages of the scales (two decimals, half up), NPS of the recommendation question (% 9-10 minus
 * % 0-6, whole number) and the free texts. With fewer answers than the minimum, and at least one, only
 * the counts are kept ({@link #hidden()}), so that no single answer can be recognised; {@link #notice()}
 * says why, in Swedish.
 *
 * @param questions per question in the questionnaire's order; empty when hidden
 */
public record QuestionnaireResults(int invited, int responses, BigDecimal responseRate, boolean hidden,
        int minimum, List<QuestionResult> questions) {

    /** One question's result: {@code average} for a scale, {@code nps} for the recommendation, {@code texts} for a text. */
    public record QuestionResult(Question question, BigDecimal average, Integer nps, List<String> texts) {
    }

    static QuestionnaireResults compile(Questionnaire questionnaire, int invited, List<Map<String, Object>> answers,
            int minimum) {
        int n = answers.size();
        BigDecimal rate = invited == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(100L * n).divide(BigDecimal.valueOf(invited), 1, RoundingMode.HALF_UP);
        if (n > 0 && n < minimum) {
            return new QuestionnaireResults(invited, n, rate, true, minimum, List.of());
        }
        List<QuestionResult> results = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            List<Object> values = answers.stream().map(a -> a.get(question.id())).filter(v -> v != null).toList();
            switch (question.kind()) {
                case SCALE -> results.add(new QuestionResult(question, average(values), null, List.of()));
                case RECOMMENDATION -> results.add(new QuestionResult(question, null, nps(values), List.of()));
                case TEXT -> results.add(new QuestionResult(question, null, null,
                        values.stream().map(v -> ((String) v).trim()).filter(s -> !s.isEmpty()).toList()));
            }
        }
        return new QuestionnaireResults(invited, n, rate, false, minimum, List.copyOf(results));
    }

    /** Why the results are not shown (null when they are). */
    public String notice() {
        return hidden ? "Resultat och kommentarer visas inte eftersom bara " + responses + " av " + invited
                + " svarade. De visas först när minst " + minimum
                + " har svarat, så att ingen enskild persons svar kan kännas igen." : null;
    }

    /**
     * The results as text for a report form or a mail, in Swedish with decimal commas: the counts, then
     * one line per scale and recommendation question, then the free texts as a list.
     */
    public String summary() {
        StringBuilder text = new StringBuilder("Svar: ").append(responses).append(" av ").append(invited)
                .append(" (").append(swedish(responseRate)).append(" %)");
        if (hidden) {
            return text.append("\n").append(notice()).toString();
        }
        if (responses == 0) {
            return text.toString();
        }
        for (QuestionResult result : questions) {
            switch (result.question().kind()) {
                case SCALE -> text.append("\n").append(result.question().text()).append(": ")
                        .append(swedish(result.average())).append(" av 5");
                case RECOMMENDATION -> text.append("\n").append(result.question().text()).append(": NPS ")
                        .append(result.nps());
                case TEXT -> {
                    text.append("\n").append(result.question().text());
                    if (result.texts().isEmpty()) {
                        text.append("\n– (inga svar)");
                    }
                    result.texts().forEach(t -> text.append("\n– ").append(t));
                }
            }
        }
        return text.toString();
    }

    /** The average of a scale question, or null (hidden, nobody answered, no such question). */
    public BigDecimal average(String questionId) {
        return questions.stream().filter(q -> q.question().id().equals(questionId)).map(QuestionResult::average)
                .filter(v -> v != null).findFirst().orElse(null);
    }

    /** The NPS of a recommendation question, or null. */
    public Integer nps(String questionId) {
        return questions.stream().filter(q -> q.question().id().equals(questionId)).map(QuestionResult::nps)
                .filter(v -> v != null).findFirst().orElse(null);
    }

    /** The free texts of a text question (empty when hidden). */
    public List<String> texts(String questionId) {
        return questions.stream().filter(q -> q.question().id().equals(questionId)).findFirst()
                .map(QuestionResult::texts).orElse(List.of());
    }

    private static BigDecimal average(List<Object> values) {
        if (values.isEmpty()) {
            return null;
        }
        long sum = values.stream().mapToLong(v -> ((Number) v).longValue()).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    private static Integer nps(List<Object> values) {
        if (values.isEmpty()) {
            return null;
        }
        long promoters = values.stream().filter(v -> ((Number) v).intValue() >= 9).count();
        long detractors = values.stream().filter(v -> ((Number) v).intValue() <= 6).count();
        return BigDecimal.valueOf(100L * (promoters - detractors)).divide(BigDecimal.valueOf(values.size()), 0,
                RoundingMode.HALF_UP).intValueExact();
    }

    private static String swedish(BigDecimal value) {
        return value == null ? "–" : value.toPlainString().replace('.', ',');
    }
}
