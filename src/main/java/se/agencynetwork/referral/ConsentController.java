package se.agencynetwork.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.agencynetwork.survey.PageFormToken;
import se.agencynetwork.notification.NotificationProperties;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.referral.CandidateReferrals.Answer;
import se.agencynetwork.referral.ReferralRepository.Referral;

/**
 * The candidate's consent page, {@code /referral/{token}}: no account, outside {@code /api} and the
 * Camunda webapps; the personal link is the credential, as for the course survey. It says what is
 * shared, why, on what legal basis, with whom and for how long, shows the profile, and lets the
 * candidate consent or decline and later withdraw the consent with the same link. Unknown links and
 * links of closed referrals answer 404; an answer that no longer fits (already answered, closed) 409;
 * an answer not sent from the page itself ({@link PageFormToken}) 403 - and nothing changes.
 */
@Controller
class ConsentController {

    private final CandidateReferrals referrals;
    private final ReferralProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final PageFormToken formTokens;

    ConsentController(CandidateReferrals referrals, ReferralProperties properties, TransactionTemplate transactions,
            Clock clock, NotificationProperties notificationProperties) {
        this.referrals = referrals;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
        this.formTokens = new PageFormToken(notificationProperties.baseUrl(), "referral-form", "/referral");
    }

    @GetMapping(ConsentLinks.PATH + "{token}")
    String show(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        Optional<Referral> referral = referrals.byLink(token);
        if (referral.isEmpty()) {
            return unknown(model, response);
        }
        return page(referral.get(), token, model, formTokens.issue(request, response));
    }

    @PostMapping(ConsentLinks.PATH + "{token}")
    String answer(@PathVariable String token, @RequestParam Map<String, String> form, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Optional<Referral> referral = referrals.byLink(token);
        if (referral.isEmpty()) {
            return unknown(model, response);
        }
        if (!formTokens.fromThePage(request, form.get(PageFormToken.FIELD))) {
            return refuse(model, response, HttpStatus.FORBIDDEN, "Svaret kunde inte tas emot eftersom det inte skickades"
                    + " från sidan i länken. Öppna länken i e-postmeddelandet igen och svara där. Ingenting har ändrats.");
        }
        Answer answer = switch (form.getOrDefault("answer", "")) {
            case "consent" -> Answer.CONSENT;
            case "decline" -> Answer.DECLINE;
            case "withdraw" -> Answer.WITHDRAW;
            default -> null;
        };
        if (answer == null) {
            return refuse(model, response, HttpStatus.BAD_REQUEST, "Svaret kunde inte tas emot: välj att samtycka, avböja"
                    + " eller återkalla samtycket. Ingenting har ändrats.");
        }
        Boolean done;
        try {
            done = transactions.execute(status -> referrals.answer(referral.get(), answer, clock.instant()));
        } catch (MismatchingMessageCorrelationException closedMeanwhile) {
            done = false;
        }
        if (!Boolean.TRUE.equals(done)) {
            return refuse(model, response, HttpStatus.CONFLICT, "Det svaret går inte att ge längre: du har redan svarat,"
                    + " eller så har delningen avslutats. Ladda om sidan för att se vad som gäller nu.");
        }
        model.addAttribute("answer", answer.name());
        model.addAttribute("agencyName", referrals.agencyName(referral.get().referringAgency()));
        if (answer == Answer.CONSENT) {
            Referral shared = referrals.referral(referral.get().id());
            model.addAttribute("sharedUntil", date(shared));
        }
        return "referral/answered";
    }

    private String page(Referral referral, String token, Model model, String formToken) {
        model.addAttribute("token", token);
        model.addAttribute("formToken", formToken);
        model.addAttribute("status", referral.status().name());
        model.addAttribute("agencyName", referrals.agencyName(referral.referringAgency()));
        model.addAttribute("roleTitle", referral.roleTitle());
        model.addAttribute("candidate", referrals.candidate(referral.id()).orElse(null));
        model.addAttribute("answerBy", LocalDate.ofInstant(referral.answerDeadline(), NetworkTime.ZONE).toString());
        model.addAttribute("sharedUntil", date(referral));
        model.addAttribute("sharingPeriod", swedish(properties.sharingPeriod()));
        return "referral/consent";
    }

    private static String date(Referral referral) {
        return referral.sharedUntil() == null ? null
                : LocalDate.ofInstant(referral.sharedUntil(), NetworkTime.ZONE).toString();
    }

    /** "6 månader", "1 år", "90 dagar". */
    static String swedish(Period period) {
        StringBuilder text = new StringBuilder();
        if (period.getYears() > 0) {
            text.append(period.getYears()).append(" år");
        }
        if (period.getMonths() > 0) {
            text.append(text.isEmpty() ? "" : " och ").append(period.getMonths())
                    .append(period.getMonths() == 1 ? " månad" : " månader");
        }
        if (period.getDays() > 0) {
            text.append(text.isEmpty() ? "" : " och ").append(period.getDays())
                    .append(period.getDays() == 1 ? " dag" : " dagar");
        }
        return text.toString();
    }

    private String unknown(Model model, HttpServletResponse response) {
        return refuse(model, response, HttpStatus.NOT_FOUND, "Länken är ogiltig eller gäller inte längre. Om du har"
                + " avböjt, återkallat ditt samtycke eller inte svarade i tid är dina uppgifter redan raderade.");
    }

    private String refuse(Model model, HttpServletResponse response, HttpStatus status, String message) {
        response.setStatus(status.value());
        model.addAttribute("message", message);
        return "referral/refused";
    }
}
