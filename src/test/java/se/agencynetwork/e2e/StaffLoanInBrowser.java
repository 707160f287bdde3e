package se.agencynetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import se.agencynetwork.models.ids.StaffLoanModel;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.staffloan.StaffLoanVariables;

/**
 * A staff loan (staff-loan) with every human step in Tasklist, in Chromium, by a user of the step's own group:
 *
 * <ol>
 * <li>CSN's HR manager (working group wg-hr-managers) posts the need from Tasklist's start form;</li>
 * <li>the coordinator publishes it;</li>
 * <li>SPV's head offers a person in Tasklist; the other fourteen agencies' heads answer their own copies over REST
 * (Bolagsverket declines after checking it cannot see SPV's offer, the rest too);</li>
 * <li>CSN's head chooses SPV's offer and writes the terms; both heads approve in Tasklist; SPV's head records the
 * person's consent;</li>
 * <li>the loan runs: CSN's head asks for an extension in Tasklist ({@code staffLoanChangeForm}) and SPV's head
 * approves it there ({@code staffLoanExtensionForm});</li>
 * <li>the loan's last day passes (the engine clock is moved past it, as an administrator cannot wait ten months:
 * the job executor books every month and ends the loan, then the clock is set back); CSN's head and SPV's head
 * each evaluate the loan in Tasklist ({@code staffLoanEvaluationForm}), in their own agency's task; the person
 * gets the mail with the personal link to the questionnaire.</li>
 * </ol>
 * Asserts the path in the engine's history, the rows, the reimbursement to the öre, the PDF as the lending head
 * downloads it (and that another agency's head may not) and the mails delivered to GreenMail.
 */
class StaffLoanInBrowser extends BrowserJourney {

    static final String OFFER = StaffLoanModel.USER_TASK_OFFER_STAFF;
    static final String OFFERED = "Statens tjänstepensionsverk (SPV): Sara Lind";

