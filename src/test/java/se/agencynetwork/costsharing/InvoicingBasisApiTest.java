package se.agencynetwork.costsharing;

import static org.assertj.core.api.Assertions.assertThat;
import static se.agencynetwork.costsharing.CostSharingFixtures.sek;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.agencynetwork.directory.Groups;

/** GET /api/invoicing-basis(.csv): content, who sees what, and refusals naming the parameter. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvoicingBasisApiTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    CostLedger ledger;

    @Autowired
    IdentityService identityService;

    @Autowired
    ObjectMapper json;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    private String activity;
    private String allocationId;
    private String period;

    /** A user made by hand in Camunda (not by the directory), with the given groups. */
    private void ensureUser(String userId, String... groups) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setPassword("demo");
            identityService.saveUser(user);
        }
        for (String groupId : groups) {
            if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
                Group group = identityService.newGroup(groupId);
                group.setName(groupId);
                identityService.saveGroup(group);
            }
            if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
                identityService.createMembership(userId, groupId);
            }
        }
    }

    @BeforeEach
    void bookFinalAllocation() {
        // a login of Camunda that holds no role of any agency (made by hand, not by the directory)
        ensureUser("granskare");
        activity = "COURSE-TEST-" + UUID.randomUUID();
        // 1 000,01 kr by 2:1 participants: csn 666,67, spv 333,34 (remainders 2/3 vs 1/3 decide the öre)
        allocationId = ledger.book(activity, AllocationKind.FINAL, "invoice-" + activity, "engine",
                AllocationRequest.of(sek("1000.01"), CostKey.PER_PARTICIPANT,
                        List.of(new CoFunder("csn", 2), new CoFunder("spv", 1)))).id();
        LocalDate today = LocalDate.now(clock);
        period = "from=" + today.minusDays(1) + "&to=" + today;
    }

    private ResponseEntity<String> get(String user, String url) {
        return rest.withBasicAuth(user, "demo").getForEntity(url, String.class);
    }

    private List<JsonNode> linesOfThisActivity(ResponseEntity<String> response) throws Exception {
        JsonNode body = json.readTree(response.getBody());
        return java.util.stream.StreamSupport.stream(body.get("lines").spliterator(), false)
                .filter(l -> l.get("activityKey").asText().equals(activity)).toList();
    }

    @Test
    void theCoordinatorSeesEveryAgencysLines() throws Exception {
        ResponseEntity<String> response = get("koordinator", "/api/invoicing-basis?" + period);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<JsonNode> lines = linesOfThisActivity(response);
        assertThat(lines).extracting(l -> l.get("agency").asText()).containsExactly("csn", "spv");
        JsonNode csn = lines.get(0);
        assertThat(csn.get("agencyName").asText()).isEqualTo("Centrala studiestödsnämnden (CSN)");
        assertThat(csn.get("orgNumber").asText()).isEqualTo("202100-1074");
        assertThat(csn.get("invoiceReference").asText()).isEqualTo("NATVERK-CSN");
        assertThat(csn.get("vatLiable").asBoolean()).isFalse();
        assertThat(csn.get("kind").asText()).isEqualTo("FINAL");
        assertThat(csn.get("amount").decimalValue()).isEqualByComparingTo("666.67");
        assertThat(lines.get(1).get("amount").decimalValue()).isEqualByComparingTo("333.34");
    }

    @Test
    void aHeadSeesOnlyTheOwnAgencyAndIsRefusedAnother() throws Exception {
        ResponseEntity<String> own = get("chef-csn", "/api/invoicing-basis?" + period);
        ResponseEntity<String> explicit = get("chef-csn", "/api/invoicing-basis?" + period + "&agency=csn");
        ResponseEntity<String> other = get("chef-csn", "/api/invoicing-basis?" + period + "&agency=spv");
        ResponseEntity<String> otherCsv = get("chef-csn", "/api/invoicing-basis.csv?" + period + "&agency=spv");

        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(own.getBody()).get("lines")).allSatisfy(l ->
                assertThat(l.get("agency").asText()).isEqualTo("csn"));
        assertThat(linesOfThisActivity(own)).hasSize(1);
        assertThat(linesOfThisActivity(explicit)).hasSize(1);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(other.getBody()).contains("egen myndighet");
        assertThat(otherCsv.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aTrainingCoordinatorSeesTheOwnAgency() throws Exception {
        ResponseEntity<String> response = get("utbkoord-spv", "/api/invoicing-basis?" + period);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(linesOfThisActivity(response)).extracting(l -> l.get("agency").asText()).containsExactly("spv");
    }

    @Test
    void aUserWithoutAnAgencyRoleIsRefused() {
        ResponseEntity<String> response = get("granskare", "/api/invoicing-basis?" + period);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theCsvIsUtf8WithBomSemicolonsDecimalCommaAndASwedishHeader() {
        ResponseEntity<byte[]> response = rest.withBasicAuth("koordinator", "demo")
                .getForEntity("/api/invoicing-basis.csv?" + period, byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
        assertThat(response.getHeaders().getContentType().getCharset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(response.getHeaders().getContentDisposition().getFilename()).startsWith("fakturaunderlag-alla-")
                .endsWith(".csv");
        byte[] body = response.getBody();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        String[] rows = text.split("\r\n");
        assertThat(rows[0]).isEqualTo("Myndighet;Myndighetskod;Organisationsnummer;Fakturareferens;Momspliktig;"
                + "Aktivitet;Fördelning;Version;Bokförd;Deltagare;Andel enligt nyckel (kr);Avräknad egen insats (kr);"
                + "Belopp att fakturera (kr);Radtyp;Fördelnings-id;Rättar fördelning;Rättar underlag;Betalningsmottagare");
        String today = LocalDate.now(clock).toString();
        assertThat(rows).contains(
                "Centrala studiestödsnämnden (CSN);csn;202100-1074;NATVERK-CSN;Nej;" + activity + ";Slutlig;1;" + today
                        + ";2;666,67;0,00;666,67;Debitering;" + allocationId + ";;;",
                "Statens tjänstepensionsverk (SPV);spv;202100-1140;NATVERK-SPV;Nej;" + activity + ";Slutlig;1;" + today
                        + ";1;333,34;0,00;333,34;Debitering;" + allocationId + ";;;");
    }

    @Test
    void aPeriodWithoutBookingsIsEmpty() throws Exception {
        ResponseEntity<String> response = get("koordinator", "/api/invoicing-basis?from=2001-01-01&to=2001-03-31");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(response.getBody()).get("lines")).isEmpty();
        assertThat(json.readTree(response.getBody()).get("total").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void badParametersAreAnswered400NamingTheParameter() throws Exception {
        assertBadRequest("/api/invoicing-basis?from=2026-13-01&to=2026-12-31", "from");
        assertBadRequest("/api/invoicing-basis?from=2026-01-01&to=31/3", "to");
        assertBadRequest("/api/invoicing-basis?from=2026-04-01&to=2026-03-31", "from");
        assertBadRequest("/api/invoicing-basis?from=2026-01-01&to=2026-03-31&agency=nasa", "agency");
        assertBadRequest("/api/invoicing-basis?from=2026-01-01", "to");
        assertBadRequest("/api/invoicing-basis.csv?to=2026-01-01", "from");
    }

    private void assertBadRequest(String url, String parameter) throws Exception {
        ResponseEntity<String> response = get("koordinator", url);

        assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("field").asText()).as(url).isEqualTo(parameter);
        assertThat(body.get("message").asText()).as(url).contains("'" + parameter + "'");
    }

    @Test
    void anonymousCallsAreRefused() {
        assertThat(rest.getForEntity("/api/invoicing-basis?" + period, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/api/invoicing-basis.csv?" + period, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<String> markInvoiced(String user, String from, String to) {
        return rest.withBasicAuth(user, "demo").postForEntity(
                "/api/invoicing-basis/mark-invoiced?from=" + from + "&to=" + to, null, String.class);
    }

    private String csvRows(String user, String query) {
        ResponseEntity<byte[]> response = rest.withBasicAuth(user, "demo")
                .getForEntity("/api/invoicing-basis.csv?" + query, byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        byte[] body = response.getBody();
        return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    }

    private void moveBooking(String allocationId, String day) {
        jdbc.update("update cost_allocation set created_at = ? where id = ?",
                Timestamp.valueOf(LocalDate.parse(day).atTime(9, 0)), allocationId);
    }

    @Test
    void aBasisMarkedAsInvoicedStaysAsSentAndALaterReplacementIsCreditedInTheNextBasis() throws Exception {
        moveBooking(allocationId, "1994-02-10");

        ResponseEntity<String> byHead = markInvoiced("chef-csn", "1994-02-01", "1994-02-28");
        ResponseEntity<String> byTrainingAdministrator = markInvoiced("utbildningsadmin", "1994-02-01", "1994-02-28");
        assertThat(byHead.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byTrainingAdministrator.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byHead.getBody()).contains("nätverkskoordinatorn");
        assertThat(json.readTree(get("koordinator", "/api/invoicing-basis?from=1994-02-01&to=1994-02-28").getBody())
                .get("issued").asBoolean()).isFalse();

        ResponseEntity<String> marked = markInvoiced("koordinator", "1994-02-01", "1994-02-28");
        assertThat(marked.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode issued = json.readTree(marked.getBody());
        assertThat(issued.get("issued").asBoolean()).isTrue();
        assertThat(issued.get("issuedBy").asText()).isEqualTo("koordinator");
        assertThat(issued.get("total").decimalValue()).isEqualByComparingTo("1000.01");

        // attendance corrected in March: 1 200,00 kr, csn 2, spv 1, bolagsverket 1
        String replacement = ledger.book(activity, AllocationKind.FINAL, "invoice-again-" + activity, "engine",
                AllocationRequest.of(sek("1200.00"), CostKey.PER_PARTICIPANT, List.of(new CoFunder("csn", 2),
                        new CoFunder("spv", 1), new CoFunder("bolagsverket", 1)))).id();
        moveBooking(replacement, "1994-03-02");
        jdbc.update("update cost_allocation set superseded_at = ? where id = ?",
                Timestamp.valueOf(LocalDate.parse("1994-03-02").atTime(9, 0)), allocationId);

        JsonNode february = json.readTree(get("koordinator", "/api/invoicing-basis?from=1994-02-01&to=1994-02-28").getBody());
        assertThat(february.get("issued").asBoolean()).isTrue();
        assertThat(february.get("total").decimalValue()).isEqualByComparingTo("1000.01");
        assertThat(february.get("lines")).extracting(l -> l.get("amount").decimalValue().toPlainString())
                .containsExactly("666.67", "333.34");

        String march = "from=1994-03-01&to=1994-03-31";
        String tail = ";" + allocationId + ";1994-02-01–1994-02-28;"; // no creditor: course shares go to the network
        assertThat(csvRows("koordinator", march).split("\r\n")).containsExactly(InvoicingBasisCsv.HEADER,
                "Bolagsverket;bolagsverket;202100-1009;NATVERK-BOLAGSVERKET;Nej;" + activity
                        + ";Slutlig;2;1994-03-02;1;300,00;0,00;300,00;Debitering;" + replacement + tail,
                "Centrala studiestödsnämnden (CSN);csn;202100-1074;NATVERK-CSN;Nej;" + activity
                        + ";Slutlig;1;1994-03-02;-2;-666,67;0,00;-666,67;Kreditering;" + allocationId + tail,
                "Centrala studiestödsnämnden (CSN);csn;202100-1074;NATVERK-CSN;Nej;" + activity
                        + ";Slutlig;2;1994-03-02;2;600,00;0,00;600,00;Debitering;" + replacement + tail,
                "Statens tjänstepensionsverk (SPV);spv;202100-1140;NATVERK-SPV;Nej;" + activity
                        + ";Slutlig;1;1994-03-02;-1;-333,34;0,00;-333,34;Kreditering;" + allocationId + tail,
                "Statens tjänstepensionsverk (SPV);spv;202100-1140;NATVERK-SPV;Nej;" + activity
                        + ";Slutlig;2;1994-03-02;1;300,00;0,00;300,00;Debitering;" + replacement + tail);
        assertThat(csvRows("chef-csn", march).split("\r\n")).extracting(row -> row.split(";")[12])
                .containsExactly("Belopp att fakturera (kr)", "-666,67", "600,00");
        JsonNode marchJson = json.readTree(get("koordinator", "/api/invoicing-basis?" + march).getBody());
        assertThat(marchJson.get("total").decimalValue()).isEqualByComparingTo("199.99");
        assertThat(marchJson.get("lines").get(1).get("type").asText()).isEqualTo("CREDIT");
        assertThat(marchJson.get("lines").get(1).get("correctsAllocationId").asText()).isEqualTo(allocationId);

        ResponseEntity<String> notOver = markInvoiced("koordinator", "1994-03-01", LocalDate.now(clock).toString());
        ResponseEntity<String> overlapping = markInvoiced("koordinator", "1994-02-15", "1994-03-31");
        assertThat(notOver.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(notOver.getBody()).get("field").asText()).isEqualTo("to");
        assertThat(overlapping.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(overlapping.getBody()).get("message").asText()).contains("1994-02-01–1994-02-28");
    }
}
