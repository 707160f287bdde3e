package se.agencynetwork.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.process.SurveyAnswers;

/**
 * Two years of the network's life, written by running the real processes through the engine's Java
 * API with the engine's clock moved forward: the directory's people start ideas, screen, shape and
 * decide them, state interest, approve shares, procure, plan courses, register participants and
 * attendance, write and review evaluation reports and follow up with managers; the heads rate the
 * network every January and the steering group decides. Every step is completed by a directory user
 * with their groups (so authorization and the forms' server-side checks apply), and every timer and
 * asynchronous job runs when the clock reaches it. Nothing is written into a table behind the
 * engine's back; the only rows outside a process step are the participants' survey answers, which the
 * survey page writes the same way ({@link SurveyAnswers#answer}).
 *
 * <p>The most recent cases are left where a real network would find them: an interest round with
 * agencies still to answer, a procurement waiting for heads' approvals, a course open for
 * registration, a tender period running. Deterministic for a seed (names, numbers, who answers).
 */
public final class DemoHistory {

    private static final Logger LOG = LoggerFactory.getLogger(DemoHistory.class);

    /** Figures of a written history. */
    public record Result(int cases, int reviews, int inventories, int tasks, int jobs) {
    }

    /** What happens to one idea. */
    enum Path { EXTERNAL, INTERNAL, REJECTED, DUPLICATE, YH }

    /** One case: when it starts, its title, how it goes, the agencies' interest, and where it stops (null: to the end). */
    record Case(LocalDateTime start, String title, Path path, Map<String, Long> interest, String holdAt) {
    }

    static final List<String> AGENCIES = List.of("bolagsverket", "csn", "spv", "forsakringskassan", "lansstyrelsen",
            "miun", "tullverket", "spsm", "msb", "fba", "angermanlands-tr", "sundsvalls-tr", "fr-harnosand",
            "rattshjalpsmyndigheten", "ons", "kriminalvarden");
    static final Set<String> OPTIONAL_TASKS = Set.of("UserTask_ChangeOccasion");
    static final String[] FIRST_NAMES = {"Anna", "Erik", "Maria", "Johan", "Karin", "Lars", "Sara", "Per", "Lena",
            "Anders", "Eva", "Mikael", "Ingrid", "Jonas", "Åsa", "Björn", "Elin", "Östen", "Linnea", "Oskar"};
    static final String[] LAST_NAMES = {"Andersson", "Berg", "Lindqvist", "Nyström", "Sjöberg", "Holm", "Åberg",
            "Eriksson", "Lundgren", "Öberg", "Forsberg", "Ström"};

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final FormService forms;
    private final IdentityService identity;
    private final ManagementService management;
    private final SurveyAnswers surveys;
    private final Random random;
    private final Map<String, List<String>> groupsOfUser = new HashMap<>();
    private final Map<String, String> activityOfJobDefinition = new HashMap<>();
    /** Per business key: the case, its registered participants, the first case's key for the duplicate. */
    private final Map<String, Case> cases = new LinkedHashMap<>();
    private final Map<String, List<String>> registered = new HashMap<>();
    private String firstKey;
    private int tasksDone;
    private int jobsDone;

    public DemoHistory(ProcessEngine engine, SurveyAnswers surveys, long seed) {
        this.tasks = engine.getTaskService();
        this.runtime = engine.getRuntimeService();
        this.forms = engine.getFormService();
        this.identity = engine.getIdentityService();
        this.management = engine.getManagementService();
        this.surveys = surveys;
        this.random = new Random(seed);
    }

