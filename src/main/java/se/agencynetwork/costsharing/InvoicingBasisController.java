package se.agencynetwork.costsharing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.agencynetwork.directory.Agency;
import se.agencynetwork.directory.Groups;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.directory.Person;
import se.agencynetwork.directory.SwedishOrder;
import se.agencynetwork.system.api.ApiException;
import se.agencynetwork.system.api.CurrentUser;

/**
 * The invoicing basis per agency and period: the lines of final allocations booked from
 * {@code from} to {@code to} (inclusive). {@code GET /api/invoicing-basis} answers JSON,
 * {@code GET /api/invoicing-basis.csv} a file a finance office imports (docs/COST-SHARING.md).
 * Coordinators, training administrators and admins see every agency; a head or training
 * coordinator of an agency sees only that agency.
 */
@RestController
class InvoicingBasisController {

    record Line(
            String agency,
            String agencyName,
            String orgNumber,
            String invoiceReference,
            boolean vatLiable,
            String activityKey,
            AllocationKind kind,
            int version,
            String allocationId,
            LocalDate bookedOn,
            int participants,
            BigDecimal keyShare,
            BigDecimal inKindCredit,
            BigDecimal amount) {
    }

    record InvoicingBasis(LocalDate from, LocalDate to, String agency, BigDecimal total, List<Line> lines) {
    }

    private final CostLedger ledger;
    private final NetworkDirectory directory;
    private final CurrentUser currentUser;

    InvoicingBasisController(CostLedger ledger, NetworkDirectory directory, CurrentUser currentUser) {
        this.ledger = ledger;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    @GetMapping(path = "/api/invoicing-basis", produces = MediaType.APPLICATION_JSON_VALUE)
    InvoicingBasis json(@RequestParam String from, @RequestParam String to,
                        @RequestParam(required = false) String agency) {
        return basis(from, to, agency);
    }

    @GetMapping(path = "/api/invoicing-basis.csv")
    ResponseEntity<byte[]> csv(@RequestParam String from, @RequestParam String to,
                               @RequestParam(required = false) String agency) {
        InvoicingBasis basis = basis(from, to, agency);
        String name = "fakturaunderlag-" + (basis.agency() == null ? "alla" : basis.agency())
                + "-" + basis.from() + "-" + basis.to() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(InvoicingBasisCsv.write(basis.lines()));
    }

    private InvoicingBasis basis(String fromText, String toText, String agencyParam) {
        LocalDate from = date("from", fromText);
        LocalDate to = date("to", toText);
        if (from.isAfter(to)) {
            throw ApiException.badRequest("from", "Parametern 'from' (" + from + ") ligger efter 'to' (" + to + ").");
        }
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
        // by agency name the Swedish way (Å, Ä, Ö after Z); within an agency in booking order
        List<Line> lines = ledger.invoicingBasis(from, to, agency).stream().map(this::line)
                .sorted(SwedishOrder.by(Line::agencyName)).toList();
        BigDecimal total = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new InvoicingBasis(from, to, agency, total, lines);
    }

    /** The caller's agency, if the caller is its head or training coordinator. */
    private Optional<String> ownAgency() {
        return directory.person(currentUser.id())
                .map(Person::agency)
                .filter(code -> currentUser.isMemberOf(Groups.headsOf(code))
                        || currentUser.isMemberOf(Groups.trainingCoordinatorsOf(code)));
    }

    private Line line(InvoicingLine l) {
        Optional<Agency> agency = directory.agency(l.agency());
        return new Line(l.agency(),
                agency.map(Agency::name).orElse(l.agency()),
                agency.map(Agency::orgNumber).orElse(""),
                agency.map(Agency::invoiceReference).orElse(""),
                l.vatLiable(), l.activityKey(), l.kind(), l.version(), l.allocationId(),
                l.bookedAt().toLocalDate(), l.participants(), l.keyShare(), l.inKindCredit(), l.amount());
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
