package se.agencynetwork.mentorship;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.agencynetwork.survey.Question;
import se.agencynetwork.survey.Questionnaire;

/**
 * The questions the adepts and mentors answer when the programme is over, the same for both roles (so that the
 * answers can be compiled for all and per role): three 1-5 scales, the 0-10 recommendation and two free texts.
 */
@Configuration
class MentorshipQuestionnaire {

    /** Stored with every round: never reuse it for other questions. */
    static final String KEY = "mentorship-evaluation";

    static final String GOALS = "goals";
    static final String MATCHING = "matching";
    static final String ARRANGEMENT = "arrangement";
    static final String RECOMMEND = "recommend";
    static final String VALUABLE = "valuable";
    static final String IMPROVE = "improve";

    @Bean
    Questionnaire mentorshipEvaluationQuestionnaire() {
        return new Questionnaire(KEY, "Utvärdering av mentorprogrammet",
                "Du har varit adept eller mentor i nätverkets mentorprogram. Enkäten tar några minuter. Svaren sparas"
                        + " utan koppling till dig och visas bara sammanställda, när minst fem har svarat.",
                List.of(Question.scale(GOALS, "I vilken grad har mentorskapet hjälpt dig mot de mål du hade med programmet?",
                                "1 = inte alls, 5 = i mycket hög grad"),
                        Question.scale(MATCHING, "Hur väl passade matchningen med din adept eller mentor?",
                                "1 = mycket dåligt, 5 = mycket väl"),
                        Question.scale(ARRANGEMENT, "Hur väl fungerade programmets upplägg: uppstarten, avstämningarna"
                                + " och stödet från utbildningssamordnaren?", "1 = mycket dåligt, 5 = mycket väl"),
                        Question.recommendation(RECOMMEND,
                                "Hur troligt är det att du skulle rekommendera mentorprogrammet till en kollega?"),
                        Question.text(VALUABLE, "Vad har varit mest värdefullt för dig i programmet?", null),
                        Question.text(IMPROVE, "Vad skulle göra nästa mentorprogram bättre?", null)));
    }
}
