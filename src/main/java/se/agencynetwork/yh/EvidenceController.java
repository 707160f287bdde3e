package se.agencynetwork.yh;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import se.agencynetwork.directory.Groups;
import se.agencynetwork.system.api.ApiException;
import se.agencynetwork.system.api.CurrentUser;

/**
 * {@code GET /api/yh/{businessKey}/evidence}: the demand evidence of a YH application as a text
 * file the education provider attaches to its application. Coordinators, training administrators
 * and admins see every application; a head or training coordinator only those their agency was
 * asked to support.
 */
@RestController
record EvidenceController(YhApplications applications, CurrentUser currentUser) {

    @GetMapping(path = "/api/yh/{businessKey}/evidence")
    ResponseEntity<String> evidence(@PathVariable String businessKey) {
        if (applications.application(businessKey).isEmpty()) {
            throw ApiException.notFound("Det finns ingen YH-ansökan med nyckeln '" + businessKey + "'.");
        }
        List<String> agencies = applications.concernedAgencies(businessKey);
        boolean concerned = agencies.stream().anyMatch(agency -> currentUser.isMemberOf(Groups.headsOf(agency))
                || currentUser.isMemberOf(Groups.trainingCoordinatorsOf(agency)));
        if (!currentUser.seesWholeNetwork() && !concerned) {
            throw ApiException.forbidden("Du får bara se underlaget för YH-ansökningar som din myndighet har ombetts stödja.");
        }
        String name = "yh-underlag-" + businessKey + ".txt";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(applications.evidence(businessKey).text());
    }
}