    /** Writes the history up to now and sets the engine's clock back to the wall clock. */
    public Result write() {
        LocalDateTime now = NetworkTime.localNow();
        LocalDateTime origin = now.minusYears(2).withDayOfMonth(1).withHour(9).withMinute(0).withSecond(0).withNano(0);
        List<Case> plan = plan(origin, now);
        List<LocalDateTime> reviews = new ArrayList<>();
        for (int year = origin.getYear(); year <= now.getYear(); year++) {
            LocalDateTime january = LocalDateTime.of(year, 1, 15, 8, 0);
            if (january.isAfter(origin) && january.isBefore(now.minusDays(30))) {
                reviews.add(january);
            }
        }
        int reviewCount = reviews.size();
        // the yearly needs inventory, early each autumn
        List<LocalDateTime> inventories = new ArrayList<>();
        for (int year = origin.getYear(); year <= now.getYear(); year++) {
            LocalDateTime september = LocalDateTime.of(year, 9, 1, 8, 0);
            if (september.isAfter(origin) && september.isBefore(now.minusDays(45))) {
                inventories.add(september);
            }
        }
        int inventoryCount = inventories.size();
        try {
            setClock(origin);
            int next = 0;
            while (true) {
                if (workOpenTasks() || runDueJobs()) {
                    continue;
                }
                LocalDateTime nextStart = next < plan.size() ? plan.get(next).start() : null;
                LocalDateTime nextReview = reviews.isEmpty() ? null : reviews.get(0);
                LocalDateTime nextInventory = inventories.isEmpty() ? null : inventories.get(0);
                LocalDateTime nextTimer = nextTimer();
                LocalDateTime soonest = earliest(earliest(earliest(nextStart, nextReview), nextInventory), nextTimer);
                if (soonest == null || soonest.isAfter(now)) {
                    break;
                }
                setClock(soonest.isBefore(clock()) ? clock() : soonest);
                if (soonest.equals(nextStart)) {
                    start(plan.get(next++));
                } else if (soonest.equals(nextReview)) {
                    startReview(reviews.remove(0));
                } else if (soonest.equals(nextInventory)) {
                    startInventory(inventories.remove(0));
                }
            }
        } finally {
            NetworkTime.reset();
        }
        return new Result(cases.size(), reviewCount, inventoryCount, tasksDone, jobsDone);
    }

    // ---- the plan ----

    private List<Case> plan(LocalDateTime origin, LocalDateTime now) {
        List<Case> plan = new ArrayList<>();
        plan.add(new Case(origin.plusDays(10), "Klarspråk i myndighetstexter", Path.EXTERNAL, interest("spv", "csn", "msb"), null));
        plan.add(new Case(origin.plusMonths(2), "Förvaltningsrätt för handläggare", Path.INTERNAL,
                interest("tullverket", "forsakringskassan", "bolagsverket"), null));
        plan.add(new Case(origin.plusMonths(3), "Projektledning i staten", Path.REJECTED, interest("miun"), null));
        plan.add(new Case(origin.plusMonths(4), "Klarspråk för chefer", Path.DUPLICATE, Map.of(), null));
        plan.add(new Case(origin.plusMonths(5), "Juristassistent (YH)", Path.YH,
                interest("angermanlands-tr", "sundsvalls-tr", "rattshjalpsmyndigheten", "tullverket"), null));
        plan.add(new Case(origin.plusMonths(6), "Informationssäkerhet grundkurs", Path.EXTERNAL,
                interest("msb", "csn", "miun", "spv"), null));
        plan.add(new Case(origin.plusMonths(8), "Arbetsmiljö för chefer", Path.INTERNAL,
                interest("spsm", "kriminalvarden", "lansstyrelsen"), null));
        plan.add(new Case(origin.plusMonths(12).plusDays(12), "Digital tillgänglighet", Path.EXTERNAL,
                interest("forsakringskassan", "bolagsverket", "ons"), null));
        plan.add(new Case(origin.plusMonths(14), "Offentlig upphandling i praktiken", Path.INTERNAL,
                interest("lansstyrelsen", "tullverket", "csn"), null));
        plan.add(new Case(origin.plusMonths(15), "Presentationsteknik", Path.REJECTED, interest("fba", "ons"), null));
        plan.add(new Case(origin.plusMonths(17), "Medarbetarsamtal som verktyg", Path.INTERNAL,
                interest("spv", "fba", "msb"), null));
        plan.add(new Case(origin.plusMonths(19), "Mötesledning", Path.EXTERNAL,
                interest("csn", "rattshjalpsmyndigheten", "spv"), null));
        plan.add(new Case(now.minusDays(80), "Konflikthantering på arbetsplatsen", Path.INTERNAL,
                interest("tullverket", "spv", "csn"), null));
        plan.add(new Case(now.minusDays(60), "Dataskydd och GDPR", Path.EXTERNAL,
                interest("bolagsverket", "tullverket", "msb"), null));
        plan.add(new Case(now.minusDays(45), "AI i handläggningen", Path.EXTERNAL,
                interest("forsakringskassan", "csn", "tullverket", "spv"), "UserTask_ApproveStart"));
        plan.add(new Case(now.minusDays(8), "Juridisk engelska", Path.EXTERNAL,
                interest("rattshjalpsmyndigheten", "tullverket", "kriminalvarden"), "UserTask_StateInterest"));
        return plan;
    }

