package se.agencynetwork.overview;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.Money;
import se.agencynetwork.process.SwedishOrder;
import se.agencynetwork.overview.OverviewAccess.Viewer;

/**
 * The network's overview ({@code /overview}), one agency's overview ({@code /overview/agency/{code}})
 * and one case's history ({@code /overview/case/{businessKey}}): server-rendered Swedish pages with
 * charts as SVG and a table beside each. Nobody logged in gets the login (401); someone logged in who
 * may not see a page gets 403; a head or training coordinator asking for the network's overview is
 * sent to their own agency's.
 */
@Controller
class OverviewController {

    private final OverviewQueries queries;
    private final OverviewAccess access;
    private final NetworkDirectory directory;
    private final String loginUrl;

    OverviewController(OverviewQueries queries, OverviewAccess access, NetworkDirectory directory, ProcessEngine engine,
            CamundaBpmProperties camunda) {
        this.queries = queries;
        this.access = access;
        this.directory = directory;
        this.loginUrl = camunda.getWebapp().getApplicationPath() + "/app/tasklist/" + engine.getName() + "/#/login";
    }

    @GetMapping("/overview")
    String network(@RequestParam(required = false) String year, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Optional<Viewer> viewer = access.viewer(request);
        if (viewer.isEmpty()) {
            return login(response, model);
        }
        if (!viewer.get().seesNetwork()) {
            Optional<String> own = access.ownAgency(viewer.get());
            if (own.isPresent()) {
                return "redirect:/overview/agency/" + own.get() + (year == null || !year.strip().matches("\\d{4}")
                        ? "" : "?year=" + year.strip());
            }
            return forbidden(response, model, "Nätverkets översikt är till för nätverkskoordinatorn, utbildningsrådet,"
                    + " styrgruppen och administratörer.");
        }
        Integer chosen = year(year, response);
        if (chosen == null) {
            return badYear(model, year);
        }
        return page(queries.overview(chosen, null), model);
    }

    @GetMapping("/overview/agency/{agency}")
    String agency(@PathVariable String agency, @RequestParam(required = false) String year, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Optional<Viewer> viewer = access.viewer(request);
        if (viewer.isEmpty()) {
            return login(response, model);
        }
        if (directory.agency(agency).isEmpty()) {
            response.setStatus(404);
            model.addAttribute("message", "Det finns ingen myndighet med koden '" + agency + "' i nätverket.");
            return "overview/refused";
        }
        if (!viewer.get().seesAgency(agency)) {
            return forbidden(response, model, "Du får bara se översikten för din egen myndighet.");
        }
        Integer chosen = year(year, response);
        if (chosen == null) {
            return badYear(model, year);
        }
        return page(queries.overview(chosen, agency), model);
    }

    @GetMapping("/overview/case/{businessKey}")
    String history(@PathVariable String businessKey, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Optional<Viewer> viewer = access.viewer(request);
        if (viewer.isEmpty()) {
            return login(response, model);
        }
        boolean allowed = viewer.get().seesNetwork() || directory.agencyCodes().stream()
                .anyMatch(code -> viewer.get().seesAgency(code) && queries.concerns(businessKey, code));
        if (!allowed) {
            return forbidden(response, model, "Du får bara se ärenden som din myndighet deltar i.");
        }
        var steps = queries.history(businessKey);
        if (steps.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("message", "Det finns inget ärende med nyckeln '" + businessKey + "'.");
            return "overview/refused";
        }
        model.addAttribute("businessKey", businessKey);
        model.addAttribute("title", queries.titles(java.util.List.of(businessKey)).get(businessKey));
        model.addAttribute("steps", steps);
        model.addAttribute("fmt", new Format());
        model.addAttribute("network", directory.networkName());
        return "overview/case";
    }

    private String page(Overview overview, Model model) {
        model.addAttribute("o", overview);
        model.addAttribute("fmt", new Format());
        model.addAttribute("network", directory.networkName());
        model.addAttribute("funnelChart", SvgCharts.funnel(overview.funnel(), "chart-funnel"));
        model.addAttribute("moneyChart", SvgCharts.money(overview.money(), "chart-money"));
        model.addAttribute("reviewChart", SvgCharts.trend(overview.reviews(), !overview.network(), "chart-reviews"));
        model.addAttribute("agencies", directory.agencies().stream()
                .sorted(SwedishOrder.by(a -> a.name())).toList());
        return "overview/index";
    }

    private Integer year(String text, HttpServletResponse response) {
        if (text == null || text.isBlank()) {
            return queries.today().getYear();
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        response.setStatus(400);
        return null;
    }

    private static String badYear(Model model, String year) {
        model.addAttribute("message", "Parametern 'year' måste vara ett årtal mellan 2000 och 2100, t.ex. 2026, inte '"
                + year + "'.");
        return "overview/refused";
    }

    private String login(HttpServletResponse response, Model model) {
        response.setStatus(401);
        model.addAttribute("loginUrl", loginUrl);
        model.addAttribute("network", directory.networkName());
        return "overview/login";
    }

    private String forbidden(HttpServletResponse response, Model model, String message) {
        response.setStatus(403);
        model.addAttribute("message", message);
        return "overview/refused";
    }

    /** Swedish formats for the templates: amounts to the öre, dates ÅÅÅÅ-MM-DD, averages with a decimal comma. */
    static final class Format {
        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        public String kr(Money amount) {
            if (amount == null) {
                return "–";
            }
            NumberFormat format = NumberFormat.getNumberInstance(SwedishOrder.SWEDISH);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            return format.format(amount.kronor()) + " kr";
        }

        public String decimal(BigDecimal value) {
            return value == null ? "–" : value.toPlainString().replace('.', ',');
        }

        public String date(LocalDate date) {
            return date == null ? "–" : date.toString();
        }

        public String dateTime(LocalDateTime time) {
            return time == null ? "–" : time.format(DATE_TIME);
        }

        public String daysLeft(Long days) {
            if (days == null) {
                return "–";
            }
            if (days < 0) {
                return "passerad för " + (-days) + (days == -1 ? " dag" : " dagar") + " sedan";
            }
            return days == 0 ? "i dag" : days == 1 ? "1 dag" : days + " dagar";
        }

        public String plain(BigDecimal value) {
            return value == null ? "" : value.toPlainString();
        }

        /** An amount's kronor as plain text with a decimal point, for data attributes. */
        public String kronor(Money amount) {
            return amount == null ? "" : amount.kronor().toPlainString();
        }
    }
}
