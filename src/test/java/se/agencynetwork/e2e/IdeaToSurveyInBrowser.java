package se.agencynetwork.e2e;

import se.agencynetwork.survey.Surveys;
import se.agencynetwork.models.ids.CourseDeliveryModel;
import se.agencynetwork.models.ids.IdeaModel;
import se.agencynetwork.models.ids.ProcurementModel;
import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.delivery.DeliveryVariables;
import se.agencynetwork.idea.IdeaVariables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * The journey of one training idea in a real browser (Debian's headless Chromium), against the
 * whole application as {@link BrowserJourney} starts it:
 *
 * <ol>
 * <li>the coordinator submits an idea through the start form in Tasklist; a missing working group is
 * refused by the server and Tasklist shows its Swedish message; the coordinator screens it and, in the
 * council, shapes it in Tasklist;</li>
 * <li>the training coordinators of CSN and MSB answer the interest round in Tasklist (the other
 * fourteen agencies answer over the REST API); the council approves in Tasklist;</li>
 * <li>procurement by direct award below 100 000 SEK, in Tasklist: the training administrator's
 * requirement, quotes, tender evaluation and contract; CSN's head sees only CSN's approval among the
 * three heads' tasks and approves the start and the award (MSB's and SPV's heads over REST; the
 * tender period's timer executed); the contract hands the course to course-delivery.</li>
 * <li>course-delivery: the training administrator plans the occasion in Tasklist (dates, the venue's
 * agency from a select, seats); the three agencies register their participants over REST; the course
 * start timer is executed;</li>
 * <li>SMTP goes down and the administrator registers attendance in Tasklist; the evaluation's survey
 * mails (one mail job for the step) fail and become an incident on the evaluation's process; the
 * administrator sees the running evaluation and the incident in Cockpit, SMTP comes back, and "Retry"
 * in Cockpit delivers the mails;</li>
 * <li>the participant opens the link from the mail she received, without an account, and answers.</li>
 * </ol>
 * Every step saves a screenshot under {@code target/e2e-screenshots/}. Without Chromium the class is
 * skipped with a message; with {@code CI=true} it fails instead.
 */
class IdeaToSurveyInBrowser extends BrowserJourney {

    static final String TITLE = "Klarspråk i myndighetstexter";
    static final String PARTICIPANT = "anna.andersson@csn.example";

    @Test
    void anIdeaTravelsFromTasklistThroughProcurementAndDeliveryToTheSurveyWithCockpitWatching() {
        String ideaKey = submitIdea();
        answerInterestRound(ideaKey);
        decide(ideaKey);
        procure(ideaKey);
        deliverUntilAttendance(ideaKey);
        String mailId = registerAttendanceWhileSmtpIsDown(ideaKey);
        retryInCockpit(ideaKey, mailId);
        answerSurvey(ideaKey);
    }

    /** The coordinator submits an idea; the server refuses it first (working group missing), Tasklist shows why. */
    String submitIdea() {
        tasklist.logIn("koordinator", "demo");
        browser.screenshot("tasklist-koordinator");
        CamundaForm form = tasklist.startForm("Idé till beslut", "ideaSubmitForm")
                .text("title", TITLE)
                .text("description", "Hur vi skriver beslut och brev som medborgare förstår direkt.")
                .choose("kind", "course")
                .text("targetGroup", "Handläggare och beslutsfattare")
                .choose("originType", "working-group")
                .text("expectedParticipants", 15)
                .text("roughCost", 90000);
        browser.screenshot("idea-start-form");
        tasklist.pressStart();
        String refusal = tasklist.awaitNotification("Arbetsgrupp");
        browser.scrollTo(browser.visible(By.cssSelector(".modal .notification, .modal .alert")));
        assertThat(refusal).contains("Fältet \"Arbetsgrupp\" (workingGroup) måste väljas när idén kommer från en arbetsgrupp.");
        browser.screenshot("idea-refused-by-server");
        assertThat(admin.get("/engine-rest/process-instance?processDefinitionKey=idea")).as("nothing stored").isEmpty();

        form.choose("workingGroup", "wg-communication");
        String key = tasklist.start(form, "idea");
        browser.screenshot("idea-submitted");
        JsonNode ideas = admin.get("/engine-rest/process-instance?processDefinitionKey=idea");
        assertThat(ideas).hasSize(1);
        assertThat(ideas.get(0).path("businessKey").asText()).isEqualTo(key);
        assertThat(key).startsWith("IDEA-" + today.getYear() + "-");
        assertThat(admin.get("/engine-rest/process-instance/" + ideas.get(0).path("id").asText() + "/variables/workingGroup")
                .path("value").asText()).isEqualTo("wg-communication");

        screenAndShape(key);
        return key;
    }

    /**
     * The network coordinator screens the idea as complete (its agency prefilled from the directory) and, as a member
     * of the education council, shapes it: a course bought from an external supplier, shared per participant.
     */
    void screenAndShape(String key) {
        JsonNode screening = awaitTask(key, IdeaModel.USER_TASK_SCREEN_IDEA);
        CamundaForm screen = tasklist.claim(screening.path("id").asText(), "ideaScreenForm");
        assertThat(screen.shown("title")).isEqualTo(TITLE);
        screen.choose("screeningOutcome", "complete");
        tasklist.complete(screen, screening);
        browser.screenshot("idea-screened");

        JsonNode shaping = awaitTask(key, IdeaModel.USER_TASK_SHAPE_IDEA);
        CamundaForm shape = tasklist.claim(shaping.path("id").asText(), "ideaShapeForm")
                .choose("format", "course")
                .choose("delivery", "external")
                .choose("costKey", "participants")
                .text("estimatedCost", 90000)
                .date("interestDeadline", today.plusDays(14));
        tasklist.complete(shape, shaping);
        browser.screenshot("idea-shaped");
        JsonNode idea = instance("idea", key);
        assertThat(admin.get("/engine-rest/process-instance/" + idea.path("id").asText() + "/variables/originatingAgency")
                .path("value").asText()).as("the coordinator's agency, from the directory").isEqualTo("spv");
        assertThat(admin.get("/engine-rest/process-instance/" + idea.path("id").asText() + "/variables/delivery")
                .path("value").asText()).isEqualTo("external");
    }

    /** CSN's and MSB's training coordinators answer in Tasklist; SPV and the other thirteen over REST. */
    void answerInterestRound(String key) {
        answerInterestInBrowser(key, "csn", 6);
        answerInterestInBrowser(key, "msb", 5);
        for (JsonNode task : admin.get("/engine-rest/task?processInstanceBusinessKey=" + key
                + "&taskDefinitionKey=UserTask_StateInterest")) {
            String agency = agencyOf(task, "-training-coordinators");
            long participants = "spv".equals(agency) ? 4L : 0L;
            admin.as("utbkoord-" + agency).submit(task, Map.of(IdeaVariables.Names.AGENCY_PARTICIPANTS, participants,
                    IdeaVariables.Names.CO_FUNDING, participants > 0, IdeaVariables.Names.INTEREST_COMMENT, ""));
        }
    }

    void answerInterestInBrowser(String key, String agency, int participants) {
        tasklist.logIn("utbkoord-" + agency, "demo");
        List<String> groupTasks = tasklist.filter("Min grupps uppgifter");
        assertThat(groupTasks).as("the task names its case").containsExactly("Anmäl intresse – " + key + " " + TITLE);
        browser.screenshot("interest-" + agency + "-group-tasks");
        JsonNode task = single(admin.get("/engine-rest/task?processInstanceBusinessKey=" + key
                + "&taskDefinitionKey=UserTask_StateInterest&candidateGroup=" + agency + "-training-coordinators"));
        CamundaForm form = tasklist.claim(task.path("id").asText(), "ideaInterestForm")
                .text("agencyParticipants", participants)
                .check("coFunding", true)
                .text("interestComment", "Vi skickar handläggare från flera enheter.");
        browser.screenshot("interest-" + agency + "-form");
        tasklist.complete(form, task);
        browser.screenshot("interest-" + agency + "-done");
    }

    /** The education council (the coordinator is a member) approves the idea in Tasklist. */
    void decide(String key) {
        tasklist.logIn("koordinator", "demo");
        JsonNode task = admin.as("koordinator").task(key, IdeaModel.USER_TASK_DECIDE_IDEA);
        CamundaForm form = tasklist.claim(task.path("id").asText(), "ideaDecisionForm");
        assertThat(form.shown("interestedAgencies")).isEqualTo("3");
        assertThat(form.shown("totalParticipants")).isEqualTo("15");
        form.choose("decision", "approve").text("decisionReason", "Tre myndigheter och femton deltagare: vi upphandlar.");
        browser.screenshot("council-decision-form");
        tasklist.complete(form, task);
        browser.screenshot("council-decided");
    }

    /**
     * Procurement by direct award below 100 000 SEK (quotes, no documentation, no standstill), every step in Tasklist
     * by its own user: the training administrator describes the requirement, asks for quotes, evaluates the tenders
     * and registers the contract; CSN's head sees only CSN's approval among the three heads' tasks and approves the
     * start and the award (MSB's and SPV's heads over REST); the tender period's timer is executed as an
     * administrator could from Cockpit. The contract hands the course to course-delivery.
     */
    void procure(String key) {
        tasklist.logIn("utbildningsadmin", "demo");
        JsonNode requirement = awaitTask(key, ProcurementModel.USER_TASK_DESCRIBE_REQUIREMENT);
        CamundaForm describe = tasklist.claim(requirement.path("id").asText(), "procurementRequirementForm");
        assertThat(describe.shown("subject")).as("prefilled with the idea's title").isEqualTo(TITLE);
        assertThat(describe.rows("agencyParticipants")).as("the three co-funders of the interest round, prefilled").isEqualTo(3);
        describe.text("subject", "Kurs i klarspråk")
                .text("requirement", "Två utbildningsdagar i klarspråk för handläggare, på plats i Sundsvall.")
                .text("cpvCode", "80511000-9")
                .text("estimatedValue", 90000);
        tasklist.complete(describe, requirement);
        browser.screenshot("procurement-requirement-done");

        JsonNode approvals = awaitTasks(key, ProcurementModel.USER_TASK_APPROVE_START, 3);
        assertThat(approvals).extracting(task -> agencyOf(task, "-heads")).containsExactlyInAnyOrder("csn", "msb", "spv");
        tasklist.logIn("chef-csn", "demo");
        List<String> visible = tasklist.filter("Min grupps uppgifter");
        assertThat(visible).as("the head of CSN sees CSN's approval and no other agency's").hasSize(1);
        assertThat(visible.get(0)).startsWith("Godkänn start och preliminär andel");
        browser.screenshot("head-csn-sees-only-csn");
        JsonNode csn = taskOf(approvals, "csn", "-heads");
        // the other heads' tasks, found while all three are open (a completed one has no identity links)
        Map<String, JsonNode> others = Map.of("msb", taskOf(approvals, "msb", "-heads"), "spv", taskOf(approvals, "spv", "-heads"));
        HttpResponse<String> foreign = admin.as("chef-csn").post("/engine-rest/task/"
                + taskOf(approvals, "msb", "-heads").path("id").asText() + "/claim", Map.of("userId", "chef-csn"));
        assertThat(foreign.statusCode()).as("CSN's head cannot take MSB's task").isIn(403, 404);
        CamundaForm form = tasklist.claim(csn.path("id").asText(), "procurementApproveStartForm");
        assertThat(form.shown("agencyName")).isEqualTo("Centrala studiestödsnämnden (CSN)");
        form.check("costShareApproved", true);
        browser.screenshot("head-csn-approves");
        tasklist.complete(form, csn);
        browser.screenshot("head-csn-approved");
        for (String agency : List.of("msb", "spv")) {
            EngineApi head = admin.as("chef-" + agency);
            head.submit(others.get(agency), Map.of(CostSharingVariables.COST_SHARE_APPROVED, true, CostSharingVariables.COST_SHARE_COMMENT, ""));
        }
        // SPV procures (the idea's agency): CSN and MSB give it their powers of attorney (in Tasklist in ProcurementPathsInBrowser)
        assertThat(grantPowersOfAttorney(key, null, 2)).containsExactly("csn", "msb");

        tasklist.logIn("utbildningsadmin", "demo");
        JsonNode quotes = awaitTask(key, ProcurementModel.USER_TASK_REQUEST_QUOTES);
        CamundaForm ask = tasklist.claim(quotes.path("id").asText(), "procurementQuotesForm");
        long minimumDays = Long.parseLong(ask.shown("minimumTenderPeriodDays"));
        assertThat(minimumDays).as("the decision table's period for quotes").isEqualTo(10);
        ask.text("suppliersAsked", "Klartext HB, Språkkonsult AB").date("tenderDeadline", today.plusDays(minimumDays + 1));
        tasklist.complete(ask, quotes);
        // the tender period lasts days: its timer is executed now, as an administrator could from Cockpit
        executeTimer("procurement", key, ProcurementModel.INTERMEDIATE_EVENT_TENDER_DEADLINE);

        JsonNode evaluation = awaitTask(key, ProcurementModel.USER_TASK_EVALUATE_TENDERS);
        CamundaForm evaluate = tasklist.claim(evaluation.path("id").asText(), "procurementEvaluationForm");
        evaluate.addRow("tenders").text("supplier", "Klartext HB").text("price", 84000).text("score", 92).check("acceptable", true);
        evaluate.addRow("tenders").text("supplier", "Språkkonsult AB").text("price", 88000).text("score", 80).check("acceptable", true);
        tasklist.complete(evaluate, evaluation);
        browser.screenshot("procurement-evaluated");

        JsonNode awards = awaitTasks(key, ProcurementModel.USER_TASK_APPROVE_AWARD, 3);
        Map<String, JsonNode> awardOf = Map.of("csn", taskOf(awards, "csn", "-heads"), "msb", taskOf(awards, "msb", "-heads"),
                "spv", taskOf(awards, "spv", "-heads"));
        tasklist.logIn("chef-csn", "demo");
        CamundaForm award = tasklist.claim(awardOf.get("csn").path("id").asText(), "procurementApproveAwardForm");
        assertThat(award.shown("supplier")).as("the acceptable tender with the highest score").isEqualTo("Klartext HB");
        award.check("costShareApproved", true);
        tasklist.complete(award, awardOf.get("csn"));
        for (String agency : List.of("msb", "spv")) {
            admin.as("chef-" + agency).submit(awardOf.get(agency), Map.of(CostSharingVariables.COST_SHARE_APPROVED, true, CostSharingVariables.COST_SHARE_COMMENT, ""));
        }

        tasklist.logIn("utbildningsadmin", "demo");
        JsonNode contract = awaitTask(key, ProcurementModel.USER_TASK_REGISTER_CONTRACT);
        CamundaForm register = tasklist.claim(contract.path("id").asText(), "procurementContractForm");
        assertThat(register.shown("supplier")).isEqualTo("Klartext HB");
        register.date("contractStart", today).date("contractEnd", today.plusMonths(6));
        tasklist.complete(register, contract);
        browser.screenshot("procurement-contract-registered");

        assertThat(activities(historicInstance("procurement", key))).as("a direct award below 100 000 SEK: quotes, no documentation, no standstill")
                .contains(ProcurementModel.USER_TASK_DESCRIBE_REQUIREMENT, ProcurementModel.USER_TASK_APPROVE_START, ProcurementModel.USER_TASK_REQUEST_QUOTES,
                        ProcurementModel.USER_TASK_EVALUATE_TENDERS, ProcurementModel.USER_TASK_APPROVE_AWARD, ProcurementModel.USER_TASK_REGISTER_CONTRACT, ProcurementModel.END_EVENT_CONTRACTED)
                .doesNotContain(ProcurementModel.USER_TASK_ADVERTISE_CALL, ProcurementModel.USER_TASK_DOCUMENT_DIRECT_AWARD, ProcurementModel.USER_TASK_SEND_AWARD_DECISION);
        assertThat(jdbc.queryForMap("select procedure_kind, supplier, price, cpv_code from procurement_contract where business_key = ?", key))
                .containsEntry("procedure_kind", "DIRECT_AWARD").containsEntry("supplier", "Klartext HB")
                .containsEntry("cpv_code", "80511000-9")
                .hasEntrySatisfying("price", price -> assertThat(new BigDecimal(price.toString())).isEqualByComparingTo("84000"));
        assertThat(awaitMails("cost-share", key, 3)).as("each co-funding head is told the agency's share")
                .containsExactlyInAnyOrder("chef-csn@csn.example", "chef-msb@msb.example", "chef-spv@spv.example");
    }

    /**
     * course-delivery: the training administrator plans the occasion in Tasklist; each interested agency's
     * training coordinator registers its participants (over REST: a dynamic list); the course starts.
     */
    void deliverUntilAttendance(String key) {
        JsonNode plan = awaitAnyTask(key, "course-delivery");
        assertThat(plan.path("taskDefinitionKey").asText()).as("the contract hands the course to delivery's plan")
                .isEqualTo(CourseDeliveryModel.USER_TASK_PLAN_OCCASION);
        planOccasion(plan);

        JsonNode registrations = awaitTasks(key, CourseDeliveryModel.USER_TASK_REGISTER_PARTICIPANTS, 3);
        assertThat(registrations).extracting(task -> agencyOf(task, "-training-coordinators"))
                .containsExactlyInAnyOrder("csn", "msb", "spv");
        for (JsonNode task : registrations) {
            registerParticipants(task);
        }

        // enough registered: the invitations go out and the occasion waits for its first day, which is
        // made to come now by executing the course-start timer (as an administrator could from Cockpit)
        String delivery = single(admin.get("/engine-rest/process-instance?processDefinitionKey=course-delivery&businessKey="
                + key)).path("id").asText();
        JsonNode started = Awaitility.await("the course-start timer of " + key).atMost(JOBS).pollInterval(Duration.ofMillis(300))
                .until(() -> admin.get("/engine-rest/job?processInstanceId=" + delivery + "&activityId=BoundaryEvent_CourseStarted"),
                        jobs -> jobs.size() == 1).get(0);
        Awaitility.await("Anna's invitation delivered").atMost(JOBS).pollInterval(Duration.ofMillis(300))
                .until(() -> received(PARTICIPANT) >= 1);
        HttpResponse<String> executed = admin.post("/engine-rest/job/" + started.path("id").asText() + "/execute", Map.of());
        assertThat(executed.statusCode()).as(executed.body()).isEqualTo(204);
    }

    /** The training administrator plans the occasion in Tasklist: in two days at CSN, fifteen seats, registration closes today. */
    void planOccasion(JsonNode task) {
        tasklist.logIn("utbildningsadmin", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "deliveryPlanForm");
        assertThat(form.shown("courseTitle")).isEqualTo(TITLE);
        assertThat(form.shown("minimumParticipants")).as("the network's usual minimum, prefilled").isEqualTo("6");
        form.date("courseStart", today.plusDays(2))
                .date("courseEnd", today.plusDays(2))
                .choose("venueAgency", "Centrala studiestödsnämnden (CSN)")
                .text("venueAddress", "CSN, Östra Långgatan 1, Sundsvall")
                .text("trainer", "Klartext HB")
                .text("capacity", 15)
                .date("registrationCloses", today);
        browser.screenshot("delivery-plan");
        tasklist.complete(form, task);
        browser.screenshot("delivery-planned");
        assertThat(admin.get("/engine-rest/process-instance/" + task.path("processInstanceId").asText()
                + "/variables/venueAgency").path("value").asText()).isEqualTo("csn");
    }

    /** A training coordinator registers as many participants as the agency has seats; CSN's first is Anna. */
    void registerParticipants(JsonNode task) {
        String agency = agencyOf(task, "-training-coordinators");
        EngineApi coordinator = admin.as("utbkoord-" + agency);
        long seats = coordinator.formVariables(task).path(DeliveryVariables.Names.AGENCY_SEATS).path("value").asLong();
        assertThat(seats).as("seats of " + agency + " (all the interest fits in fifteen)")
                .isEqualTo(Map.of("csn", 6L, "msb", 5L, "spv", 4L).get(agency));
        ArrayNode participants = EngineApi.JSON.createArrayNode();
        for (int i = 1; i <= seats; i++) {
            boolean anna = "csn".equals(agency) && i == 1;
            participants.addObject().put("name", anna ? "Anna Andersson" : "Deltagare " + i + " " + agency.toUpperCase())
                    .put("email", anna ? PARTICIPANT : "deltagare" + i + "@" + agency + ".example").put("title", "Handläggare");
        }
        coordinator.submit(task, Map.of(DeliveryVariables.Names.PARTICIPANTS, participants, DeliveryVariables.Names.RESERVES, EngineApi.JSON.createArrayNode(),
                "noShowInformed", true));
    }

    /**
     * SMTP goes down; the training administrator registers attendance in Tasklist; the evaluation starts
     * and sends its survey links, which fail. With this test's short retry cycle (two retries a second
     * apart instead of hours) the failed mails become incidents at once. Returns the outbox id of Anna's.
     */
    String registerAttendanceWhileSmtpIsDown(String key) {
        JsonNode task = awaitTask(key, CourseDeliveryModel.USER_TASK_REGISTER_ATTENDANCE);
        Awaitility.await("every mail so far delivered").atMost(JOBS).pollInterval(Duration.ofMillis(500))
                .until(() -> admin.get("/api/mails?status=PENDING").path("total").asLong() == 0);
        smtp.stop();
        tasklist.logIn("utbildningsadmin", "demo");
        CamundaForm form = tasklist.claim(task.path("id").asText(), "deliveryAttendanceForm");
        List<String> everyone = new ArrayList<>();
        JsonNode options = admin.get("/engine-rest/task/" + task.path("id").asText()
                + "/variables/participantOptions?deserializeValue=false").path("value");
        for (JsonNode option : options.isTextual() ? EngineApi.read(options.asText()) : options) {
            everyone.add(option.path("label").asText());
        }
        assertThat(everyone).hasSize(15).contains("Anna Andersson (Centrala studiestödsnämnden (CSN))");
        form.tick("attendedEmails", everyone).text("attendanceNote", "Alla kom.");
        browser.screenshot("delivery-attendance");
        tasklist.complete(form, task);
        browser.screenshot("delivery-attendance-registered");

        JsonNode mail = Awaitility.await("the survey mail to " + PARTICIPANT + " fails while SMTP is down").atMost(JOBS)
                .pollInterval(Duration.ofMillis(500)).until(() -> admin.get("/api/mails?kind=course-survey&recipient="
                        + EngineApi.encode(PARTICIPANT)).path("mails"), mails -> mails.size() == 1
                                && "FAILED".equals(mails.get(0).path("status").asText())).get(0);
        assertThat(mail.path("businessKey").asText()).isEqualTo(key);
        assertThat(mail.path("lastError").asText()).isNotBlank();
        return mail.path("id").asText();
    }

    /**
     * The administrator sees the running evaluation, and the incident of the step that mailed the survey links
     * on the evaluation's process in Cockpit, and retries it once SMTP is back: every survey link of that step
     * goes out, Anna's exactly once.
     */
    void retryInCockpit(String key, String mailId) {
        JsonNode evaluation = single(admin.get("/engine-rest/process-instance?processDefinitionKey=course-evaluation&businessKey="
                + key));
        JsonNode incident = Awaitility.await("an incident naming the survey mail").atMost(JOBS).pollInterval(Duration.ofMillis(500))
                .until(() -> incidentNaming(mailId), found -> found != null);
        assertThat(incident.path("incidentType").asText()).isEqualTo("failedJob");
        assertThat(incident.path("processDefinitionId").asText()).as("on the evaluation, the process that mailed the links")
                .isEqualTo(evaluation.path("definitionId").asText());
        assertThat(incident.path("processInstanceId").isNull()).as("no mail process instance").isTrue();
        assertThat(admin.get("/engine-rest/process-definition?key=mail-delivery")).as("mail is no process of its own").isEmpty();

        Cockpit cockpit = new Cockpit(browser, BASE_URL);
        cockpit.logIn("admin", "demo");
        browser.screenshot("cockpit-dashboard");
        cockpit.openInstance(evaluation.path("id").asText());
        browser.visible(By.xpath("//*[contains(normalize-space(.), " + CamundaForm.literal(key) + ")]"));
        browser.screenshot("cockpit-running-evaluation");
        cockpit.openDefinitionIncidents(incident.path("processDefinitionId").asText());
        browser.screenshot("cockpit-incident");

        smtp = startSmtp();
        cockpit.retryIncident();
        String incidentId = incident.path("id").asText();
        Awaitility.await("the incident is resolved and the survey mail delivered").atMost(JOBS).pollInterval(Duration.ofMillis(500))
                .until(() -> admin.get("/engine-rest/incident?incidentId=" + incidentId).isEmpty()
                        && received(PARTICIPANT) == 1);
        browser.screenshot("cockpit-retried");
        assertThat(admin.get("/api/mails?kind=course-survey&recipient=" + EngineApi.encode(PARTICIPANT))
                .path("mails").get(0).path("status").asText()).isEqualTo("SENT");
    }

    /** Anna opens the link from the mail she received, without an account, and answers. */
    void answerSurvey(String key) {
        String text = surveyMailText();
        Matcher link = Pattern.compile(Pattern.quote(BASE_URL + Surveys.PATH) + "[A-Za-z0-9_-]+").matcher(text);
        assertThat(link.find()).as("survey link in: " + text).isTrue();
        browser.forgetSession(BASE_URL);
        browser.open(link.group());
        browser.visible(By.xpath("//p[@class='subject'][contains(., " + CamundaForm.literal(TITLE) + ")]"));
        browser.screenshot("survey-form");
        SurveyPage.answer(browser, Map.of("relevance", "5", "trainer", "4", "overall", "5", "nps", "9"),
                "Att skriva det viktigaste först.");
        assertThat(jdbc.queryForList("select a.question, a.score from survey_answer a join survey_response r on r.id ="
                + " a.response_id where r.round_key = ? and a.score is not null order by a.question", key))
                .extracting(row -> java.util.List.copyOf(row.values())).containsExactly(List.of("nps", 9),
                        List.of("overall", 5), List.of("relevance", 5), List.of("trainer", 4));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** The plain text of the survey mail as Anna's mail program received it (the SMTP server's copy, decoded). */
    private String surveyMailText() {
        return receivedText(PARTICIPANT, Surveys.PATH);
    }

    /** The failed-job incident whose message names the mail (a mail job's message lists the mails it could not send). */
    private JsonNode incidentNaming(String mailId) {
        for (JsonNode incident : admin.get("/engine-rest/incident?incidentType=failedJob")) {
            if (incident.path("incidentMessage").asText().contains(mailId)) {
                return incident;
            }
        }
        return null;
    }

}