    @Test
    void anAgencyBorrowsAPersonFromAnotherAgency() throws IOException {
        String key = postNeed();
        String loan = instance("staff-loan", key).path("id").asText();
        assertThat(jdbc.queryForMap("select borrowing_agency, requested_by, status from staff_loan where business_key = ?",
                key)).containsEntry("borrowing_agency", "csn").containsEntry("requested_by", "utbkoord-csn")
                .containsEntry("status", "IN_REVIEW");

        review(key);
        offer(key);
        choose(key);
        writeTerms(key);
        approve(key, StaffLoanModel.USER_TASK_APPROVE_AS_BORROWER, "chef-csn", "approval-borrower");
        approve(key, StaffLoanModel.USER_TASK_APPROVE_AS_LENDER, "chef-spv", "approval-lender");
        consent(key);
        askForExtension(key);
        approveExtension(key);
        letTheLoanEnd(key);
        evaluate(key, "csn", "Lånande myndighet", "5", "4", "yes", "Planera introduktionen tidigare.");
        evaluate(key, "spv", "Utlånande myndighet", "4", "3", "yes", null);
        Awaitility.await("the case ends with the evaluations").atMost(JOBS).pollInterval(Duration.ofMillis(300))
                .until(() -> admin.get("/engine-rest/history/process-instance/" + loan).path("state").asText(),
                        "COMPLETED"::equals);

        assertThat(EngineHistory.path(admin, loan)).containsSubsequence(StaffLoanModel.START_EVENT_NEED_POSTED,
                StaffLoanModel.SERVICE_TASK_REGISTER_NEED, StaffLoanModel.USER_TASK_REVIEW_NEED,
                StaffLoanModel.SERVICE_TASK_PUBLISH_NEED, OFFER, StaffLoanModel.SERVICE_TASK_COMPILE_OFFERS,
                StaffLoanModel.USER_TASK_CHOOSE_OFFER, StaffLoanModel.USER_TASK_DRAFT_TERMS,
                StaffLoanModel.SERVICE_TASK_COMPUTE_REIMBURSEMENT, StaffLoanModel.GATEWAY_JOIN_APPROVALS,
                StaffLoanModel.USER_TASK_RECORD_CONSENT, StaffLoanModel.SERVICE_TASK_CONCLUDE_AGREEMENT,
                StaffLoanModel.SERVICE_TASK_INFORM_PERSON, StaffLoanModel.USER_TASK_CHANGE_LOAN,
                StaffLoanModel.GATEWAY_CHANGE_KIND, StaffLoanModel.USER_TASK_APPROVE_EXTENSION,
                StaffLoanModel.GATEWAY_EXTENSION_APPROVED, StaffLoanModel.SERVICE_TASK_EXTEND,
                StaffLoanModel.SERVICE_TASK_END_LOAN, StaffLoanModel.SERVICE_TASK_OPEN_EVALUATION,
                StaffLoanModel.USER_TASK_EVALUATE_LOAN)
                // the case ended after the clock was set back: its end is dated before the moved days, so not in order
                .contains(StaffLoanModel.END_EVENT_LOAN_EVALUATED)
                .doesNotContain(StaffLoanModel.BOUNDARY_EVENT_ANSWER_DATE_PASSED, StaffLoanModel.SERVICE_TASK_RECORD_REFUSAL);

        Map<String, Object> row = jdbc.queryForMap("select * from staff_loan where business_key = ?", key);
        assertThat(((java.sql.Date) row.get("loan_end")).toLocalDate()).isEqualTo(today.plusDays(300));
        assertThat(jdbc.queryForMap("select change_kind, requested_by, status, decided_by from staff_loan_change"
                + " where business_key = ?", key)).containsEntry("change_kind", "EXTEND")
                .containsEntry("requested_by", "chef-csn").containsEntry("status", "APPROVED")
                .containsEntry("decided_by", "chef-spv");
        assertThat(jdbc.queryForList("select party || ' ' || agency_code || ' ' || purpose_rating || '/' || cooperation_rating"
                + " || ' ' || case when would_repeat then 'ja' else 'nej' end || ' ' || answered_by from staff_loan_evaluation where business_key = ?"
                + " order by party", String.class, key))
                .containsExactly("BORROWER csn 5/4 ja chef-csn", "LENDER spv 4/3 ja chef-spv");
        assertThat(row).containsEntry("status", "ENDED").containsEntry("lending_agency", "spv")
                .containsEntry("person_name", "Sara Lind").containsEntry("reviewed_by", "koordinator")
                .containsEntry("borrower_approved_by", "chef-csn").containsEntry("lender_approved_by", "chef-spv")
                .containsEntry("consent_recorded_by", "chef-spv").containsEntry("loan_extent_percent", 40);
        // 42 000,50 × 40 % = 16 800,20; the overhead of the year the loan starts; + 750,00
        java.math.BigDecimal share = new java.math.BigDecimal("16800.20");
        java.math.BigDecimal overhead = share.multiply((java.math.BigDecimal) row.get("overhead_rate"))
                .setScale(2, java.math.RoundingMode.HALF_UP);
        assertThat((java.math.BigDecimal) row.get("monthly_reimbursement"))
                .isEqualByComparingTo(share.add(overhead).add(new java.math.BigDecimal("750.00")));

        // the agreement: the lending head downloads it, another agency's head may not
        HttpResponse<byte[]> pdf = download("chef-spv", key);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = pdfText(pdf.body());
        assertThat(text).contains("Avtal om utlån av personal", key, "Sara Lind", "40 % av heltid", "42 000,50 kr",
                "16 800,20 kr", "750,00 kr", "Gruppchef Digitalisering, CSN");
        assertThat(download("chef-bolagsverket", key).statusCode()).isEqualTo(403);

        // the staff-loan mails reached the parties and the person through SMTP
        awaitMailTo("staff-loan", key, "chef-spv@spv.example");
        awaitMailTo("staff-loan", key, "sara.lind@spv.example");
        awaitMailTo("staff-loan", key, "utbkoord-csn@csn.example");
        assertThat(jdbc.queryForList("select subject from notification_mail where business_key = ? and kind = 'staff-loan'"
                + " and recipient_address = 'sara.lind@spv.example'", String.class, key))
                .containsOnlyOnce("Utlånet förlängs: Informationssäkerhetsspecialist (" + key + ")",
                        "Hur fungerade ditt utlån?: Informationssäkerhetsspecialist (" + key + ")");
        org.awaitility.Awaitility.await("the person's mail delivered by SMTP").atMost(JOBS)
                .until(() -> received("sara.lind@spv.example") > 0);
    }

    /** CSN's HR manager posts the need from Tasklist's start form. */
    String postNeed() {
        tasklist.logIn("utbkoord-csn", "demo");
        CamundaForm form = tasklist.startForm("Utlån av personal", "staffLoanNeedForm")
                .text("title", "Informationssäkerhetsspecialist")
                .text("competence", "Informationssäkerhet, riskanalys enligt MSB:s föreskrifter.")
                .text("workDescription", "Leda CSN:s arbete med informationsklassning under ett halvår.")
                .date("needStart", today.plusDays(60))
                .date("needEnd", today.plusDays(240))
                .text("extentPercent", 50)
                .text("place", "Sundsvall")
                .check("remotePossible", true)
                .text("securityRequirements", "Tystnadsplikt enligt OSL; säkerhetsprövning krävs.")
                .date("answerDate", today.plusDays(21));
        String key = tasklist.start(form, "staff-loan");
        browser.screenshot("staff-loan-need-posted");
        assertThat(key).startsWith("LOAN-" + today.getYear() + "-");
        awaitTask(key, StaffLoanModel.USER_TASK_REVIEW_NEED);
        return key;
    }

