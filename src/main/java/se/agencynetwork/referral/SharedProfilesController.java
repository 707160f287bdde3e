package se.agencynetwork.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.agencynetwork.survey.PageFormToken;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.notification.NotificationProperties;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.referral.ReferralViewers.Viewer;

/**
 * The profiles candidates agreed to share, for the other agencies' HR ({@code /referrals}): a small
 * server-rendered page instead of Tasklist, so that the profile never becomes a process or task
 * variable (which the engine would keep in its history) and disappears from the page the moment it is
 * deleted. Nobody logged in gets 401 with a link to the login; a person who is not HR of an agency 403.
 * The referring agency's own referrals are not listed to it. "Vi har kontaktat kandidaten" is recorded
 * once per agency and counted ({@code POST /referrals/{id}/contacted}, with the page's form token).
 */
@Controller
class SharedProfilesController {

    private final ReferralRepository repository;
    private final ReferralViewers viewers;
    private final NetworkDirectory directory;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final PageFormToken formTokens;
    private final String loginUrl;

    SharedProfilesController(ReferralRepository repository, ReferralViewers viewers, NetworkDirectory directory,
            TransactionTemplate transactions, Clock clock, NotificationProperties notificationProperties,
            ProcessEngine engine, CamundaBpmProperties camunda) {
        this.repository = repository;
        this.viewers = viewers;
        this.directory = directory;
        this.transactions = transactions;
        this.clock = clock;
        this.formTokens = new PageFormToken(notificationProperties.baseUrl(), "referrals-form", "/referrals");
        this.loginUrl = camunda.getWebapp().getApplicationPath() + "/app/tasklist/" + engine.getName() + "/#/login";
    }

    @GetMapping("/referrals")
    String profiles(HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<Viewer> viewer = viewers.viewer(request);
        if (viewer.isEmpty()) {
            return login(response, model);
        }
        if (!viewer.get().seesProfiles()) {
            return forbidden(response, model);
        }
        model.addAttribute("agencyName", directory.agencyName(viewer.get().agency()));
        model.addAttribute("profiles", repository.sharedProfiles(viewer.get().agency(), clock.instant()));
        model.addAttribute("names", directory);
        model.addAttribute("fmt", new Dates());
        model.addAttribute("formToken", formTokens.issue(request, response));
        return "referral/profiles";
    }

    @PostMapping("/referrals/{id}/contacted")
    String contacted(@PathVariable String id, @RequestParam Map<String, String> form, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Optional<Viewer> viewer = viewers.viewer(request);
        if (viewer.isEmpty()) {
            return login(response, model);
        }
        if (!viewer.get().seesProfiles()) {
            return forbidden(response, model);
        }
        if (!formTokens.fromThePage(request, form.get(PageFormToken.FIELD))) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("message", "Anteckningen kunde inte sparas eftersom den inte skickades från sidan med"
                    + " delade kandidater. Öppna sidan igen och försök där.");
            return "referral/refused";
        }
        boolean shown = repository.sharedProfiles(viewer.get().agency(), clock.instant()).stream()
                .anyMatch(profile -> profile.referralId().equals(id));
        if (!shown) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("message", "Kandidaten delas inte längre med din myndighet.");
            return "referral/refused";
        }
        transactions.executeWithoutResult(status -> repository.recordContact(id, viewer.get().agency(),
                viewer.get().userId(), clock.instant()));
        return "redirect:/referrals";
    }

    private String login(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        model.addAttribute("message", "Du är inte inloggad. Delade kandidater visas bara för HR vid nätverkets myndigheter.");
        model.addAttribute("loginUrl", loginUrl);
        return "referral/refused";
    }

    private String forbidden(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("message", "Delade kandidater visas bara för HR-chefer och myndighetschefer vid nätverkets"
                + " myndigheter.");
        return "referral/refused";
    }

    /** Dates as the page shows them (ÅÅÅÅ-MM-DD). */
    static final class Dates {
        public String day(java.time.Instant instant) {
            return LocalDate.ofInstant(instant, NetworkTime.ZONE).toString();
        }
    }
}
