package se.agencynetwork.costsharing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.agencynetwork.directory.Groups;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.directory.Person;
import se.agencynetwork.system.api.ApiException;
import se.agencynetwork.system.api.CurrentUser;

/**
 * The invoicing basis per agency and period (docs/COST-SHARING.md section 7).
 * {@code GET /api/invoicing-basis} answers JSON, {@code GET /api/invoicing-basis.csv} a file a
 * finance office imports: the basis as issued if the period was marked as invoiced, else what is
 * still to be invoiced from it. {@code POST /api/invoicing-basis/mark-invoiced} marks a period's
 * basis as sent and freezes it. Coordinators, training administrators and admins see every agency;
 * a head or training coordinator of an agency sees only that agency; only network coordinators and
 * admins mark a basis as invoiced.
 */
@RestController
record InvoicingBasisController(InvoicingRuns runs, NetworkDirectory directory, CurrentUser currentUser) {

    @GetMapping(path = "/api/invoicing-basis", produces = MediaType.APPLICATION_JSON_VALUE)
    InvoicingRuns.Basis json(@RequestParam String from, @RequestParam String to,
                             @RequestParam(required = false) String agency) {
        return basis(from, to, agency);
    }

    @GetMapping(path = "/api/invoicing-basis.csv")
    ResponseEntity<byte[]> csv(@RequestParam String from, @RequestParam String to,
                               @RequestParam(required = false) String agency) {
        InvoicingRuns.Basis basis = basis(from, to, agency);
        String name = "fakturaunderlag-" + (basis.agency() == null ? "alla" : basis.agency())
                + "-" + basis.from() + "-" + basis.to() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(InvoicingBasisCsv.write(basis.lines()));
    }

    /**
     * Marks the period's basis (all agencies) as invoiced: from then on it is answered as it was
     * at this moment, and a later change of its allocations is credited in a later basis.
     * Marking the same period again answers the basis issued first.
     */
    @PostMapping(path = "/api/invoicing-basis/mark-invoiced", produces = MediaType.APPLICATION_JSON_VALUE)
    InvoicingRuns.Basis markInvoiced(@RequestParam String from, @RequestParam String to) {
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        requireOrdered(fromDate, toDate);
        if (!currentUser.isAdmin() && !currentUser.isMemberOf(Groups.NETWORK_COORDINATORS)) {
            throw ApiException.forbidden("Bara nätverkskoordinatorn och administratörer får markera ett"
                    + " fakturaunderlag som fakturerat.");
        }
        try {
            return runs.issue(fromDate, toDate, currentUser.id());
        } catch (InvoicingRuns.IssueRefused refused) {
            throw new ApiException(refused.conflict() ? 409 : 400, refused.field(), refused.getMessage());
        }
    }

    private InvoicingRuns.Basis basis(String fromText, String toText, String agencyParam) {
        LocalDate from = date("from", fromText);
        LocalDate to = date("to", toText);
        requireOrdered(from, to);
        String agency = agencyParam == null || agencyParam.isBlank() ? null : agencyParam.strip();
        if (agency != null && directory.agency(agency).isEmpty()) {
            throw ApiException.badRequest("agency", "Parametern 'agency' anger en okänd myndighet: '" + agency + "'.");
        }
        if (!currentUser.seesWholeNetwork()) {
            String own = ownAgency().orElseThrow(() ->
                    ApiException.forbidden("Du får inte se fakturaunderlag: du är varken chef eller"
                            + " utbildningssamordnare vid en medlemsmyndighet."));
            if (agency != null && !agency.equals(own)) {
                throw ApiException.forbidden("Du får bara se fakturaunderlaget för din egen myndighet ('" + own + "').");
            }
            agency = own;
        }
        return runs.basis(from, to, agency);
    }

    private static void requireOrdered(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw ApiException.badRequest("from", "Parametern 'from' (" + from + ") ligger efter 'to' (" + to + ").");
        }
    }

    /** The caller's agency, if the caller is its head or training coordinator. */
    private Optional<String> ownAgency() {
        return directory.person(currentUser.id())
                .map(Person::agency)
                .filter(code -> currentUser.isMemberOf(Groups.headsOf(code))
                        || currentUser.isMemberOf(Groups.trainingCoordinatorsOf(code)));
    }

    private static LocalDate date(String parameter, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(parameter, "Parametern '" + parameter + "' är inget datum på formen"
                    + " ÅÅÅÅ-MM-DD: '" + text + "'.");
        }
    }
}