    /** The coordinator publishes the need in Tasklist. */
    void review(String key) {
        JsonNode task = awaitTask(key, StaffLoanModel.USER_TASK_REVIEW_NEED);
        tasklist.logIn("koordinator", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "staffLoanReviewForm");
        assertThat(form.shown("borrowingAgencyName")).isEqualTo("Centrala studiestödsnämnden (CSN)");
        assertThat(form.shown("title")).isEqualTo("Informationssäkerhetsspecialist");
        form.choose("reviewDecision", "publish");
        tasklist.complete(form, task);
        browser.screenshot("staff-loan-published");
    }

    /** SPV's head offers a person in Tasklist; the other agencies answer their own copies over REST. */
    void offer(String key) {
        JsonNode tasks = awaitTasks(key, OFFER, 15);
        Map<String, JsonNode> byAgency = new HashMap<>();
        for (JsonNode task : tasks) {
            byAgency.put(agencyOf(task, "-heads"), task);
        }
        assertThat(byAgency).hasSize(15).doesNotContainKey("csn");

        tasklist.logIn("chef-spv", "demo");
        JsonNode spv = byAgency.remove("spv");
        CamundaForm form = tasklist.claim(spv.path("id").asText(), "staffLoanOfferForm");
        assertThat(form.shown("borrowingAgencyName")).isEqualTo("Centrala studiestödsnämnden (CSN)");
        form.choose("offerDecision", "offer")
                .text("personName", "Sara Lind")
                .text("personEmail", "sara.lind@spv.example")
                .text("offeredExtent", 40)
                .date("offeredStart", today.plusDays(60))
                .date("offeredEnd", today.plusDays(240))
                .text("monthlySalary", "42000.50")
                .text("offerComment", "Sara har arbetat med informationsklassning i tre år.");
        tasklist.complete(form, spv);
        browser.screenshot("staff-loan-offered-spv");

        // another agency's head sees the need in its own task, not SPV's offer or salary
        EngineApi bolagsverket = admin.as("chef-bolagsverket");
        JsonNode seen = bolagsverket.get("/engine-rest/task/" + byAgency.get("bolagsverket").path("id").asText()
                + "/variables");
        assertThat(seen.path(StaffLoanVariables.Names.TITLE).path("value").asText())
                .isEqualTo("Informationssäkerhetsspecialist");
        assertThat(seen.path(StaffLoanVariables.Names.MONTHLY_SALARY).path("value").isNull()).isTrue();
        assertThat(seen.path(StaffLoanVariables.Names.PERSON_NAME).path("value").isNull()).isTrue();
        assertThat(seen.toString()).doesNotContain("Sara", "42000");

        for (Map.Entry<String, JsonNode> other : byAgency.entrySet()) {
            admin.as("chef-" + other.getKey()).submit(other.getValue(),
                    Map.of(StaffLoanVariables.Names.OFFER_DECISION, "none"));
        }
    }

    /** CSN's head chooses SPV's offer in Tasklist. */
    void choose(String key) {
        JsonNode task = awaitTask(key, StaffLoanModel.USER_TASK_CHOOSE_OFFER);
        tasklist.logIn("chef-csn", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "staffLoanChoiceForm");
        assertThat(form.shown("offersOverview")).contains("Sara Lind", "42 000,50");
        form.choose("chosenOffer", OFFERED);
        tasklist.complete(form, task);
        browser.screenshot("staff-loan-chosen");
    }

    /** CSN's head writes the agreement's terms in Tasklist (period, extent and place come from the offer). */
    void writeTerms(String key) {
        JsonNode task = awaitTask(key, StaffLoanModel.USER_TASK_DRAFT_TERMS);
        tasklist.logIn("chef-csn", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "staffLoanTermsForm");
        assertThat(form.shown("lendingAgencyName")).isEqualTo("Statens tjänstepensionsverk (SPV)");
        assertThat(form.shown("loanExtent")).isEqualTo("40");
        assertThat(form.shown("placeOfWork")).isEqualTo("Sundsvall");
        form.text("workLeader", "Gruppchef Digitalisering, CSN")
                .text("workingHours", "Dagtid, måndag och tisdag")
                .text("travelCosts", "CSN betalar resor mellan arbetsplatserna.")
                .text("noticeMonths", 1)
                .text("extraCostsMonthly", "750")
                .text("extraCostsText", "Pendlingskort");
        tasklist.complete(form, task);
        browser.screenshot("staff-loan-terms");
    }

