package se.agencynetwork.benchmark;

import se.agencynetwork.models.ids.CourseDeliveryModel;
import se.agencynetwork.models.ids.CourseEvaluationModel;
import se.agencynetwork.models.ids.IdeaModel;
import se.agencynetwork.models.ids.ProcurementModel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;

import se.agencynetwork.process.SurveyAnswers;
import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.delivery.DeliveryVariables;
import se.agencynetwork.evaluation.EvaluationVariables;
import se.agencynetwork.idea.IdeaVariables;
import se.agencynetwork.procurement.ProcurementVariables;

/**
 * The whole journey of one course with the real models, delegates, form enforcement and mail:
 * an idea is submitted, screened, shaped for an external supplier, put to the interest round of
 * all 16 agencies (three co-fund), approved; procured by direct award by one of the three co-funders
 * in turn (heads approve the start and the award, the other two grant powers of attorney), the tender
 * deadline passes; the course is planned, the three agencies register one participant each, the
 * reminder date passes, attendance is registered; one participant
 * answers the survey, the survey closes, the report is written and reviewed, the follow-up date
 * passes and each agency records its level-3 follow-up. Every task is completed by a directory
 * user logged in with their groups, as Tasklist does, so authorization is checked on each step.
 */
final class AgencyJourney implements JourneyScript {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final Map<String, Long> INTEREST = Map.of("spv", 6L, "csn", 4L, "msb", 5L);

    /**
     * The co-funders procure in turn, by the journey's number in its database ({@code IDEA-2026-0001} spv,
     * {@code 0002} csn, {@code 0003} msb, {@code 0004} spv, ...). LOU adds a direct award to the procuring
     * agency's earlier direct awards of the same CPV group in the year, and every journey buys the same course
     * (CPV 796, 90 000 kr estimated, 85 000 kr awarded): with one procuring agency the ninth journey of a
     * database reaches the 700 000 kr limit, where the 2026 block of procurement-procedure.dmn deliberately
     * has no row and the case waits for the coordinators ("Lägg in periodens tröskelvärden"). In turn, an
     * agency's eighth journey stands at 90 000 + 7 x 85 000 = 685 000 kr, so up to 24 journeys per database
     * stay direct awards: every journey has the same steps as the one the engine floor is shaped after
     * (docs/BENCHMARKS.md, "Why the procuring agency rotates").
     */
    static final List<String> PROCURING_AGENCIES = List.of("spv", "csn", "msb");

    /** Two acceptable tenders below the direct-award limit; the cheaper one wins. */
    static final String TENDERS = "[{\"supplier\":\"Klartext HB\",\"price\":85000,\"score\":80,\"acceptable\":true},"
            + "{\"supplier\":\"Språkkonsult AB\",\"price\":88000,\"score\":75,\"acceptable\":true}]";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final FormService forms;
    private final IdentityService identity;
    private final SurveyAnswers surveys;
    private final Map<String, List<String>> groupsOfUser = new ConcurrentHashMap<>();
    /** Participants registered per journey (business key), for the attendance step. */
    private final Map<String, List<String>> registered = new ConcurrentHashMap<>();

    AgencyJourney(ProcessEngine engine, SurveyAnswers surveys) {
        this.tasks = engine.getTaskService();
        this.runtime = engine.getRuntimeService();
        this.forms = engine.getFormService();
        this.identity = engine.getIdentityService();
        this.surveys = surveys;
    }

    @Override
    public String start(int n) {
        Map<String, Object> values = new HashMap<>();
        values.put(IdeaVariables.TITLE, "Klarspråk " + n);
        values.put(IdeaVariables.DESCRIPTION, "Grundkurs i klarspråk för handläggare som skriver beslut.");
        values.put(IdeaVariables.KIND, "course");
        values.put(IdeaVariables.TARGET_GROUP, "Handläggare");
        values.put(IdeaVariables.ORIGIN_TYPE, "agency");
        values.put(IdeaVariables.EXPECTED_PARTICIPANTS, 40L);
        values.put(IdeaVariables.ROUGH_COST, 120000L);
        values.put(IdeaVariables.WANTED_START, today().plusMonths(6).toString());
        ProcessInstance idea = as("utbkoord-spv", () -> runtime.startProcessInstanceByKey("idea", values));
        return runtime.createProcessInstanceQuery().processInstanceId(idea.getId()).singleResult().getBusinessKey();
    }

