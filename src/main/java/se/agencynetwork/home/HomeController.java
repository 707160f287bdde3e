package se.agencynetwork.home;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.directory.Person;
import se.agencynetwork.directory.Role;
import se.agencynetwork.system.StartPageEntry;

/**
 * The network's start page at {@code /}: plain server-rendered HTML in Swedish (no JavaScript), the
 * network's name from the directory, who is logged in to the webapps, the links each person may use
 * and the network coordinator's mail address. {@code /network-info.json} gives the same public facts
 * to the webapps' login page (app/network/language.js).
 */
@Controller
class HomeController {

    /** A network coordinator as the start page shows them: name and mail address. */
    record Coordinator(String name, String email) {
    }

    /** The public facts about the network. */
    record NetworkInfo(String name, List<Coordinator> coordinators) {
    }

    private final NetworkDirectory directory;
    private final WebappLogin login;
    private final String webapps;
    private final List<StartPageEntry> entries;

    HomeController(NetworkDirectory directory, WebappLogin login, ProcessEngine engine, CamundaBpmProperties camunda,
            List<StartPageEntry> entries) {
        this.directory = directory;
        this.login = login;
        this.entries = entries;
        this.webapps = camunda.getWebapp().getApplicationPath() + "/app/%s/" + engine.getName() + "/";
    }

    @GetMapping("/")
    String home(HttpServletRequest request, Model model) {
        model.addAttribute("network", info());
        WebappLogin.LoggedIn user = login.of(request).orElse(null);
        model.addAttribute("user", user);
        model.addAttribute("entries", user == null ? List.of()
                : entries.stream().flatMap(entry -> entry.linkFor(user.userId()).stream()).toList());
        model.addAttribute("tasklist", webapps.formatted("tasklist"));
        model.addAttribute("cockpit", webapps.formatted("cockpit"));
        model.addAttribute("admin", webapps.formatted("admin"));
        model.addAttribute("loginUrl", webapps.formatted("tasklist") + "#/login");
        return "home/index";
    }

    @GetMapping(path = "/network-info.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    NetworkInfo networkInfo() {
        return info();
    }

    private NetworkInfo info() {
        List<Coordinator> coordinators = directory.peopleWithRole(Role.NETWORK_COORDINATOR, null).stream()
                .filter(person -> person.email() != null && !person.email().isBlank())
                .map(HomeController::coordinator).toList();
        return new NetworkInfo(directory.networkName(), coordinators);
    }

    private static Coordinator coordinator(Person person) {
        return new Coordinator((person.firstName() + " " + person.lastName()).trim(), person.email());
    }
}
