package se.agencynetwork.overview;

import se.agencynetwork.models.ids.CourseDeliveryModel;
import se.agencynetwork.models.ids.IdeaModel;
import se.agencynetwork.models.ids.ProcurementModel;
import se.agencynetwork.models.ids.YhApplicationModel;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

import se.agencynetwork.costsharing.AllocationKind;
import se.agencynetwork.costsharing.AllocationRequest;
import se.agencynetwork.costsharing.CoFunder;
import se.agencynetwork.costsharing.CostKey;
import se.agencynetwork.costsharing.CostLedger;
import se.agencynetwork.evaluation.SurveyRepository;
import se.agencynetwork.process.SurveyAnswers;
import se.agencynetwork.survey.Surveys;
import se.agencynetwork.forms.FormSamples;
import se.agencynetwork.delivery.DeliveryVariables;
import se.agencynetwork.idea.IdeaVariables;
import se.agencynetwork.process.Money;
import se.agencynetwork.procurement.ProcurementVariables;

/**
 * A network in mid-year for the overview's tests: cases waiting in an idea's screening and interest
 * round (tullverket answered, spv and csn not), a procurement waiting for the heads' approval, a YH
 * application waiting for letters of intent, a coming
 * course in registration (with registered participants and a reserve), a preliminary allocation
 * superseded by its final one and another still preliminary, two course surveys (six answers, shown;
 * three, hidden), network reviews of two years and a YH application (tullverket signed, spv pending).
 * Processes are put at their step with the samples the form tests use; the other rows go through the
 * application's services, or are the rows those services write.
 */
public final class OverviewFixture {

    public static final String OWN = "tullverket";
    public static final String OTHER = "spv";

    /** What was made: the instances started (screening, interest round, procurement, YH letters, course) and the keys. */
    public record Made(List<String> instances, String courseKey, String hiddenCourseKey, String yhKey) {
    }

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final CostLedger ledger;
    private final SurveyRepository surveys;
    private final Surveys questionnaires;
    private final SurveyAnswers answers;
    private final JdbcTemplate jdbc;