    @Override
    public void work(Task task) {
        String id = task.getId();
        switch (task.getTaskDefinitionKey()) {
            case IdeaModel.USER_TASK_SCREEN_IDEA -> as("koordinator", () -> {
                Map<String, Object> values = new HashMap<>();
                values.put(IdeaVariables.Names.SCREENING_OUTCOME, "complete");
                tasks.complete(id, values);
            });
            case IdeaModel.USER_TASK_SHAPE_IDEA -> as("koordinator", () -> tasks.complete(id, Map.of(
                    "format", "course", "delivery", "external", CostSharingVariables.COST_KEY, "participants",
                    "estimatedCost", 90000L, IdeaVariables.Names.INTEREST_DEADLINE, today().plusDays(20).toString())));
            case IdeaModel.USER_TASK_STATE_INTEREST -> {
                String agency = (String) tasks.getVariable(id, IdeaVariables.Names.AGENCY);
                long participants = INTEREST.getOrDefault(agency, 0L);
                as("utbkoord-" + agency, () -> tasks.complete(id, Map.of(
                        IdeaVariables.Names.AGENCY_PARTICIPANTS, participants, IdeaVariables.Names.CO_FUNDING, participants > 0)));
            }
            case IdeaModel.USER_TASK_DECIDE_IDEA -> as("koordinator", () -> tasks.complete(id, Map.of(
                    IdeaVariables.Names.DECISION, "approve", IdeaVariables.Names.DECISION_REASON, "Tillräckligt intresse från tre myndigheter.")));
            case ProcurementModel.USER_TASK_DESCRIBE_REQUIREMENT -> {
                Object prefilled = tasks.getVariable(id, ProcurementVariables.AGENCY_PARTICIPANTS);
                Map<String, Object> values = new HashMap<>();
                values.put(ProcurementVariables.Names.SUBJECT, "Klarspråk för handläggare");
                values.put(ProcurementVariables.REQUIREMENT, "Två kursdagar för 15 handläggare, på plats i Sundsvall.");
                values.put(ProcurementVariables.Names.CPV_CODE, "79632000");
                values.put(ProcurementVariables.Names.ESTIMATED_VALUE, 90000L);
                values.put(ProcurementVariables.AGENCY_PARTICIPANTS, Spin.JSON(prefilled.toString()));
                values.put(ProcurementVariables.Names.PROCURING_AGENCY, procuringAgency(businessKey(task)));
                as("utbildningsadmin", () -> tasks.complete(id, values));
            }
            case ProcurementModel.USER_TASK_ADD_THRESHOLDS -> throw new IllegalStateException("journey " + businessKey(task)
                    + ": the direct awards of its procuring agency reached the 700 000 kr limit and the 2026 thresholds are"
                    + " not in the decision table (more than " + 8 * PROCURING_AGENCIES.size()
                    + " journeys on one database, see PROCURING_AGENCIES): " + tasks.getVariable(id, ProcurementVariables.Names.THRESHOLDS_MISSING));
            case ProcurementModel.USER_TASK_APPROVE_START, ProcurementModel.USER_TASK_APPROVE_AWARD -> {
                String agency = (String) tasks.getVariable(id, CostSharingVariables.AGENCY_CODE);
                as("chef-" + agency, () -> {
                    tasks.claim(id, "chef-" + agency);
                    Map<String, Object> values = new HashMap<>();
                    values.put(CostSharingVariables.COST_SHARE_APPROVED, true);
                    values.put(CostSharingVariables.COST_SHARE_COMMENT, null);
                    tasks.complete(id, values);
                });
            }
            case ProcurementModel.USER_TASK_GRANT_POWER_OF_ATTORNEY -> {
                String agency = (String) tasks.getVariable(id, CostSharingVariables.AGENCY_CODE);
                as("chef-" + agency, () -> {
                    tasks.claim(id, "chef-" + agency);
                    tasks.complete(id, Map.of(ProcurementVariables.POWER_OF_ATTORNEY_GRANTED, true));
                });
            }
            case ProcurementModel.USER_TASK_REQUEST_QUOTES -> as("utbildningsadmin", () -> tasks.complete(id, Map.of(
                    ProcurementVariables.SUPPLIERS_ASKED, "Klartext HB, Språkkonsult AB", ProcurementVariables.TENDER_DEADLINE, today().plusDays(14).toString())));
            case ProcurementModel.USER_TASK_EVALUATE_TENDERS -> as("utbildningsadmin", () -> {
                Map<String, Object> values = new HashMap<>();
                values.put(ProcurementVariables.TENDERS, Spin.JSON(TENDERS));
                values.put(ProcurementVariables.NO_AWARD_REASON, null);
                tasks.complete(id, values);
            });
            case ProcurementModel.USER_TASK_REGISTER_CONTRACT -> as("utbildningsadmin", () -> tasks.complete(id, Map.of(
                    ProcurementVariables.Names.CONTRACT_START, today().plusDays(30).toString(), ProcurementVariables.Names.CONTRACT_END, today().plusDays(395).toString())));
            case CourseDeliveryModel.USER_TASK_PLAN_OCCASION -> as("utbildningsadmin", () -> {
                Map<String, Object> values = new HashMap<>();
                values.put(DeliveryVariables.Names.COURSE_START, today().plusDays(60).toString());
                values.put(DeliveryVariables.Names.COURSE_END, today().plusDays(61).toString());
                values.put(DeliveryVariables.Names.VENUE_AGENCY, "spv");
                values.put(DeliveryVariables.Names.VENUE_ADDRESS, "Storgatan 1, Sundsvall");
                values.put(DeliveryVariables.Names.TRAINER, "Klartext HB");
                values.put(DeliveryVariables.Names.CAPACITY, 20L);
                values.put(DeliveryVariables.Names.REGISTRATION_CLOSES, today().plusDays(30).toString());
                values.put(DeliveryVariables.Names.MINIMUM_PARTICIPANTS, 1L);
                forms.submitTaskForm(id, values);
            });
            case CourseDeliveryModel.USER_TASK_REGISTER_PARTICIPANTS -> {
                String agency = (String) tasks.getVariable(id, DeliveryVariables.Names.AGENCY);
                String key = businessKey(task);
                String email = "deltagare-" + key.toLowerCase() + "@" + agency + ".example";
                Map<String, Object> person = new HashMap<>();
                person.put("name", "Deltagare " + agency);
                person.put("email", email);
                person.put("title", "Handläggare");
                as("utbkoord-" + agency, () -> forms.submitTaskForm(id, Map.of(
                        DeliveryVariables.Names.PARTICIPANTS, List.of(person), DeliveryVariables.Names.RESERVES, List.of(), "noShowInformed", true)));
                registered.computeIfAbsent(key, k -> new ArrayList<>()).add(email);
            }
            case CourseDeliveryModel.USER_TASK_REGISTER_ATTENDANCE -> {
                List<String> attended = registered.remove(businessKey(task));
                as("utbildningsadmin", () -> forms.submitTaskForm(id, Map.of(DeliveryVariables.Names.ATTENDED, attended)));
            }
            case CourseEvaluationModel.USER_TASK_WRITE_REPORT -> as("koordinator", () -> tasks.complete(id, Map.of(
                    EvaluationVariables.Names.EVALUATION_REPORT, "Deltagarna var nöjda; utbildaren fick högt betyg.")));
            case CourseEvaluationModel.USER_TASK_REVIEW_REPORT -> as("koordinator", () -> tasks.complete(id, Map.of(EvaluationVariables.Names.START_FOLLOW_UP_IDEAS, "no")));
            case CourseEvaluationModel.USER_TASK_FOLLOW_UP_WITH_MANAGERS -> {
                String agency = (String) tasks.getVariable(id, EvaluationVariables.Names.AGENCY);
                as("utbkoord-" + agency, () -> tasks.complete(id, Map.of(
                        EvaluationVariables.Names.WORK_CHANGED, "yes", EvaluationVariables.Names.FOLLOW_UP_NOTES, "Mallarna används i besluten.")));
            }
            default -> throw new IllegalStateException("the benchmark does not know task " + task.getTaskDefinitionKey()
                    + " (" + task.getName() + ")");
        }
    }

