package se.agencynetwork.survey;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A questionnaire people answer through a personal link ({@link Surveys}): declared by the capability
 * that asks, as a Spring bean, and looked up by its key when a link is opened. The page shows the
 * title, the round's subject (e.g. the programme's name) and the questions in order.
 *
 * @param key       stable id, stored with each round ({@code [a-z][a-z0-9-]*}); never reuse one for other questions
 * @param title     the page's heading, in Swedish (e.g. "Utvärdering av mentorsprogrammet")
 * @param intro     a sentence under the heading: what it is about, how long it takes and who sees the answers
 *                  (the page itself adds only that the link works once and when the survey closes)
 * @param questions in the order they are shown; ids unique
 */
public record Questionnaire(String key, String title, String intro, List<Question> questions) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,59}");

    public Questionnaire {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("questionnaire key must match " + KEY + ": " + key);
        }
        if (title == null || title.isBlank() || questions == null || questions.isEmpty()) {
            throw new IllegalArgumentException("questionnaire " + key + " needs a title and questions");
        }
        questions = List.copyOf(questions);
        Set<String> ids = new HashSet<>();
        for (Question question : questions) {
            if (!ids.add(question.id()) || question.id().equals(PageFormToken.FIELD)) {
                throw new IllegalArgumentException("questionnaire " + key + ": question id " + question.id()
                        + " is used twice or reserved");
            }
        }
    }

    public Question question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst().orElse(null);
    }
}
