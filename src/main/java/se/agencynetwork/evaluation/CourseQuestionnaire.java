package se.agencynetwork.evaluation;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.agencynetwork.survey.Question;
import se.agencynetwork.survey.Questionnaire;

/**
 * The questions the participants who attended a course answer after it (level 1 and 2 of the evaluation): three
 * 1-5 scales, the 0-10 recommendation and two free texts. One round per course, keyed by the course's business
 * key; every participant is in the group {@link #PARTICIPANT}.
 */
@Configuration
class CourseQuestionnaire {

    /** Stored with every round: never reuse it for other questions. */
    static final String KEY = "course-evaluation";
    /** The one respondent group of a course's round. */
    static final String PARTICIPANT = "participant";

    static final String RELEVANCE = "relevance";
    static final String TRAINER = "trainer";
    static final String OVERALL = "overall";
    static final String NPS = "nps";
    static final String LEARNED = "learned";
    static final String COMMENT = "comment";

    private static final String SCALE_HINT = "1 = mycket dåligt, 5 = mycket bra";

    @Bean
    Questionnaire courseEvaluationQuestionnaire() {
        return new Questionnaire(KEY, "Kursutvärdering",
                "Vad tyckte du om kursen? Enkäten tar några minuter. Svaren sparas utan ditt namn och visas bara"
                        + " sammanställda.",
                List.of(Question.scale(RELEVANCE, "Hur relevant var utbildningen för ditt arbete?", SCALE_HINT),
                        Question.scale(TRAINER, "Hur bra var utbildaren?", SCALE_HINT),
                        Question.scale(OVERALL, "Vilket helhetsbetyg ger du utbildningen?", SCALE_HINT),
                        Question.recommendation(NPS,
                                "Hur troligt är det att du skulle rekommendera utbildningen till en kollega?"),
                        Question.text(LEARNED, "Vad är det viktigaste du har lärt dig?", null),
                        Question.text(COMMENT, "Övriga synpunkter", "Skriv inte namn på andra personer.")));
    }
}