    @Override
    public Set<String> timersToFire() {
        return Set.of(ProcurementModel.INTERMEDIATE_EVENT_TENDER_DEADLINE, CourseDeliveryModel.INTERMEDIATE_EVENT_REMINDER_DUE, CourseDeliveryModel.BOUNDARY_EVENT_COURSE_STARTED,
                CourseEvaluationModel.INTERMEDIATE_EVENT_SURVEY_CLOSED, CourseEvaluationModel.INTERMEDIATE_EVENT_FOLLOW_UP_DUE);
    }

    @Override
    public Set<String> optionalTasks() {
        return Set.of(CourseDeliveryModel.USER_TASK_CHANGE_OCCASION);
    }

    @Override
    public void beforeTimer(String activityId, String businessKey) {
        if (activityId.equals(CourseEvaluationModel.INTERMEDIATE_EVENT_SURVEY_CLOSED)) {
            // a participant answers through the survey page (outside the engine) before it closes
            surveys.answer(businessKey, 5, 4, 5, 9, "Skriva kortare meningar.", "Bra exempel.");
        }
    }

    private String businessKey(Task task) {
        return runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
                .getBusinessKey();
    }

    /** The procuring agency of the journey with that business key ({@code IDEA-2026-0004}): see {@link #PROCURING_AGENCIES}. */
    static String procuringAgency(String businessKey) {
        int number = Integer.parseInt(businessKey.substring(businessKey.lastIndexOf('-') + 1));
        return PROCURING_AGENCIES.get(Math.floorMod(number - 1, PROCURING_AGENCIES.size()));
    }

    static LocalDate today() {
        return LocalDate.now(SWEDEN);
    }

    private void as(String user, Runnable step) {
        as(user, () -> {
            step.run();
            return null;
        });
    }

    private <T> T as(String user, java.util.function.Supplier<T> step) {
        identity.setAuthentication(user, groupsOfUser.computeIfAbsent(user, u ->
                identity.createGroupQuery().groupMember(u).list().stream().map(Group::getId).toList()));
        try {
            return step.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
