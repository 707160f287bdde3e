package se.agencynetwork.e2e;

import se.agencynetwork.models.ids.CourseDeliveryModel;
import se.agencynetwork.models.ids.IdeaModel;
import se.agencynetwork.models.ids.ProcurementModel;
import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.idea.IdeaVariables;
import se.agencynetwork.procurement.ProcurementVariables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The paths of an idea and its procurement that {@link IdeaToSurveyInBrowser} does not take, every human step in
 * Tasklist by a user of the step's own group (other agencies' copies of a step over REST once a browser has done
 * one; timers of days executed as an administrator could in Cockpit; the review application, a message from
 * outside, posted to the engine as an integration would):
 *
 * <ol>
 * <li>an idea the network coordinator sends back as incomplete: its originator (MSB's training coordinator) completes
 * it, it is screened again and shaped; bought for 800 000 SEK outside annex 2, it goes to an <b>advertised</b>
 * procurement below the threshold: the call is advertised, the award decision sent, a supplier applies for review
 * during the standstill and the network coordinator registers the court's decision (the contract may be signed);</li>
 * <li>an idea bought by <b>direct award from 100 000 SEK</b> (annex 2 training) although a state framework agreement
 * covers it: the avstegsanmälan to Kammarkollegiet, quotes, the powers of attorney, and the direct award documented
 * before the contract;</li>
 * <li>an idea bought by a <b>call-off from a state framework agreement</b> by its ranking: no threshold, no standstill,
 * no post-award notice.</li>
 * </ol>
 * Each ends by asserting the path in the engine's history, the variables handed back to the idea, the contract row
 * and the cost-share mails to the heads.
 */
class ProcurementPathsInBrowser extends BrowserJourney {

    static final String CRISIS = "Krisberedskap för handläggare";
    static final String COMPLETION_COMMENT = "Beskriv målgruppen närmare: vilka handläggare och hur många per myndighet?";
    static final String WRITING = "Juridisk beslutsskrivning";
    static final String LEADERSHIP = "Ledarskap för nya chefer";

    @Test
    void anIdeaSentBackIsCompletedByItsOriginatorAndBoughtInAnAdvertisedProcurementThatACourtLetsThrough() {
        String key = submitIdea("utbkoord-msb", CRISIS, "Grundkurs i krisberedskap.", 700000);
        sendBackAndComplete(key);
        screenAsComplete(key);
        shape(key, 800000);
        answerInterest(key, "msb", Map.of("msb", 8L, "csn", 6L, "spv", 4L));
        approveInCouncil(key);

        describeRequirement(key, "79632000", 800000, null);
        addTheMissingThresholds(key);
        approveStart(key, "msb");
        assertThat(grantPowersOfAttorney(key, "spv", 2)).containsExactly("csn", "spv");
        advertise(key);
        executeTimer("procurement", key, ProcurementModel.INTERMEDIATE_EVENT_TENDER_DEADLINE);
        evaluate(key, List.of(new Tender("Beredskapsutbildarna AB", 760000, 88, true),
                new Tender("Krisakademin AB", 720000, 75, true), new Tender("Snabbkurs HB", 500000, 95, false)));
        approveAward(key, "msb", "Beredskapsutbildarna AB");
        sendAwardDecision(key);
        applyForReviewAndLetTheCourtDecide(key);
        registerContract(key, "Beredskapsutbildarna AB");
        publishPostAwardNotice(key);

        JsonNode idea = instance("idea", key);
        assertThat(activities(idea.path("id").asText())).as("sent back, completed, screened again, shaped, decided, bought")
                .containsSubsequence(IdeaModel.USER_TASK_SCREEN_IDEA, IdeaModel.USER_TASK_COMPLETE_IDEA, IdeaModel.USER_TASK_SCREEN_IDEA, IdeaModel.USER_TASK_SHAPE_IDEA,
                        IdeaModel.USER_TASK_STATE_INTEREST, IdeaModel.USER_TASK_DECIDE_IDEA, IdeaModel.CALL_ACTIVITY_PROCUREMENT, IdeaModel.CALL_ACTIVITY_PROCURED_COURSE_DELIVERY);
        assertThat(activities(historicInstance("procurement", key))).as("an advertised procurement that went to court")
                .containsSubsequence(ProcurementModel.USER_TASK_DESCRIBE_REQUIREMENT, ProcurementModel.USER_TASK_ADD_THRESHOLDS, ProcurementModel.BUSINESS_RULE_TASK_CHOOSE_PROCEDURE,
                        ProcurementModel.USER_TASK_APPROVE_START, ProcurementModel.USER_TASK_ADVERTISE_CALL,
                        ProcurementModel.INTERMEDIATE_EVENT_TENDER_DEADLINE, ProcurementModel.USER_TASK_EVALUATE_TENDERS, ProcurementModel.USER_TASK_APPROVE_AWARD,
                        ProcurementModel.USER_TASK_SEND_AWARD_DECISION, ProcurementModel.SERVICE_TASK_COMPUTE_STANDSTILL, ProcurementModel.INTERMEDIATE_EVENT_REVIEW_APPLIED,
                        ProcurementModel.USER_TASK_REGISTER_COURT_DECISION, ProcurementModel.USER_TASK_REGISTER_CONTRACT, ProcurementModel.USER_TASK_POST_AWARD_NOTICE, ProcurementModel.END_EVENT_CONTRACTED)
                .doesNotContain(ProcurementModel.USER_TASK_REQUEST_QUOTES, ProcurementModel.USER_TASK_DOCUMENT_DIRECT_AWARD, ProcurementModel.INTERMEDIATE_EVENT_STANDSTILL_OVER);
        assertThat(variable(idea, IdeaVariables.TARGET_GROUP)).as("the originator's completion").isEqualTo("Handläggare med ansvar för krisberedskap");
        assertThat(variable(idea, "followUpOutcome")).isEqualTo("CONTRACTED");
        assertThat(variable(idea, "supplier")).as("the acceptable tender with the highest score").isEqualTo("Beredskapsutbildarna AB");
        assertThat(historicVariable("procurement", key, ProcurementVariables.Names.PROCEDURE)).isEqualTo("BELOW_THRESHOLD_ADVERTISED");
        assertThat(historicVariable("procurement", key, ProcurementVariables.COURT_DECISION)).isEqualTo("CONTRACT_ALLOWED");
        assertThat(LocalDate.parse(historicVariable("procurement", key, ProcurementVariables.Names.STANDSTILL_LAST_DAY)))
                .as("ten days after an award decision sent by e-mail, or later over a weekend or holiday")
                .isAfterOrEqualTo(today.plusDays(10));
        Map<String, Object> contract = jdbc.queryForMap("select * from procurement_contract where business_key = ?", key);
        assertThat(contract).containsEntry("procedure_kind", "BELOW_THRESHOLD_ADVERTISED").containsEntry("cpv_code", "79632000")
                .containsEntry("supplier", "Beredskapsutbildarna AB").containsEntry("doc_authority", null)
                .containsEntry("procuring_agency", "msb").containsEntry("post_award_notice_ref", "e-Avrop efterannons 2026-4711");
        assertThat(contract.get("post_award_notice_due").toString()).isEqualTo(today.plusDays(30).toString());
        assertThat(new BigDecimal(contract.get("price").toString())).isEqualByComparingTo("760000");
        assertThat(awaitMails("cost-share", key, 3)).containsExactlyInAnyOrder("chef-msb@msb.example", "chef-csn@csn.example",
                "chef-spv@spv.example");
        assertThat(awaitAnyTask(key, "course-delivery").path("taskDefinitionKey").asText())
                .as("the contract hands the course to delivery").isEqualTo(CourseDeliveryModel.USER_TASK_PLAN_OCCASION);
    }

    @Test
    void aDirectAwardFrom100000IsDocumentedBeforeTheContract() {
        String key = decidedIdea("csn", WRITING, "Att skriva begripliga och rättssäkra beslut.", 250000,
                Map.of("csn", 5L, "msb", 4L, "spv", 3L));

        describeRequirement(key, "80511000-9", 250000,
                "Ramavtalets leverantörer erbjuder inte utbildningen på plats i Västernorrland.");
        reportDeviation(key);
        approveStart(key, "spv");
        assertThat(grantPowersOfAttorney(key, "msb", 2)).containsExactly("msb", "spv");
        requestQuotes(key);
        executeTimer("procurement", key, ProcurementModel.INTERMEDIATE_EVENT_TENDER_DEADLINE);
        evaluate(key, List.of(new Tender("Rättsskrivarna AB", 230000, 90, true), new Tender("Domstolstext HB", 210000, 70, true)));
        approveAward(key, "spv", "Rättsskrivarna AB");
        document(key);
        registerContract(key, "Rättsskrivarna AB");

        assertThat(activities(historicInstance("procurement", key))).as("a direct award from 100 000 SEK: quotes and documentation")
                .containsSubsequence(ProcurementModel.USER_TASK_DESCRIBE_REQUIREMENT, ProcurementModel.USER_TASK_REPORT_DEVIATION, ProcurementModel.BUSINESS_RULE_TASK_CHOOSE_PROCEDURE,
                        ProcurementModel.USER_TASK_APPROVE_START, ProcurementModel.USER_TASK_GRANT_POWER_OF_ATTORNEY, ProcurementModel.USER_TASK_REQUEST_QUOTES,
                        ProcurementModel.USER_TASK_EVALUATE_TENDERS, ProcurementModel.USER_TASK_APPROVE_AWARD, ProcurementModel.USER_TASK_DOCUMENT_DIRECT_AWARD,
                        ProcurementModel.USER_TASK_REGISTER_CONTRACT, ProcurementModel.END_EVENT_CONTRACTED)
                .doesNotContain(ProcurementModel.USER_TASK_ADVERTISE_CALL, ProcurementModel.USER_TASK_SEND_AWARD_DECISION, ProcurementModel.USER_TASK_REGISTER_COURT_DECISION,
                        ProcurementModel.USER_TASK_ADD_THRESHOLDS, ProcurementModel.USER_TASK_POST_AWARD_NOTICE);
        assertThat(historicVariable("procurement", key, ProcurementVariables.Names.PROCEDURE)).isEqualTo("DIRECT_AWARD");
        Map<String, Object> contract = jdbc.queryForMap("select * from procurement_contract where business_key = ?", key);
        assertThat(contract).containsEntry("procedure_kind", "DIRECT_AWARD").containsEntry("cpv_code", "80511000-9")
                .containsEntry("supplier", "Rättsskrivarna AB")
                .containsEntry("doc_authority",
                        "Centrala studiestödsnämnden (CSN) (upphandlande myndighet för de medfinansierande myndigheterna)")
                .containsEntry("procuring_agency", "csn").containsEntry("framework_agreement", "DEVIATION")
                .containsEntry("doc_suppliers_asked", "Rättsskrivarna AB, Domstolstext HB, Klarspråksbyrån")
                .containsEntry("doc_tenders_received", 2);
        assertThat(contract.get("doc_competition").toString()).startsWith("Tre leverantörer tillfrågades");
        assertThat(contract.get("powers_of_attorney").toString()).contains("Myndigheten för samhällsskydd och beredskap: fullmakt till")
                .contains("Statens tjänstepensionsverk (SPV): fullmakt till");
        assertThat(jdbc.queryForMap("select * from procurement_deviation_report where business_key = ?", key))
                .containsEntry("reference", "KAMK e-post " + today);
        assertThat(new BigDecimal(contract.get("price").toString())).isEqualByComparingTo("230000");
        assertThat(variable(instance("idea", key), "followUpOutcome")).isEqualTo("CONTRACTED");
        assertThat(awaitMails("cost-share", key, 3)).containsExactlyInAnyOrder("chef-msb@msb.example", "chef-csn@csn.example",
                "chef-spv@spv.example");
    }

    // --- the idea --------------------------------------------------------------------------------------------------

    /** The originator submits an idea from their agency in Tasklist; returns its business key. */
    String submitIdea(String originator, String title, String description, long roughCost) {
        tasklist.logIn(originator, "demo");
        CamundaForm form = tasklist.startForm("Idé till beslut", "ideaSubmitForm")
                .text("title", title)
                .text("description", description)
                .choose("kind", "course")
                .text("targetGroup", "Handläggare")
                .choose("originType", "agency")
                .text("expectedParticipants", 15)
                .text("roughCost", roughCost);
        String key = tasklist.start(form, "idea");
        assertThat(variable(instance("idea", key), IdeaVariables.Names.INITIATOR)).isEqualTo(originator);
        return key;
    }

    /**
     * The network coordinator sends the idea back (the comment is required); the originator, to whom the completion
     * is assigned and mailed, opens it in Tasklist, reads the comment and completes the idea.
     */
    void sendBackAndComplete(String key) {
        tasklist.logIn("koordinator", "demo");
        JsonNode screening = awaitTask(key, IdeaModel.USER_TASK_SCREEN_IDEA);
        CamundaForm screen = tasklist.claim(screening.path("id").asText(), "ideaScreenForm");
        assertThat(screen.shown("title")).isEqualTo(CRISIS);
        screen.choose("screeningOutcome", "incomplete").text("screeningComment", COMPLETION_COMMENT);
        tasklist.complete(screen, screening);
        browser.screenshot("idea-sent-back");

        JsonNode completion = awaitTask(key, IdeaModel.USER_TASK_COMPLETE_IDEA);
        assertThat(completion.path("assignee").asText()).as("the originator completes the idea").isEqualTo("utbkoord-msb");
        assertThat(awaitMailTo("new-task", key, "utbkoord-msb@msb.example").path("taskId").asText())
                .as("the originator is told by mail").isEqualTo(completion.path("id").asText());
        tasklist.logIn("utbkoord-msb", "demo");
        CamundaForm complete = tasklist.open(completion.path("id").asText(), "ideaCompleteForm");
        assertThat(complete.shown("screeningComment")).isEqualTo(COMPLETION_COMMENT);
        complete.text("description", "Grundkurs i krisberedskap: roller, lägesbilder och samverkan under en kris.")
                .text("targetGroup", "Handläggare med ansvar för krisberedskap")
                .text("expectedParticipants", 18)
                .text("roughCost", 800000);
        tasklist.complete(complete, completion);
        browser.screenshot("idea-completed");
    }

    /** The network coordinator screens the idea as complete; the originating agency is the originator's, from the directory. */
    void screenAsComplete(String key) {
        tasklist.logIn("koordinator", "demo");
        JsonNode screening = awaitTask(key, IdeaModel.USER_TASK_SCREEN_IDEA);
        CamundaForm screen = tasklist.claim(screening.path("id").asText(), "ideaScreenForm");
        screen.choose("screeningOutcome", "complete");
        tasklist.complete(screen, screening);
    }

    /** The council (the coordinator is a member) shapes the idea: a course bought from an external supplier, per participant. */
    void shape(String key, long estimatedCost) {
        JsonNode shaping = awaitTask(key, IdeaModel.USER_TASK_SHAPE_IDEA);
        CamundaForm shape = tasklist.claim(shaping.path("id").asText(), "ideaShapeForm");
        shape.choose("format", "course")
                .choose("delivery", "external")
                .choose("costKey", "participants")
                .text("estimatedCost", estimatedCost)
                .date("interestDeadline", today.plusDays(14));
        tasklist.complete(shape, shaping);
    }

    /** One agency's training coordinator answers in Tasklist, the others over REST (agencies not listed: no one). */
    void answerInterest(String key, String inBrowser, Map<String, Long> participants) {
        awaitTasks(key, IdeaModel.USER_TASK_STATE_INTEREST, 16);
        tasklist.logIn("utbkoord-" + inBrowser, "demo");
        JsonNode own = single(admin.get("/engine-rest/task?processInstanceBusinessKey=" + EngineApi.encode(key)
                + "&taskDefinitionKey=UserTask_StateInterest&candidateGroup=" + inBrowser + "-training-coordinators"));
        CamundaForm form = tasklist.claim(own.path("id").asText(), "ideaInterestForm")
                .text("agencyParticipants", participants.get(inBrowser))
                .check("coFunding", true)
                .text("interestComment", "Vi deltar och medfinansierar.");
        tasklist.complete(form, own);
        for (JsonNode task : admin.get("/engine-rest/task?processInstanceBusinessKey=" + EngineApi.encode(key)
                + "&taskDefinitionKey=UserTask_StateInterest")) {
            String agency = agencyOf(task, "-training-coordinators");
            long count = participants.getOrDefault(agency, 0L);
            admin.as("utbkoord-" + agency).submit(task, Map.of(IdeaVariables.Names.AGENCY_PARTICIPANTS, count, IdeaVariables.Names.CO_FUNDING, count > 0,
                    IdeaVariables.Names.INTEREST_COMMENT, ""));
        }
    }

    /** The education council approves the idea in Tasklist. */
    void approveInCouncil(String key) {
        tasklist.logIn("koordinator", "demo");
        JsonNode task = awaitTask(key, IdeaModel.USER_TASK_DECIDE_IDEA);
        CamundaForm form = tasklist.claim(task.path("id").asText(), "ideaDecisionForm");
        assertThat(form.shown("interestedAgencies")).isEqualTo("3");
        form.choose("decision", "approve").text("decisionReason", "Tre myndigheter vill delta och medfinansiera: vi upphandlar.");
        tasklist.complete(form, task);
    }

    @Test
    void aCallOffFromAStateFrameworkAgreementByItsRanking() {
        String key = decidedIdea("spv", LEADERSHIP, "Chefsprogram för nya chefer i staten.", 400000,
                Map.of("spv", 6L, "csn", 5L, "msb", 4L));

        tasklist.logIn("utbildningsadmin", "demo");
        JsonNode requirement = awaitTask(key, ProcurementModel.USER_TASK_DESCRIBE_REQUIREMENT);
        CamundaForm form = tasklist.claim(requirement.path("id").asText(), "procurementRequirementForm");
        form.choose("frameworkAgreement", "CALL_OFF").text("frameworkAgreementName", "Ledarskapsutbildning, dnr 23.3-1234-24")
                .text("requirement", "Ett chefsprogram i tre moduler för nätverkets nya chefer.")
                .text("cpvCode", "80532000").text("estimatedValue", 400000);
        tasklist.complete(form, requirement);
        approveStart(key, "csn");
        assertThat(grantPowersOfAttorney(key, "csn", 2)).containsExactly("csn", "msb");

        tasklist.logIn("utbildningsadmin", "demo");
        JsonNode callOff = awaitTask(key, ProcurementModel.USER_TASK_CALL_OFF);
        CamundaForm order = tasklist.claim(callOff.path("id").asText(), "procurementCallOffForm");
        assertThat(order.shown("frameworkAgreementName")).isEqualTo("Ledarskapsutbildning, dnr 23.3-1234-24");
        order.text("supplier", "Ledarskapshuset AB").text("callOffPrice", 385000).text("callOffReference", "Avrop LH-2026-7");
        tasklist.complete(order, callOff);
        approveAward(key, "csn", "Ledarskapshuset AB");
        registerContract(key, "Ledarskapshuset AB");

        assertThat(activities(historicInstance("procurement", key))).as("a call-off: neither the table nor a tender period")
                .containsSubsequence(ProcurementModel.USER_TASK_DESCRIBE_REQUIREMENT, ProcurementModel.SERVICE_TASK_CHOOSE_CALL_OFF, ProcurementModel.USER_TASK_APPROVE_START,
                        ProcurementModel.USER_TASK_GRANT_POWER_OF_ATTORNEY, ProcurementModel.USER_TASK_CALL_OFF, ProcurementModel.USER_TASK_APPROVE_AWARD, ProcurementModel.USER_TASK_REGISTER_CONTRACT,
                        ProcurementModel.END_EVENT_CONTRACTED)
                .doesNotContain(ProcurementModel.BUSINESS_RULE_TASK_CHOOSE_PROCEDURE, ProcurementModel.USER_TASK_REQUEST_QUOTES, ProcurementModel.USER_TASK_SEND_AWARD_DECISION,
                        ProcurementModel.USER_TASK_POST_AWARD_NOTICE, ProcurementModel.USER_TASK_DOCUMENT_DIRECT_AWARD);
        Map<String, Object> contract = jdbc.queryForMap("select * from procurement_contract where business_key = ?", key);
        assertThat(contract).containsEntry("procedure_kind", "CALL_OFF").containsEntry("framework_agreement", "CALL_OFF")
                .containsEntry("supplier", "Ledarskapshuset AB").containsEntry("procuring_agency", "spv");
        assertThat(new BigDecimal(contract.get("price").toString())).isEqualByComparingTo("385000");
        assertThat(variable(instance("idea", key), "followUpOutcome")).isEqualTo("CONTRACTED");
    }

    /** An idea of this agency's training coordinator, screened, shaped, answered (its own answer in Tasklist) and approved. */
    String decidedIdea(String agency, String title, String description, long cost, Map<String, Long> participants) {
        String key = submitIdea("utbkoord-" + agency, title, description, cost);
        screenAsComplete(key);
        shape(key, cost);
        answerInterest(key, agency, participants);
        approveInCouncil(key);
        return key;
    }

    // --- the procurement -------------------------------------------------------------------------------------------

    /** The training administrator describes the requirement; the three co-funders come prefilled from the interest round. */
    void describeRequirement(String key, String cpvCode, long value, String deviationReason) {
        tasklist.logIn("utbildningsadmin", "demo");
        JsonNode task = awaitTask(key, ProcurementModel.USER_TASK_DESCRIBE_REQUIREMENT);
        CamundaForm form = tasklist.claim(task.path("id").asText(), "procurementRequirementForm");
        assertThat(form.rows("agencyParticipants")).as("the co-funders of the interest round").isEqualTo(3);
        form.text("requirement", "Utbildning för handläggare i nätverkets myndigheter, två dagar på plats i Härnösand.")
                .text("cpvCode", cpvCode)
                .text("estimatedValue", value);
        if (deviationReason == null) {
            form.choose("frameworkAgreement", "NONE");
        } else {
            form.choose("frameworkAgreement", "DEVIATION").text("frameworkAgreementName", "Kompetensutveckling, dnr 23.3-555-24")
                    .text("deviationReason", deviationReason);
        }
        tasklist.complete(form, task);
    }

    /** A state framework agreement covers the need but is not used: the avstegsanmälan the application wrote is sent. */
    void reportDeviation(String key) {
        tasklist.logIn("utbildningsadmin", "demo");
        JsonNode task = awaitTask(key, ProcurementModel.USER_TASK_REPORT_DEVIATION);
        CamundaForm form = tasklist.claim(task.path("id").asText(), "procurementDeviationForm");
        assertThat(form.shown("deviationReport")).startsWith("Avstegsanmälan till Kammarkollegiet")
                .contains("Kompetensutveckling, dnr 23.3-555-24");
        form.date("deviationReportedOn", today).text("deviationReportReference", "KAMK e-post " + today);
        tasklist.complete(form, task);
    }

    /**
     * Bought at 800 000 SEK in 2026, the procurement needs the 2026-2027 EU threshold in kronor, which the table does
     * not hold (docs/PROCUREMENT.md section 2): the procedure is not chosen with the 2024-2025 figures but a task for
     * the network coordinator says what is missing. The administrator's edit of the table is stood in for by a test
     * deployment (the 2024-2025 block copied to 2026-2027, figures for the test only); the coordinator then completes
     * the task in Tasklist, the procedure is chosen again, and the test deployment is removed.
     */
    void addTheMissingThresholds(String key) {
        JsonNode task = awaitTask(key, ProcurementModel.USER_TASK_ADD_THRESHOLDS);
        JsonNode deployment;
        try {
            deployment = admin.deploy("procurement-test-thresholds-2026", "procurement-procedure.dmn",
                    se.agencynetwork.procurement.TestThresholds.with2026Period());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try {
            tasklist.logIn("koordinator", "demo");
            CamundaForm form = tasklist.claim(task.path("id").asText(), "procurementThresholdsForm");
            // the day the step was reached: the journey's first day, or a later one if it ran past midnight in Sweden
            String missing = form.shown("thresholdsMissing");
            assertThat(missing).startsWith("Tröskelvärden saknas för ");
            assertThat(LocalDate.parse(missing.substring("Tröskelvärden saknas för ".length(),
                    "Tröskelvärden saknas för ".length() + 10))).isBetween(today, LocalDate.now(SWEDEN));
            form.check("thresholdsAdded", true);
            tasklist.complete(form, task);
            awaitTasks(key, ProcurementModel.USER_TASK_APPROVE_START, 3);
        } finally {
            admin.delete("/engine-rest/deployment/" + deployment.path("id").asText());
        }
    }

    /** The heads approve the start: this agency's head in Tasklist, the other two over REST. */
    void approveStart(String key, String inBrowser) {
        approve(key, ProcurementModel.USER_TASK_APPROVE_START, "procurementApproveStartForm", inBrowser, null);
    }

    /** The heads approve the award and their share of its price: this agency's head in Tasklist, the other two over REST. */
    void approveAward(String key, String inBrowser, String supplier) {
        approve(key, ProcurementModel.USER_TASK_APPROVE_AWARD, "procurementApproveAwardForm", inBrowser, supplier);
    }

    private void approve(String key, String activity, String formId, String inBrowser, String supplier) {
        JsonNode tasks = awaitTasks(key, activity, 3);
        // every head's task found while all three are open (a completed one has no identity links)
        Map<String, JsonNode> byAgency = Map.of("csn", taskOf(tasks, "csn", "-heads"), "msb", taskOf(tasks, "msb", "-heads"),
                "spv", taskOf(tasks, "spv", "-heads"));
        tasklist.logIn("chef-" + inBrowser, "demo");
        CamundaForm form = tasklist.claim(byAgency.get(inBrowser).path("id").asText(), formId);
        assertThat(form.shown("agencyShare")).as("the agency's share is shown").isNotBlank();
        if (supplier != null) {
            assertThat(form.shown("supplier")).isEqualTo(supplier);
        }
        form.check("costShareApproved", true);
        tasklist.complete(form, byAgency.get(inBrowser));
        byAgency.forEach((agency, task) -> {
            if (!agency.equals(inBrowser)) {
                admin.as("chef-" + agency).submit(task, Map.of(CostSharingVariables.COST_SHARE_APPROVED, true, CostSharingVariables.COST_SHARE_COMMENT, ""));
            }
        });
    }

    /** Advertised below the threshold: at least the table's fourteen days for tenders. */
    void advertise(String key) {
        tasklist.logIn("utbildningsadmin", "demo");
        JsonNode task = awaitTask(key, ProcurementModel.USER_TASK_ADVERTISE_CALL);
        CamundaForm form = tasklist.claim(task.path("id").asText(), "procurementAdvertiseForm");
        long minimumDays = Long.parseLong(form.shown("minimumTenderPeriodDays"));
        assertThat(minimumDays).as("the decision table's period below the threshold").isEqualTo(14);
        form.text("noticeReference", "e-Avrop 2026-4711").date("tenderDeadline", today.plusDays(minimumDays + 1));
        tasklist.complete(form, task);
    }

    /** A direct award: quotes from three suppliers, at least the table's seven days. */
    void requestQuotes(String key) {
        tasklist.logIn("utbildningsadmin", "demo");
        JsonNode task = awaitTask(key, ProcurementModel.USER_TASK_REQUEST_QUOTES);
        CamundaForm form = tasklist.claim(task.path("id").asText(), "procurementQuotesForm");
        long minimumDays = Long.parseLong(form.shown("minimumTenderPeriodDays"));
        assertThat(minimumDays).as("the decision table's period for quotes").isEqualTo(10);
        form.text("suppliersAsked", "Rättsskrivarna AB, Domstolstext HB, Klarspråksbyrån")
                .date("tenderDeadline", today.plusDays(minimumDays + 1));
        tasklist.complete(form, task);
    }

    record Tender(String supplier, long price, int score, boolean acceptable) {
    }

    /** The training administrator enters each tender received as a row of the evaluation's dynamic list. */
    void evaluate(String key, List<Tender> tenders) {
        tasklist.logIn("utbildningsadmin", "demo");
        JsonNode task = awaitTask(key, ProcurementModel.USER_TASK_EVALUATE_TENDERS);
        CamundaForm form = tasklist.claim(task.path("id").asText(), "procurementEvaluationForm");
        for (Tender tender : tenders) {
            form.addRow("tenders").text("supplier", tender.supplier()).text("price", tender.price())
                    .text("score", tender.score()).check("acceptable", tender.acceptable());
        }
        tasklist.complete(form, task);
    }

    /** The award decision was sent by e-mail today: the standstill starts. */
    void sendAwardDecision(String key) {
        JsonNode task = awaitTask(key, ProcurementModel.USER_TASK_SEND_AWARD_DECISION);
        tasklist.logIn("utbildningsadmin", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "procurementAwardSentForm");
        assertThat(form.shown("supplier")).isEqualTo("Beredskapsutbildarna AB");
        form.date("awardSentOn", today).check("sentElectronically", true);
        tasklist.complete(form, task);
    }

    /**
     * A supplier applies for review during the standstill (the message an integration posts when the court's notice
     * arrives); the network coordinator registers the court's decision in Tasklist: the contract may be signed.
     */
    void applyForReviewAndLetTheCourtDecide(String key) {
        contractWaitsForTheStandstill(key);
        HttpResponse<String> correlated = admin.post("/engine-rest/message",
                Map.of("messageName", "ReviewApplicationReceived", "businessKey", key));
        assertThat(correlated.statusCode()).as(correlated.body()).isIn(200, 204);
        JsonNode task = awaitTask(key, ProcurementModel.USER_TASK_REGISTER_COURT_DECISION);
        assertThat(admin.get("/engine-rest/job?processInstanceId=" + instance("procurement", key).path("id").asText()
                + "&activityId=IntermediateEvent_StandstillOver")).as("the review application ends the standstill's wait").isEmpty();
        tasklist.logIn("koordinator", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "procurementCourtDecisionForm");
        form.choose("courtDecision", "CONTRACT_ALLOWED")
                .text("courtDecisionNote", "Förvaltningsrätten i Härnösand, mål nr 1234-26: ansökan om överprövning avslås.");
        tasklist.complete(form, task);
    }

    /** While the standstill runs the contract waits: its timer is set and no contract task exists yet. */
    private void contractWaitsForTheStandstill(String key) {
        String procurement = instance("procurement", key).path("id").asText();
        assertThat(admin.get("/engine-rest/job?processInstanceId=" + procurement + "&activityId=IntermediateEvent_StandstillOver"))
                .as("the standstill's timer").hasSize(1);
        assertThat(admin.get("/engine-rest/task?processInstanceId=" + procurement + "&taskDefinitionKey=UserTask_RegisterContract"))
                .isEmpty();
    }

    /** The direct award is documented as LOU asks: the suppliers asked come from the quotes, the tenders counted. */
    void document(String key) {
        tasklist.logIn("utbildningsadmin", "demo");
        JsonNode task = awaitTask(key, ProcurementModel.USER_TASK_DOCUMENT_DIRECT_AWARD);
        CamundaForm form = tasklist.claim(task.path("id").asText(), "procurementDocumentationForm");
        assertThat(form.shown("suppliersAsked")).isEqualTo("Rättsskrivarna AB, Domstolstext HB, Klarspråksbyrån");
        assertThat(form.shown("tendersReceived")).isEqualTo("2");
        assertThat(form.shown("docAuthority")).as("the procuring agency chosen in the requirement")
                .startsWith("Centrala studiestödsnämnden (CSN)");
        form.text("docPurchased", "Två utbildningsdagar i juridisk beslutsskrivning för tolv handläggare.")
                .text("docCompetition", "Tre leverantörer tillfrågades skriftligen; två lämnade offert, som jämfördes på pris och kvalitet.");
        tasklist.complete(form, task);
    }

    /** The training administrator registers the contract for six months from today. */
    void registerContract(String key, String supplier) {
        tasklist.logIn("utbildningsadmin", "demo");
        JsonNode task = awaitTask(key, ProcurementModel.USER_TASK_REGISTER_CONTRACT);
        CamundaForm form = tasklist.claim(task.path("id").asText(), "procurementContractForm");
        assertThat(form.shown("supplier")).isEqualTo(supplier);
        assertThat(form.shown("powersOfAttorney")).contains("fullmakt till");
        form.date("contractStart", today).date("contractEnd", today.plusMonths(6));
        tasklist.complete(form, task);
    }

    /** Advertised: the training administrator publishes the post-award notice within its 30 days. */
    void publishPostAwardNotice(String key) {
        tasklist.logIn("utbildningsadmin", "demo");
        JsonNode task = awaitTask(key, ProcurementModel.USER_TASK_POST_AWARD_NOTICE);
        CamundaForm form = tasklist.claim(task.path("id").asText(), "procurementPostAwardNoticeForm");
        assertThat(form.shown("postAwardNoticeDue")).isEqualTo(today.plusDays(30).toString());
        assertThat(form.shown("procuringAgencyName")).isEqualTo("Myndigheten för samhällsskydd och beredskap");
        form.text("postAwardNoticeReference", "e-Avrop efterannons 2026-4711").date("postAwardNoticePublishedOn", today);
        tasklist.complete(form, task);
    }

    // --- lookups ---------------------------------------------------------------------------------------------------

    private String variable(JsonNode instance, String name) {
        return admin.get("/engine-rest/process-instance/" + instance.path("id").asText() + "/variables/" + name).path("value").asText();
    }

    private String historicVariable(String processDefinitionKey, String key, String name) {
        return single(admin.get("/engine-rest/history/variable-instance?processInstanceId=" + historicInstance(processDefinitionKey, key)
                + "&variableName=" + name)).path("value").asText();
    }
}
