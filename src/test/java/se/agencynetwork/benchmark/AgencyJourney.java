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

import se.agencynetwork.evaluation.SurveyRepository;

/**
 * The whole journey of one course with the real models, delegates, form enforcement and mail:
 * an idea is submitted, screened, shaped for an external supplier, put to the interest round of
 * all 16 agencies (three co-fund), approved; procured by direct award (heads approve the start
 * and the award), the tender deadline passes; the course is planned, the three agencies register
 * one participant each, the reminder date passes, attendance is registered; one participant
 * answers the survey, the survey closes, the report is written and reviewed, the follow-up date
 * passes and each agency records its level-3 follow-up. Every task is completed by a directory
 * user logged in with their groups, as Tasklist does, so authorization is checked on each step.
 */
final class AgencyJourney implements JourneyScript {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final Map<String, Long> INTEREST = Map.of("spv", 6L, "csn", 4L, "msb", 5L);

    /** Two acceptable tenders below the direct-award limit; the cheaper one wins. */
    static final String TENDERS = "[{\"supplier\":\"Klartext HB\",\"price\":85000,\"score\":80,\"acceptable\":true},"
            + "{\"supplier\":\"Språkkonsult AB\",\"price\":88000,\"score\":75,\"acceptable\":true}]";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final FormService forms;
    private final IdentityService identity;
    private final SurveyRepository surveys;
    private final Map<String, List<String>> groupsOfUser = new ConcurrentHashMap<>();
    /** Participants registered per journey (business key), for the attendance step. */
    private final Map<String, List<String>> registered = new ConcurrentHashMap<>();

    AgencyJourney(ProcessEngine engine, SurveyRepository surveys) {
        this.tasks = engine.getTaskService();
        this.runtime = engine.getRuntimeService();
        this.forms = engine.getFormService();
        this.identity = engine.getIdentityService();
        this.surveys = surveys;
    }

    @Override
    public String start(int n) {
        Map<String, Object> values = new HashMap<>();
        values.put("title", "Klarspråk " + n);
        values.put("description", "Grundkurs i klarspråk för handläggare som skriver beslut.");
        values.put("kind", "course");
        values.put("targetGroup", "Handläggare");
        values.put("originType", "agency");
        values.put("expectedParticipants", 40L);
        values.put("roughCost", 120000L);
        values.put("wantedStart", today().plusMonths(6).toString());
        ProcessInstance idea = as("utbkoord-spv", () -> runtime.startProcessInstanceByKey("idea", values));
        return runtime.createProcessInstanceQuery().processInstanceId(idea.getId()).singleResult().getBusinessKey();
    }

