package se.agencynetwork.survey;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.agencynetwork.notification.NotificationProperties;
import se.agencynetwork.survey.Surveys.OpenLink;

/**
 * The questionnaire page, {@code /questionnaire/{token}}: no account, outside {@code /api} and the
 * Camunda webapps; the one-time token in the path is the only credential. Unknown or malformed links
 * answer 404, used links and closed rounds 410, an answer not sent from the page itself
 * ({@link PageFormToken}) 403, and an answer with a field the questionnaire does not ask, a missing or
 * out-of-range value or an unacceptable text 400 naming the question - and nothing is stored. The page
 * shows the questionnaire and the round's subject, nothing about the respondent or others.
 */
@Controller
class QuestionnaireController {

    private final Surveys surveys;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final PageFormToken formTokens;

    QuestionnaireController(Surveys surveys, TransactionTemplate transactions, Clock clock,
            NotificationProperties notificationProperties) {
        this.surveys = surveys;
        this.transactions = transactions;
        this.clock = clock;
        this.formTokens = new PageFormToken(notificationProperties.baseUrl(), "questionnaire-form",
                Surveys.PATH.substring(0, Surveys.PATH.length() - 1));
    }

    @GetMapping(Surveys.PATH + "{token}")
    String show(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        Optional<OpenLink> link = open(token, model, response);
        if (link.isEmpty()) {
            return "questionnaire/refused";
        }
        return form(link.get(), token, formTokens.issue(request, response), Map.of(), List.of(), model);
    }

    @PostMapping(Surveys.PATH + "{token}")
    String answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> sent, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> form = sent.toSingleValueMap();
        Optional<OpenLink> link = open(token, model, response);
        if (link.isEmpty()) {
            return "questionnaire/refused";
        }
        if (!formTokens.fromThePage(request, form.get(PageFormToken.FIELD))) {
            return refuse(model, response, HttpStatus.FORBIDDEN, "Svaret kunde inte tas emot eftersom det inte "
                    + "skickades från enkätsidan. Öppna länken i e-postmeddelandet igen och svara där. "
                    + "Inget har sparats.");
        }
        Questionnaire questionnaire = link.get().questionnaire();
        List<String> errors = new ArrayList<>();
        form.keySet().stream().filter(name -> !name.equals(PageFormToken.FIELD))
                .filter(name -> questionnaire.question(name) == null).sorted()
                .forEach(name -> errors.add("Fältet ”" + shown(name) + "” finns inte i enkäten."));
        sent.forEach((name, given) -> {
            if (given.size() > 1 && questionnaire.question(name) != null) {
                errors.add("”" + questionnaire.question(name).text() + "”: ett svar per fråga.");
            }
        });
        Map<String, Object> values = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            String value = form.get(question.id());
            if (question.scored()) {
                Integer score = score(value);
                if (!question.accepts(score)) {
                    errors.add("”" + question.text() + "”: välj ett värde mellan " + question.kind().min() + " och "
                            + question.kind().max() + ".");
                } else {
                    values.put(question.id(), score);
                }
            } else if (value != null && !value.isBlank()) {
                if (!question.accepts(value.strip())) {
                    errors.add("”" + question.text() + "”: högst " + Question.MAX_TEXT
                            + " tecken och inga styrtecken.");
                } else {
                    values.put(question.id(), value.strip());
                }
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(link.get(), token, form.get(PageFormToken.FIELD), form, errors, model);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Boolean stored = transactions.execute(status -> surveys.answer(token, link.get(), values, now));
        if (!Boolean.TRUE.equals(stored)) {
            return refuse(model, response, HttpStatus.GONE, "Länken har redan använts eller enkäten har stängt.");
        }
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("subject", link.get().subject());
        return "questionnaire/thanks";
    }

    private String form(OpenLink link, String token, String formToken, Map<String, String> values, List<String> errors,
            Model model) {
        model.addAttribute("questionnaire", link.questionnaire());
        model.addAttribute("subject", link.subject());
        model.addAttribute("closes", link.closesAt().toLocalDate().toString());
        model.addAttribute("action", Surveys.PATH + token);
        model.addAttribute("formToken", formToken);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("maxText", Question.MAX_TEXT);
        return "questionnaire/form";
    }

    private Optional<OpenLink> open(String token, Model model, HttpServletResponse response) {
        Optional<OpenLink> link = surveys.link(token);
        if (link.isEmpty() || link.get().questionnaire() == null) {
            refuse(model, response, HttpStatus.NOT_FOUND, Surveys.INVALID_LINK);
            return Optional.empty();
        }
        if (link.get().used()) {
            refuse(model, response, HttpStatus.GONE, "Du har redan svarat på enkäten. Tack för ditt svar! "
                    + "Varje länk kan bara användas en gång.");
            return Optional.empty();
        }
        if (!link.get().closesAt().isAfter(LocalDateTime.now(clock))) {
            refuse(model, response, HttpStatus.GONE, "Enkäten har stängt och tar inte längre emot svar.");
            return Optional.empty();
        }
        return link;
    }

    private String refuse(Model model, HttpServletResponse response, HttpStatus status, String message) {
        response.setStatus(status.value());
        model.addAttribute("message", message);
        return "questionnaire/refused";
    }

    /** A field name as the error may repeat it: letters, digits, dash and underscore, at most 40. */
    private static String shown(String name) {
        String kept = name.replaceAll("[^\\p{L}\\p{N}_-]", "");
        return kept.length() > 40 ? kept.substring(0, 40) + "…" : kept;
    }

    private static Integer score(String value) {
        return value == null || !value.strip().matches("\\d{1,2}") ? null : Integer.valueOf(value.strip());
    }
}
