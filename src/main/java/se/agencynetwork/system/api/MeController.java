package se.agencynetwork.system.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.directory.Person;

/** {@code GET /api/me}: who the caller is in the network (user, agency, groups). */
@RestController
class MeController {

    record Me(String userId, String agency, List<String> groups) {
    }

    private final CurrentUser currentUser;
    private final NetworkDirectory directory;

    MeController(CurrentUser currentUser, NetworkDirectory directory) {
        this.currentUser = currentUser;
        this.directory = directory;
    }

    @GetMapping("/api/me")
    Me me() {
        String agency = directory.person(currentUser.id()).map(Person::agency).orElse(null);
        return new Me(currentUser.id(), agency, currentUser.groups());
    }
}