    @Override
    public void work(Task task) {
        String id = task.getId();
        switch (task.getTaskDefinitionKey()) {
            case IdeaModel.USER_TASK_SCREEN_IDEA -> as("koordinator", () -> {
                Map<String, Object> values = new HashMap<>();
                values.put("screeningOutcome", "complete");
                tasks.complete(id, values);
            });
            case IdeaModel.USER_TASK_SHAPE_IDEA -> as("koordinator", () -> tasks.complete(id, Map.of(
                    "format", "course", "delivery", "external", "costKey", "participants",
                    "estimatedCost", 90000L, "interestDeadline", today().plusDays(20).toString())));
            case IdeaModel.USER_TASK_STATE_INTEREST -> {
                String agency = (String) tasks.getVariable(id, "agency");
                long participants = INTEREST.getOrDefault(agency, 0L);
                as("utbkoord-" + agency, () -> tasks.complete(id, Map.of(
                        "agencyParticipants", participants, "coFunding", participants > 0)));
            }
            case IdeaModel.USER_TASK_DECIDE_IDEA -> as("koordinator", () -> tasks.complete(id, Map.of(
                    "decision", "approve", "decisionReason", "Tillräckligt intresse från tre myndigheter.")));
            case ProcurementModel.USER_TASK_DESCRIBE_REQUIREMENT -> {
                Object prefilled = tasks.getVariable(id, "agencyParticipants");
                Map<String, Object> values = new HashMap<>();
                values.put("subject", "Klarspråk för handläggare");
                values.put("requirement", "Två kursdagar för 15 handläggare, på plats i Sundsvall.");
                values.put("cpvCode", "79632000");
                values.put("estimatedValue", 90000L);
                values.put("agencyParticipants", Spin.JSON(prefilled.toString()));
                as("utbildningsadmin", () -> tasks.complete(id, values));
            }
            case ProcurementModel.USER_TASK_APPROVE_START, ProcurementModel.USER_TASK_APPROVE_AWARD -> {
                String agency = (String) tasks.getVariable(id, "agencyCode");
                as("chef-" + agency, () -> {
                    tasks.claim(id, "chef-" + agency);
                    Map<String, Object> values = new HashMap<>();
                    values.put("costShareApproved", true);
                    values.put("costShareComment", null);
                    tasks.complete(id, values);
                });
            }
            case ProcurementModel.USER_TASK_GRANT_POWER_OF_ATTORNEY -> {
                String agency = (String) tasks.getVariable(id, "agencyCode");
                as("chef-" + agency, () -> {
                    tasks.claim(id, "chef-" + agency);
                    tasks.complete(id, Map.of("powerOfAttorneyGranted", true));
                });
            }
            case ProcurementModel.USER_TASK_REQUEST_QUOTES -> as("utbildningsadmin", () -> tasks.complete(id, Map.of(
                    "suppliersAsked", "Klartext HB, Språkkonsult AB", "tenderDeadline", today().plusDays(14).toString())));
            case ProcurementModel.USER_TASK_EVALUATE_TENDERS -> as("utbildningsadmin", () -> {
                Map<String, Object> values = new HashMap<>();
                values.put("tenders", Spin.JSON(TENDERS));
                values.put("noAwardReason", null);
                tasks.complete(id, values);
            });
            case ProcurementModel.USER_TASK_REGISTER_CONTRACT -> as("utbildningsadmin", () -> tasks.complete(id, Map.of(
                    "contractStart", today().plusDays(30).toString(), "contractEnd", today().plusDays(395).toString())));
            case CourseDeliveryModel.USER_TASK_PLAN_OCCASION -> as("utbildningsadmin", () -> {
                Map<String, Object> values = new HashMap<>();
                values.put("courseStart", today().plusDays(60).toString());
                values.put("courseEnd", today().plusDays(61).toString());
                values.put("venueAgency", "spv");
                values.put("venueAddress", "Storgatan 1, Sundsvall");
                values.put("trainer", "Klartext HB");
                values.put("capacity", 20L);
                values.put("registrationCloses", today().plusDays(30).toString());
                values.put("minimumParticipants", 1L);
                forms.submitTaskForm(id, values);
            });
            case CourseDeliveryModel.USER_TASK_REGISTER_PARTICIPANTS -> {
                String agency = (String) tasks.getVariable(id, "agency");
                String key = businessKey(task);
                String email = "deltagare-" + key.toLowerCase() + "@" + agency + ".example";
                Map<String, Object> person = new HashMap<>();
                person.put("name", "Deltagare " + agency);
                person.put("email", email);
                person.put("title", "Handläggare");
                as("utbkoord-" + agency, () -> forms.submitTaskForm(id, Map.of(
                        "participants", List.of(person), "reserves", List.of(), "noShowInformed", true)));
                registered.computeIfAbsent(key, k -> new ArrayList<>()).add(email);
            }
            case CourseDeliveryModel.USER_TASK_REGISTER_ATTENDANCE -> {
                List<String> attended = registered.remove(businessKey(task));
                as("utbildningsadmin", () -> forms.submitTaskForm(id, Map.of("attendedEmails", attended)));
            }
            case CourseEvaluationModel.USER_TASK_WRITE_REPORT -> as("koordinator", () -> tasks.complete(id, Map.of(
                    "evaluationReport", "Deltagarna var nöjda; utbildaren fick högt betyg.")));
            case CourseEvaluationModel.USER_TASK_REVIEW_REPORT -> as("koordinator", () -> tasks.complete(id, Map.of("startFollowUpIdeas", "no")));
            case CourseEvaluationModel.USER_TASK_FOLLOW_UP_WITH_MANAGERS -> {
                String agency = (String) tasks.getVariable(id, "agency");
                as("utbkoord-" + agency, () -> tasks.complete(id, Map.of(
                        "workChanged", "yes", "followUpNotes", "Mallarna används i besluten.")));
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
            surveys.insertAnswer(businessKey, new SurveyRepository.Answer(5, 4, 5, 9, "Skriva kortare meningar.",
                    "Bra exempel."));
        }
    }

    private String businessKey(Task task) {
        return runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
                .getBusinessKey();
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
