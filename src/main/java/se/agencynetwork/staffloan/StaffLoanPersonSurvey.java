package se.agencynetwork.staffloan;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.agencynetwork.survey.Question;
import se.agencynetwork.survey.Questionnaire;
import se.agencynetwork.survey.Surveys;

/**
 * The person's own evaluation of a loan: a short questionnaire answered through a personal link
 * ({@link Surveys}, the person may have no account). One round per loan, the group {@value #GROUP}; the answers
 * carry no name, and the overview and the network review show them only over several loans and from the
 * survey's minimum of answers up.
 */
@Configuration
class StaffLoanPersonSurvey {

    static final String QUESTIONNAIRE = "staff-loan-person";
    static final String GROUP = "person";
    static final String WORK = "workRating";
    static final String LEARNING = "learningRating";
    static final String SUPPORT = "supportRating";
    static final String IMPROVE = "improve";

    @Bean
    Questionnaire staffLoanPersonQuestionnaire() {
        return new Questionnaire(QUESTIONNAIRE, "Utvärdering av ditt utlån",
                "Ditt utlån är avslutat. Fyra korta frågor om hur det fungerade för dig; svaren är anonyma och"
                        + " visas bara sammanställda för flera utlån.",
                List.of(Question.scale(WORK, "Hur väl fungerade arbetet hos den lånande myndigheten?",
                                "1 = inte alls, 5 = mycket väl"),
                        Question.scale(LEARNING, "Hur mycket har du utvecklats av utlånet?",
                                "1 = inte alls, 5 = mycket"),
                        Question.scale(SUPPORT, "Hur väl tog myndigheterna hand om dig under utlånet (introduktion,"
                                + " arbetsledning, kontakt med din arbetsgivare)?", "1 = inte alls, 5 = mycket väl"),
                        Question.text(IMPROVE, "Vad kan bli bättre vid nästa utlån?", null)));
    }

    /** The round of one loan: its own key, so that no other capability's round can share it. */
    static String roundKey(String businessKey) {
        return businessKey + ":" + GROUP;
    }

    /**
     * Opens the loan's round (until the heads' evaluation is due) and returns the person's personal link.
     */
    static String invite(Surveys surveys, String businessKey, String subject, LocalDateTime closesAt,
            String processInstanceId) {
        surveys.open(roundKey(businessKey), QUESTIONNAIRE, subject, closesAt, processInstanceId);
        return surveys.invite(roundKey(businessKey), GROUP);
    }
}
