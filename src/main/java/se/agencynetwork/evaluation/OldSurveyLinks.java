package se.agencynetwork.evaluation;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import se.agencynetwork.survey.LinkTokens;
import se.agencynetwork.survey.Surveys;

/**
 * The course survey's links mailed before it moved to the shared questionnaire page: {@code /survey/{token}}
 * (Flyway V25 moved their hashes into {@code survey_link}). A well-formed token is sent on to
 * {@code /questionnaire/{token}}, where it works as before (once, until the round closes): permanently
 * (301) when the link is opened, and with 303 when a form of the old page, open since before the move, is
 * sent (nothing of it is stored; the participant answers on the new page). Anything else is not a link:
 * 404 with the questionnaire page's message, without a look-up.
 */
@Controller
class OldSurveyLinks {

    static final String OLD_PATH = "/survey/";

    @GetMapping(OLD_PATH + "{token}")
    ModelAndView opened(@PathVariable String token) {
        return moved(token, HttpStatus.MOVED_PERMANENTLY);
    }

    @PostMapping(OLD_PATH + "{token}")
    ModelAndView sent(@PathVariable String token) {
        return moved(token, HttpStatus.SEE_OTHER);
    }

    private static ModelAndView moved(String token, HttpStatus status) {
        if (!LinkTokens.wellFormed(token)) {
            return new ModelAndView("questionnaire/refused", Map.of("message", Surveys.INVALID_LINK),
                    HttpStatus.NOT_FOUND);
        }
        RedirectView view = new RedirectView(Surveys.PATH + token, true);
        view.setStatusCode(status);
        view.setExposeModelAttributes(false);
        return new ModelAndView(view);
    }
}