    /** Expected participants of the agencies that want the course (3 to 8 each, by the seed). */
    private Map<String, Long> interest(String... agencies) {
        Map<String, Long> interest = new LinkedHashMap<>();
        for (String agency : agencies) {
            interest.put(agency, 3L + random.nextInt(6));
        }
        return interest;
    }

    // ---- starting ----

    private void start(Case c) {
        String initiator = c.interest().isEmpty() ? "utbkoord-spv" : "utbkoord-" + c.interest().keySet().iterator().next();
        Map<String, Object> values = new HashMap<>();
        values.put("title", c.title());
        values.put("description", "Utbildning för nätverkets medarbetare: " + c.title().toLowerCase() + ".");
        values.put("kind", "course");
        values.put("targetGroup", "Handläggare och chefer");
        values.put("originType", "agency");
        values.put("expectedParticipants", 10L + c.interest().values().stream().mapToLong(Long::longValue).sum());
        values.put("roughCost", 60000L + 10000L * random.nextInt(5));
        values.put("wantedStart", today().plusMonths(4).toString());
        ProcessInstance idea = as(initiator, () -> runtime.startProcessInstanceByKey("idea", values));
        String key = runtime.createProcessInstanceQuery().processInstanceId(idea.getId()).singleResult().getBusinessKey();
        cases.put(key, c);
        if (firstKey == null) {
            firstKey = key;
        }
        LOG.debug("Demo history: {} {} started {}", key, c.title(), clock());
    }

    private void startReview(LocalDateTime at) {
        Map<String, Object> values = new HashMap<>();
        values.put("reviewYear", (long) at.getYear());
        values.put("lastAnswerDate", at.toLocalDate().plusDays(21).toString());
        as("koordinator", () -> runtime.startProcessInstanceByKey("network-review", values));
    }

    private void startInventory(LocalDateTime at) {
        Map<String, Object> values = new HashMap<>();
        values.put("reportDeadline", at.toLocalDate().plusDays(28).toString());
        values.put("inventoryNote", "Vilka utbildningar behöver er myndighet nästa år?");
        as("koordinator", () -> runtime.startProcessInstanceByKey("needs-inventory", values));
    }

    // ---- working tasks ----

    /** Completes every open task that someone would do now; true if any was completed. */
    private boolean workOpenTasks() {
        boolean worked = false;
        for (Task task : tasks.createTaskQuery().active().orderByTaskCreateTime().asc().list()) {
            if (OPTIONAL_TASKS.contains(task.getTaskDefinitionKey())) {
                continue;
            }
            String key = businessKey(task);
            Case c = cases.get(key);
            String agency = agencyOf(task);
            if (c != null && task.getTaskDefinitionKey().equals(c.holdAt())
                    && (agency == null || !answersWhileHeld(c, agency))) {
                continue; // the case waits here, as it does today
            }
            if (skipsInterestRound(task, c, agency)) {
                continue; // silence: the round's deadline closes this agency's answer
            }
            // people take a few hours to a couple of days for a step
            setClock(clock().plusHours(2 + random.nextInt(30)));
            work(task, key, c, agency);
            tasksDone++;
            worked = true;
            return worked; // re-read: the step may have ended or created other tasks
        }
        return worked;
    }

    /** Who answers at the step a case is held at: the interested agencies state interest, the first head approves. */
    private boolean answersWhileHeld(Case c, String agency) {
        if (c.holdAt().equals("UserTask_StateInterest")) {
            return c.interest().containsKey(agency) && !agency.equals(c.interest().keySet().stream().reduce((a, b) -> b).orElse(""));
        }
        return agency.equals(c.interest().keySet().iterator().next());
    }

    /** A few uninterested agencies never answer the interest round (decided once per task by the seed). */
    private final Map<String, Boolean> silent = new HashMap<>();

