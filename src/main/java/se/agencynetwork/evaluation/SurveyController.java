package se.agencynetwork.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.agencynetwork.survey.LinkTokens;
import se.agencynetwork.survey.PageFormToken;
import se.agencynetwork.process.TextSafety;
import se.agencynetwork.notification.NotificationProperties;
import se.agencynetwork.evaluation.SurveyRepository.Answer;
import se.agencynetwork.evaluation.SurveyRepository.Invitation;

/**
 * The participants' survey page, {@code /survey/{token}}: no account, outside {@code /api} and the
 * Camunda webapps. The one-time token in the path is the only credential: a cross-site page cannot
 * know it, and it works once. Unknown or malformed links answer 404, used or expired ones 410, values
 * out of range 400 - and nothing is stored. The page shows the course title only, nothing about the
 * participant or others.
 *
 * <p>An answer must also come from the page itself ({@link PageFormToken}): the page carries a
 * random form token both in a {@code SameSite=Strict} cookie and in the form, and a POST without the
 * same token in both, or with an {@code Origin} of another site, is refused with 403. (The page is
 * sent with {@code Referrer-Policy: no-referrer}, so that the link does not leak; browsers then send
 * {@code Origin: null} with the form, which is why the token and not the origin decides.)
 */
@Controller
public class SurveyController {

    static final int MAX_TEXT = 2000;

    private final SurveyRepository repository;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final PageFormToken formTokens;

    public SurveyController(SurveyRepository repository, TransactionTemplate transactions, Clock clock,
            NotificationProperties notificationProperties) {
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
        this.formTokens = new PageFormToken(notificationProperties.baseUrl(), "survey-form", "/survey");
    }

    @GetMapping("/survey/{token}")
    public String show(@PathVariable String token, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Invitation> invitation = open(token, model, response);
        if (invitation.isEmpty()) {
            return "survey/refused";
        }
        model.addAttribute("courseTitle", invitation.get().courseTitle());
        model.addAttribute("token", token);
        model.addAttribute("formToken", formTokens.issue(request, response));
        model.addAttribute("values", Map.of());
        return "survey/form";
    }

    @PostMapping("/survey/{token}")
    public String answer(@PathVariable String token, @RequestParam Map<String, String> form, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Optional<Invitation> invitation = open(token, model, response);
        if (invitation.isEmpty()) {
            return "survey/refused";
        }
        if (!formTokens.fromThePage(request, form.get(PageFormToken.FIELD))) {
            return refuse(model, response, HttpStatus.FORBIDDEN, "Svaret kunde inte tas emot eftersom det inte "
                    + "skickades från enkätsidan. Öppna länken i e-postmeddelandet igen och svara där. "
                    + "Inget har sparats.");
        }
        Integer relevance = score(form.get("relevance"), 1, 5);
        Integer trainer = score(form.get("trainer"), 1, 5);
        Integer overall = score(form.get("overall"), 1, 5);
        Integer nps = score(form.get("nps"), 0, 10);
        String learned = text(form.get("learned"));
        String comment = text(form.get("comment"));
        if (relevance == null || trainer == null || overall == null || nps == null
                || refusedText(form.get("learned")) || refusedText(form.get("comment"))) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("courseTitle", invitation.get().courseTitle());
            model.addAttribute("token", token);
            model.addAttribute("formToken", form.get(PageFormToken.FIELD));
            model.addAttribute("values", form);
            model.addAttribute("error", "Svaret kunde inte tas emot: ange ett värde mellan 1 och 5 för varje fråga, "
                    + "0–10 för rekommendationsfrågan och högst " + MAX_TEXT + " tecken per textsvar, utan styrtecken. "
                    + "Inget har sparats.");
            return "survey/form";
        }
        Answer answer = new Answer(relevance, trainer, overall, nps, learned, comment);
        String hash = LinkTokens.hash(token);
        LocalDateTime now = LocalDateTime.now(clock);
        Boolean stored = transactions.execute(status -> {
            if (!repository.markUsed(hash, now)) {
                return false;
            }
            repository.insertAnswer(invitation.get().courseKey(), answer);
            return true;
        });
        if (!Boolean.TRUE.equals(stored)) {
            return refuse(model, response, HttpStatus.GONE, "Länken har redan använts eller enkäten har stängt.");
        }
        model.addAttribute("courseTitle", invitation.get().courseTitle());
        return "survey/thanks";
    }

    private Optional<Invitation> open(String token, Model model, HttpServletResponse response) {
        if (!LinkTokens.wellFormed(token)) {
            refuse(model, response, HttpStatus.NOT_FOUND, "Länken till enkäten är ogiltig. Kontrollera att du har "
                    + "kopierat hela länken från e-postmeddelandet.");
            return Optional.empty();
        }
        Optional<Invitation> invitation = repository.invitation(LinkTokens.hash(token));
        if (invitation.isEmpty()) {
            refuse(model, response, HttpStatus.NOT_FOUND, "Länken till enkäten är ogiltig. Kontrollera att du har "
                    + "kopierat hela länken från e-postmeddelandet.");
            return Optional.empty();
        }
        if (invitation.get().used()) {
            refuse(model, response, HttpStatus.GONE, "Du har redan svarat på enkäten. Tack för ditt svar! "
                    + "Varje länk kan bara användas en gång.");
            return Optional.empty();
        }
        if (!invitation.get().expiresAt().isAfter(LocalDateTime.now(clock))) {
            refuse(model, response, HttpStatus.GONE, "Enkäten har stängt och tar inte längre emot svar.");
            return Optional.empty();
        }
        return invitation;
    }

    private String refuse(Model model, HttpServletResponse response, HttpStatus status, String message) {
        response.setStatus(status.value());
        model.addAttribute("message", message);
        return "survey/refused";
    }

    static Integer score(String value, int min, int max) {
        if (value == null || !value.strip().matches("\\d{1,2}")) {
            return null;
        }
        int n = Integer.parseInt(value.strip());
        return n < min || n > max ? null : n;
    }

    /** Longer than {@link #MAX_TEXT}, or with characters no answer may hold ({@link TextSafety}). */
    private static boolean refusedText(String value) {
        return value != null && (value.trim().length() > MAX_TEXT || TextSafety.problem(value) != null);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