    /** One head approves the agreement in Tasklist. */
    void approve(String key, String activity, String head, String screenshot) {
        JsonNode task = awaitTask(key, activity);
        tasklist.logIn(head, "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "staffLoanApprovalForm");
        assertThat(form.shown("agreementSummary")).contains("Sara Lind", "Ersättning per månad");
        form.choose("approvalDecision", "approve");
        tasklist.complete(form, task);
        browser.screenshot("staff-loan-" + screenshot);
    }

    /** SPV's head, the person's employer, records the consent in Tasklist. */
    void consent(String key) {
        JsonNode task = awaitTask(key, StaffLoanModel.USER_TASK_RECORD_CONSENT);
        tasklist.logIn("chef-spv", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "staffLoanConsentForm");
        form.choose("consentDecision", "given").text("consentNote", "Skriftligt samtycke i personalakten.");
        tasklist.complete(form, task);
        browser.screenshot("staff-loan-consent");
    }

    /** The loan runs; CSN's head asks in Tasklist to extend it (SPV's heads decide). */
    void askForExtension(String key) {
        JsonNode task = awaitTask(key, StaffLoanModel.USER_TASK_CHANGE_LOAN);
        tasklist.logIn("chef-csn", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "staffLoanChangeForm");
        assertThat(form.shown("currentTerms")).contains("40 % av heltid", "1 månad").doesNotContain("42 000,50");
        form.choose("changeKind", "extend")
                .date("newEnd", today.plusDays(300))
                .text("changeReason", "Klassningen av arkivet tar två månader till.");
        tasklist.complete(form, task);
        browser.screenshot("staff-loan-extension-asked");
    }

    /** SPV's head approves the extension in Tasklist. */
    void approveExtension(String key) {
        JsonNode task = awaitTask(key, StaffLoanModel.USER_TASK_APPROVE_EXTENSION);
        tasklist.logIn("chef-spv", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "staffLoanExtensionForm");
        assertThat(form.shown("changeSummary")).contains("chef-csn", today.plusDays(300).toString());
        form.choose("extensionDecision", "approve");
        tasklist.complete(form, task);
        browser.screenshot("staff-loan-extension-approved");
        awaitTask(key, StaffLoanModel.USER_TASK_CHANGE_LOAN);
    }

    /**
     * The loan's last day (today + 300) passes: the engine clock is moved to the day after, the job executor fires
     * each month's timer and books it until the loan is over, and both agencies get "Utvärdera utlånet". The clock
     * is set back to the wall clock as soon as the tasks are there.
     */
    void letTheLoanEnd(String key) {
        NetworkTime.setLocalNow(today.plusDays(301).atTime(9, 0));
        try {
            Awaitility.await("the months booked and both evaluation tasks of " + key).atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> admin.get("/engine-rest/task?processInstanceBusinessKey=" + EngineApi.encode(key)
                            + "&taskDefinitionKey=" + StaffLoanModel.USER_TASK_EVALUATE_LOAN), tasks -> tasks.size() == 2);
        } finally {
            NetworkTime.reset();
        }
        assertThat(jdbc.queryForObject("select count(*) from cost_allocation where activity_key = ? and kind = 'STAFF_LOAN'",
                Integer.class, key)).as("a row per calendar month of the loan").isEqualTo((int) java.time.temporal.ChronoUnit.MONTHS
                .between(java.time.YearMonth.from(today.plusDays(60)), java.time.YearMonth.from(today.plusDays(300))) + 1);
    }

    /** One agency's head evaluates the loan in Tasklist, in that agency's own task. */
    void evaluate(String key, String agency, String role, String purpose, String cooperation, String again,
            String improvement) {
        JsonNode task = taskOf(awaitTasks(key, StaffLoanModel.USER_TASK_EVALUATE_LOAN, agency.equals("csn") ? 2 : 1),
                agency, "-heads");
        tasklist.logIn("chef-" + agency, "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "staffLoanEvaluationForm");
        assertThat(form.shown("evaluationRole")).isEqualTo(role);
        assertThat(form.shown("loanSummary")).contains("Informationssäkerhetsspecialist", "Sara Lind")
                .doesNotContain("42 000,50");
        form.choose("purposeRating", purpose).choose("cooperationRating", cooperation).choose("wouldRepeat", again);
        if (improvement != null) {
            form.text("improvement", improvement);
        }
        tasklist.complete(form, task);
        browser.screenshot("staff-loan-evaluated-" + agency);
    }

    HttpResponse<byte[]> download(String user, String key) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE_URL + "/api/staff-loans/" + key + "/agreement.pdf"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String pdfText(byte[] document) throws IOException {
        PdfReader reader = new PdfReader(document);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