    private boolean skipsInterestRound(Task task, Case c, String agency) {
        if (!task.getTaskDefinitionKey().equals("UserTask_StateInterest") || c == null || c.interest().containsKey(agency)) {
            return false;
        }
        return silent.computeIfAbsent(task.getId(), id -> random.nextInt(10) < 3);
    }

    private void work(Task task, String key, Case c, String agency) {
        String id = task.getId();
        switch (task.getTaskDefinitionKey()) {
            case "UserTask_ScreenIdea" -> as("koordinator", () -> {
                Map<String, Object> values = new HashMap<>();
                if (c != null && c.path() == Path.DUPLICATE) {
                    values.put("screeningOutcome", "duplicate");
                    values.put("duplicateOf", firstKey);
                    values.put("screeningComment", "Samma behov som " + firstKey + "; slås ihop med den.");
                } else {
                    values.put("screeningOutcome", "complete");
                }
                tasks.complete(id, values);
            });
            case "UserTask_ShapeIdea" -> as("koordinator", () -> tasks.complete(id, Map.of(
                    "format", c != null && c.path() == Path.YH ? "yh-programme" : "course",
                    "delivery", c == null ? "external" : c.path() == Path.INTERNAL ? "internal" : c.path() == Path.YH ? "yh" : "external",
                    "costKey", "participants", "estimatedCost", 70000L + 5000L * random.nextInt(4),
                    "interestDeadline", today().plusDays(20).toString())));
            case "UserTask_StateInterest" -> {
                long participants = c == null ? 0L : c.interest().getOrDefault(agency, 0L);
                Map<String, Object> values = new HashMap<>();
                values.put("agencyParticipants", participants);
                values.put("coFunding", participants > 0);
                values.put("interestComment", participants > 0 ? null : "Inte den här gången.");
                as("utbkoord-" + agency, () -> tasks.complete(id, values));
            }
            case "UserTask_DecideIdea" -> as("koordinator", () -> {
                boolean approve = c == null || c.path() != Path.REJECTED;
                Boolean enough = (Boolean) tasks.getVariable(id, "enoughInterest");
                boolean approved = approve && Boolean.TRUE.equals(enough);
                tasks.complete(id, Map.of("decision", approved ? "approve" : "reject", "decisionReason", approved
                        ? "Tillräckligt intresse och medfinansiering." : "För få myndigheter vill delta i år."));
            });
            case "UserTask_DescribeRequirement" -> {
                Object prefilled = tasks.getVariable(id, "agencyParticipants");
                Map<String, Object> values = new HashMap<>();
                values.put("subject", c == null ? "Utbildning" : c.title());
                values.put("requirement", "Två kursdagar för upp till 20 deltagare, på plats i Sundsvall.");
                values.put("cpvCode", "79632000");
                values.put("estimatedValue", 80000L + 1000L * random.nextInt(15));
                values.put("agencyParticipants", Spin.JSON(prefilled.toString()));
                as("utbildningsadmin", () -> tasks.complete(id, values));
            }
            case "UserTask_ApproveStart", "UserTask_ApproveAward" -> as("chef-" + agency, () -> {
                tasks.claim(id, "chef-" + agency);
                Map<String, Object> values = new HashMap<>();
                values.put("costShareApproved", true);
                values.put("costShareComment", null);
                tasks.complete(id, values);
            });
            case "UserTask_GrantPowerOfAttorney" -> as("chef-" + agency, () -> {
                tasks.claim(id, "chef-" + agency);
                tasks.complete(id, Map.of("powerOfAttorneyGranted", true));
            });
            case "UserTask_RequestQuotes" -> as("utbildningsadmin", () -> tasks.complete(id, Map.of(
                    "suppliersAsked", "Kompetenshuset AB, Kunskapsbron HB, Lärande Norr AB",
                    "tenderDeadline", today().plusDays(14).toString())));
            case "UserTask_EvaluateTenders" -> as("utbildningsadmin", () -> {
                long price = 78000L + 1000L * random.nextInt(12);
                Map<String, Object> values = new HashMap<>();
                values.put("tenders", Spin.JSON("[{\"supplier\":\"Kompetenshuset AB\",\"price\":" + price
                        + ",\"score\":82,\"acceptable\":true},{\"supplier\":\"Lärande Norr AB\",\"price\":" + (price + 6000)
                        + ",\"score\":74,\"acceptable\":true}]"));
                values.put("noAwardReason", null);
                tasks.complete(id, values);
            });
            case "UserTask_RegisterContract" -> as("utbildningsadmin", () -> tasks.complete(id, Map.of(
                    "contractStart", today().plusDays(10).toString(), "contractEnd", today().plusDays(375).toString())));
            case "UserTask_PlanOccasion" -> as("utbildningsadmin", () -> {
                Map<String, Object> values = new HashMap<>();
                int weeks = 6 + random.nextInt(4);
                values.put("courseStart", today().plusWeeks(weeks).toString());
                values.put("courseEnd", today().plusWeeks(weeks).plusDays(1).toString());
                String host = c == null || c.interest().isEmpty() ? "spv" : c.interest().keySet().iterator().next();
                values.put("venueAgency", host);
                values.put("venueAddress", "Storgatan " + (1 + random.nextInt(40)) + ", Sundsvall");
                values.put("trainer", c != null && c.path() == Path.INTERNAL ? "Intern lärare från nätverket" : "Kompetenshuset AB");
                values.put("capacity", 20L);
                values.put("registrationCloses", today().plusWeeks(weeks - 2).toString());
                values.put("minimumParticipants", 4L);
                forms.submitTaskForm(id, values);
            });
            case "UserTask_RegisterParticipants" -> {
                long seats = ((Number) tasks.getVariable(id, "agencySeats")).longValue();
                int count = (int) Math.max(1, seats - random.nextInt(2));
                List<Map<String, Object>> people = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    people.add(person(key, agency, i));
                }
                List<Map<String, Object>> reserves = random.nextInt(3) == 0 ? List.of(person(key, agency, count)) : List.of();
                as("utbkoord-" + agency, () -> forms.submitTaskForm(id, Map.of(
                        "participants", json(people), "reserves", json(reserves), "noShowInformed", true)));
                people.forEach(p -> registered.computeIfAbsent(key, k -> new ArrayList<>()).add((String) p.get("email")));
            }
            case "UserTask_RegisterAttendance" -> {
                List<String> attended = new ArrayList<>();
                for (String email : registered.getOrDefault(key, List.of())) {
                    if (random.nextInt(10) > 0) { // one in ten does not come
                        attended.add(email);
                    }
                }
                as("utbildningsadmin", () -> forms.submitTaskForm(id, Map.of("attendedEmails", json(attended))));
            }
            case "UserTask_WriteReport" -> as("koordinator", () -> tasks.complete(id, Map.of(
                    "evaluationReport", "Deltagarna var överlag nöjda; exemplen från egna ärenden uppskattades mest.")));
            case "UserTask_ReviewReport" -> as("koordinator", () -> tasks.complete(id, Map.of("startFollowUpIdeas", "no")));
            case "UserTask_FollowUpWithManagers" -> {
                String[] answers = {"yes", "partly", "yes", "no", "unknown"};
                as("utbkoord-" + agency, () -> tasks.complete(id, Map.of(
                        "workChanged", answers[random.nextInt(answers.length)],
                        "followUpNotes", "Cheferna ser att det nya arbetssättet används i vardagen.")));
            }
            case "UserTask_RateNetworkBenefit" -> {
                Map<String, Object> values = new HashMap<>();
                values.put("benefitRating", (long) (3 + random.nextInt(3)));
                values.put("wantsToContinue", random.nextInt(12) > 0);
                values.put("mostUseful", "De gemensamt upphandlade kurserna.");
                values.put("shouldChange", "");
                as("chef-" + agency, () -> tasks.complete(id, values));
            }
            case "UserTask_CompileReview" -> as("koordinator", () -> tasks.complete(id, Map.of(
                    "reviewSummary", "Myndigheterna ser stor nytta av de gemensamma utbildningarna.",
                    "nextYearProposal", "Fler kurser på distans och en gemensam chefsutbildning.")));
            case "UserTask_DecideNextYear" -> as("chef-bolagsverket", () -> tasks.complete(id, Map.of(
                    "sendBackForCompletion", false, "decision", "CONTINUE_WITH_CHANGES",
                    "decisionNotes", "Nätverket fortsätter; distanskurser prövas under året.")));
            case "UserTask_ReportNeeds" -> {
                Map<String, Object> values = new HashMap<>();
                boolean hasNeeds = random.nextInt(3) > 0;
                values.put("hasNeeds", hasNeeds ? "yes" : "no");
                if (hasNeeds) {
                    String[] titles = {"Medarbetarskap i staten", "Excel för handläggare", "Krishantering", "Retorik",
                            "Tillgänglighet i digitala tjänster", "Säkerhetsskydd", "Förhandlingsteknik"};
                    Map<String, Object> need = new HashMap<>();
                    need.put("title", titles[random.nextInt(titles.length)]);
                    need.put("description", "Behov som kom fram i medarbetarsamtalen.");
                    need.put("kind", "course");
                    need.put("targetGroup", "Handläggare");
                    need.put("participants", 2L + random.nextInt(8));
                    values.put("needs", json(List.of(need)));
                }
                as("utbkoord-" + agency, () -> forms.submitTaskForm(id, values));
            }
            case "UserTask_ConsolidateNeeds" -> as("koordinator", () -> {
                // the council takes the first need reported into the plan: it becomes an idea of its own
                List<String> chosen = new ArrayList<>();
                Object options = tasks.getVariable(id, "needOptions");
                com.fasterxml.jackson.databind.JsonNode tree = readTree(options);
                if (tree != null && tree.isArray() && tree.size() > 0) {
                    chosen.add(tree.get(0).path("value").asText());
                }
                tasks.complete(id, Map.of("chosenNeeds", json(chosen),
                        "planSummary", "Årets plan: behoven som flera myndigheter delar prövas som idéer."));
            });
            case "UserTask_DescribeNeed" -> as("utbkoord-angermanlands-tr", () -> tasks.complete(id, Map.of(
                    "occupation", "Juristassistent i offentlig förvaltning",
                    "skills", "Förvaltningsrätt, ärendeberedning, klarspråk och digitala ärendesystem.",
                    "expectedHiringNeed", 25L,
                    "concernedAgencies", json(c == null ? List.of() : new ArrayList<>(c.interest().keySet())))));
            case "UserTask_RegisterProvider" -> as("koordinator", () -> {
                Map<String, Object> values = new HashMap<>();
                values.put("providerName", "Yrkeshögskolan Mitt AB");
                values.put("providerOrgNumber", "556036-0793");
                values.put("providerContact", "Sara Lind, sara.lind@yhmitt.example");
                values.put("programmeName", "Juristassistent");
                values.put("programmeCredits", 400L);
                values.put("liaPercent", 25L);
                values.put("programmePlaces", 35L);
                values.put("studyForm", "full-time-distance");
                tasks.complete(id, values);
            });
            case "UserTask_AnswerLetter" -> as("chef-" + agency, () -> {
                tasks.claim(id, "chef-" + agency);
                boolean signs = random.nextInt(5) > 0;
                Map<String, Object> values = new HashMap<>();
                values.put("letterAnswer", signs ? "signed" : "declined");
                if (signs) { // the form shows hiring need, LIA places and reference person only to those who sign
                    values.put("hiringNeed", 2L + random.nextInt(5));
                    values.put("liaPlaces", 1L + random.nextInt(3));
                    values.put("referencePerson", "HR-chef vid " + agency);
                }
                values.put("letterComment", signs ? "Vi tar gärna emot studerande på LIA." : "Inget rekryteringsbehov nu.");
                tasks.complete(id, values);
            });
            case "UserTask_ConfirmSubmitted" -> as("koordinator", () -> tasks.complete(id, Map.of(
                    "submittedOn", today().toString(), "myhReference", "MYH 2025/" + (1000 + random.nextInt(9000)))));
            case "UserTask_RegisterDecision" -> as("koordinator", () -> tasks.complete(id, Map.of(
                    "myhDecision", "approved", "decisionComment", "Beviljad med 35 platser per omgång.")));
            case "UserTask_PlanStart" -> as("koordinator", () -> tasks.complete(id, Map.of(
                    "programmeStart", today().plusMonths(3).toString(), "startComment", "Uppstart med LIA-handledarna.")));
            default -> throw new IllegalStateException("The demo history does not know how to complete task "
                    + task.getTaskDefinitionKey() + " (" + task.getName() + ") of " + key);
        }
    }

    /** A list as Tasklist sends it: Spin JSON, never a Java-serialized object. */
    private static Object json(List<?> list) {
        try {
            return Spin.JSON(JSON.writeValueAsString(list));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.readTree(value.toString());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private Map<String, Object> person(String key, String agency, int i) {
        Map<String, Object> person = new HashMap<>();
        String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        person.put("name", first + " " + last);
        person.put("email", (key + "-" + agency + "-" + i).toLowerCase() + "@" + agency + ".example");
        person.put("title", "Handläggare");
        return person;
    }

    // ---- jobs and timers ----

    /** Executes every job that is due by the engine's clock (hand-overs, mails, timers); true if any ran. */
    private boolean runDueJobs() {
        List<Job> due = management.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 1);
        if (due.isEmpty()) {
            return false;
        }
        Job job = due.get(0);
        if ("IntermediateEvent_SurveyClosed".equals(activityOf(job))) {
            answerSurvey(job);
        }
        try {
            management.executeJob(job.getId());
        } catch (RuntimeException e) {
            // the engine keeps the failure (retries, then an incident); the demo history's test fails on it
            LOG.warn("Demo history: job {} at {} failed: {}", job.getId(), activityOf(job), e.getMessage());
        }
        jobsDone++;
        return true;
    }

    /** Before the survey closes, most participants who attended answer it (as the survey page stores answers). */
    private void answerSurvey(Job job) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId()).singleResult();
        String key = instance.getBusinessKey();
        int invited = surveys.invited(key);
        for (int i = 0; i < invited; i++) {
            if (random.nextInt(10) < 7) {
                int overall = 3 + random.nextInt(3);
                surveys.answer(key, 3 + random.nextInt(3), 3 + random.nextInt(3), overall,
                        Math.min(10, 5 + overall - 2 + random.nextInt(4)), "Konkreta exempel från våra egna ärenden.", null);
            }
        }
    }

    private LocalDateTime nextTimer() {
        List<Job> timers = management.createJobQuery().timers().withRetriesLeft().orderByJobDuedate().asc().listPage(0, 1);
        if (timers.isEmpty() || timers.get(0).getDuedate() == null) {
            return null;
        }
        return LocalDateTime.ofInstant(timers.get(0).getDuedate().toInstant(), NetworkTime.ZONE);
    }

    private String activityOf(Job job) {
        if (job.getJobDefinitionId() == null) {
            return null;
        }
        return activityOfJobDefinition.computeIfAbsent(job.getJobDefinitionId(), id ->
                management.createJobDefinitionQuery().jobDefinitionId(id).singleResult().getActivityId());
    }

    // ---- helpers ----

    private final Map<String, String> agencyOfTask = new HashMap<>();
    private final Map<String, String> keyOfInstance = new HashMap<>();

    private String agencyOf(Task task) {
        return agencyOfTask.computeIfAbsent(task.getId(), id -> agencyFromGroups(task));
    }

    private String agencyFromGroups(Task task) {
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            String group = link.getGroupId();
            if (group == null) {
                continue;
            }
            if (group.endsWith("-heads")) {
                return group.substring(0, group.length() - "-heads".length());
            }
            if (group.endsWith("-training-coordinators")) {
                return group.substring(0, group.length() - "-training-coordinators".length());
            }
        }
        return null;
    }

    private String businessKey(Task task) {
        return keyOfInstance.computeIfAbsent(task.getProcessInstanceId(), id -> runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
                .getBusinessKey());
    }

    private static LocalDateTime earliest(LocalDateTime a, LocalDateTime b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static LocalDateTime clock() {
        return NetworkTime.localNow();
    }

    private static void setClock(LocalDateTime time) {
        NetworkTime.setLocalNow(time);
    }

    private static LocalDate today() {
        return clock().toLocalDate();
    }

    private void as(String user, Runnable step) {
        as(user, () -> {
            step.run();
            return null;
        });
    }

    private <T> T as(String user, Supplier<T> step) {
        identity.setAuthentication(user, groupsOfUser.computeIfAbsent(user, u ->
                identity.createGroupQuery().groupMember(u).list().stream().map(Group::getId).toList()));
        try {
            return step.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