    public OverviewFixture(RepositoryService repositoryService, RuntimeService runtimeService, TaskService taskService,
            CostLedger ledger, SurveyRepository surveys, Surveys questionnaires, SurveyAnswers answers,
            JdbcTemplate jdbc) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.ledger = ledger;
        this.surveys = surveys;
        this.questionnaires = questionnaires;
        this.answers = answers;
        this.jdbc = jdbc;
    }

    /** Makes the network's year; {@code moreMoney} adds allocations for more agencies (for a fuller picture). */
    public Made make(int year, boolean moreMoney) {
        List<String> instances = new ArrayList<>();
        FormSamples samples = new FormSamples(repositoryService, runtimeService, taskService);
        Map<String, Object> agencies = Map.of(IdeaVariables.Names.MEMBER_AGENCIES, List.of(OWN, OTHER, "csn"),
                ProcurementVariables.PENDING_AGENCIES, List.of(OWN, OTHER), DeliveryVariables.Names.REGISTRATION_AGENCIES, List.of(OWN, OTHER),
                DeliveryVariables.Names.SEATS_BY_AGENCY, "{\"" + OWN + "\":3,\"" + OTHER + "\":2}");
        instances.add(samples.taskBefore(samples.use("idea", IdeaModel.USER_TASK_SCREEN_IDEA), Map.of()).getProcessInstanceId());
        Task interest = samples.taskBefore(samples.use("idea", IdeaModel.USER_TASK_STATE_INTEREST), agencies);
        instances.add(interest.getProcessInstanceId());
        // tullverket answers with interest: the round waits for spv and csn
        Task own = taskService.createTaskQuery().processInstanceId(interest.getProcessInstanceId())
                .taskCandidateGroup(OWN + "-training-coordinators").singleResult();
        Map<String, Object> answer = new HashMap<>(FormSamples.valuesOf(samples.validValues(samples.use("idea", IdeaModel.USER_TASK_STATE_INTEREST))));
        answer.put(IdeaVariables.Names.AGENCY_PARTICIPANTS, 4L);
        answer.put(IdeaVariables.Names.CO_FUNDING, true);
        taskService.complete(own.getId(), answer);
        instances.add(samples.taskBefore(samples.use("procurement", ProcurementModel.USER_TASK_APPROVE_START), agencies).getProcessInstanceId());
        // a procurement in its tender period (the interest round's idea: tullverket co-funds it) and one in standstill
        String tenderKey = runtimeService.createProcessInstanceQuery().processInstanceId(interest.getProcessInstanceId())
                .singleResult().getBusinessKey();
        instances.add(runtimeService.createProcessInstanceByKey("procurement").businessKey(tenderKey)
                .setVariable(ProcurementVariables.TENDER_DEADLINE_AT, LocalDate.now().plusDays(12).toString() + "T12:00:00")
                .startBeforeActivity(ProcurementModel.INTERMEDIATE_EVENT_TENDER_DEADLINE).execute().getId());
        instances.add(runtimeService.createProcessInstanceByKey("procurement").businessKey("OVSTANDSTILL-" + UUID.randomUUID()
                .toString().substring(0, 8)).setVariable(ProcurementVariables.STANDSTILL_ENDS_AT, LocalDate.now().plusDays(9).toString() + "T23:59:00")
                .startBeforeActivity(ProcurementModel.GATEWAY_STANDSTILL).execute().getId());
        // a YH application waiting for the heads' letters of intent
        instances.add(samples.taskBefore(samples.use("yh-application", YhApplicationModel.USER_TASK_ANSWER_LETTER), Map.of()).getProcessInstanceId());
        Task registration = samples.taskBefore(samples.use("course-delivery", CourseDeliveryModel.USER_TASK_REGISTER_PARTICIPANTS), agencies);
        instances.add(registration.getProcessInstanceId());
        String courseBusinessKey = runtimeService.createProcessInstanceQuery()
                .processInstanceId(registration.getProcessInstanceId()).singleResult().getBusinessKey();
        participant(courseBusinessKey, OWN, "anna@tullverket.example", "REGISTERED");
        participant(courseBusinessKey, OWN, "bo@tullverket.example", "REGISTERED");
        participant(courseBusinessKey, OWN, "cia@tullverket.example", "RESERVE");
        participant(courseBusinessKey, OTHER, "dan@spv.example", "REGISTERED");

        // money: a preliminary allocation, superseded by the final one of the same activity; another still preliminary
        String activity = "OVERVIEW-" + UUID.randomUUID();
        ledger.book(activity, AllocationKind.PRELIMINARY, "p-" + activity, "engine", AllocationRequest.of(
                Money.of(new BigDecimal("3000.00")), CostKey.PER_PARTICIPANT, List.of(new CoFunder(OWN, 2), new CoFunder(OTHER, 1))));
        ledger.book(activity, AllocationKind.FINAL, "f-" + activity, "engine", AllocationRequest.of(
                Money.of(new BigDecimal("2500.01")), CostKey.PER_PARTICIPANT, List.of(new CoFunder(OWN, 1), new CoFunder(OTHER, 2))));
        String other = "OVERVIEW-" + UUID.randomUUID();
        ledger.book(other, AllocationKind.PRELIMINARY, "p-" + other, "engine", AllocationRequest.of(
                Money.of(new BigDecimal("1200.00")), CostKey.PER_PARTICIPANT, List.of(new CoFunder("csn", 1), new CoFunder(OWN, 1))));
        if (moreMoney) {
            String big = "OVERVIEW-" + UUID.randomUUID();
            List<CoFunder> coFunders = List.of(new CoFunder("csn", 6), new CoFunder("bolagsverket", 4),
                    new CoFunder("forsakringskassan", 8), new CoFunder(OWN, 3), new CoFunder("msb", 2));
            ledger.book(big, AllocationKind.PRELIMINARY, "p-" + big, "engine",
                    AllocationRequest.of(Money.of(new BigDecimal("84000.00")), CostKey.PER_PARTICIPANT, coFunders));
            ledger.book(big, AllocationKind.FINAL, "f-" + big, "engine",
                    AllocationRequest.of(Money.of(new BigDecimal("79500.00")), CostKey.PER_PARTICIPANT, coFunders));
        }

        // course surveys: one with six answers (shown), one with three (hidden)
        String courseKey = "OVC-" + UUID.randomUUID().toString().substring(0, 8);
        String hiddenCourseKey = "OVC-" + UUID.randomUUID().toString().substring(0, 8);
        survey(year, courseKey, 6, List.of(OWN, OWN, OWN, OTHER, OTHER, "csn", OWN));
        survey(year, hiddenCourseKey, 3, List.of(OTHER, OTHER, OTHER));
        surveys.recordFollowUp(courseKey, OWN, "yes", "Arbetssättet har ändrats.", "chef-" + OWN, LocalDateTime.now());

        // network reviews of two years
        review(year - 1, Map.of(OWN, 3, OTHER, 4, "csn", 4));
        review(year, Map.of(OWN, 5, OTHER, 4));

        // a YH application: tullverket signed, spv still to answer
        String yhKey = "OVYH-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into yh_application (business_key, programme_name, provider_name, registered_at) values (?, ?, ?, ?)",
                yhKey, "Juristassistent", "Yrkeshögskolan Mitt", Timestamp.valueOf(LocalDateTime.now()));
        jdbc.update("insert into yh_letter_of_intent (business_key, agency_code, answer, requested_at) values (?, ?, ?, ?)",
                yhKey, OWN, "signed", Timestamp.valueOf(LocalDateTime.now()));
        jdbc.update("insert into yh_letter_of_intent (business_key, agency_code, answer, requested_at) values (?, ?, ?, ?)",
                yhKey, OTHER, "pending", Timestamp.valueOf(LocalDateTime.now()));
        return new Made(instances, courseKey, hiddenCourseKey, yhKey);
    }

    private void participant(String businessKey, String agency, String email, String status) {
        jdbc.update("insert into course_participant (business_key, agency_code, name, email, registered_by, registered_at,"
                + " status, position_no) values (?, ?, ?, ?, ?, ?, ?, ?)", businessKey, agency, email, email, "test",
                Timestamp.valueOf(LocalDateTime.now()), status, 1);
    }

    /**
     * A course's survey as SendSurveys and CompileSurveyResults leave it: the course row, a round of the course
     * questionnaire with a link per participant who attended, the attendance per agency, the answers (each using
     * up a link, as the page does) and the compiled figures.
     */
    private void survey(int year, String key, int answered, List<String> attendedAgencies) {
        String title = "Kurs " + key.substring(key.length() - 4);
        LocalDateTime closes = LocalDateTime.of(year, 6, 20, 0, 0);
        surveys.createSurvey(key, null, title, LocalDate.of(year, 6, 1), closes, attendedAgencies.size());
        questionnaires.open(key, "course-evaluation", title, closes, null);
        Map<String, Integer> perAgency = new java.util.TreeMap<>();
        for (String agency : attendedAgencies) {
            questionnaires.invite(key, "participant");
            perAgency.merge(agency, 1, Integer::sum);
        }
        surveys.recordAttendance(key, perAgency);
        for (int n = 0; n < answered; n++) {
            answers.answer(key, 3 + n % 3, 4, 3 + n % 2, 5 + n, null, null);
        }
        surveys.storeResults(key, questionnaires.results(key, null), LocalDateTime.now());
    }

    private void review(int reviewYear, Map<String, Integer> ratings) {
        String key = "REVIEW-" + reviewYear + "-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into network_review (business_key, process_instance_id, review_year, response_deadline,"
                + " agency_count, started_at) values (?, ?, ?, ?, ?, ?)", key, "none", reviewYear,
                Timestamp.valueOf(LocalDateTime.of(reviewYear, 2, 1, 0, 0)), 16, Timestamp.valueOf(LocalDateTime.of(reviewYear, 1, 15, 8, 0)));
        ratings.forEach((agency, rating) -> jdbc.update("insert into network_review_answer (business_key, agency_code, rating,"
                + " wants_to_continue, answered_by, answered_at) values (?, ?, ?, ?, ?, ?)", key, agency, rating, true,
                "chef-" + agency, Timestamp.valueOf(LocalDateTime.of(reviewYear, 1, 20, 8, 0))));
    }
}
